using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>Outputs of awsidentity:eks:IdentityProviderConfig: the inputs plus what AWS reports.</summary>
public sealed record IdentityProviderConfigState : ISettledState
{
    public const string Token = "awsidentity:eks:IdentityProviderConfig";

    public IdentityProviderConfigArgs Args { get; init; } = new();
    public string? Arn { get; init; }
    public string? Status { get; init; }
    public IReadOnlyDictionary<string, string>? TagsAll { get; init; }

    /// <summary>A create finished: the config is ACTIVE and its ARN known.</summary>
    public bool IsSettled => Arn is not null && Status == "ACTIVE";

    public static readonly RecordShape<IdentityProviderConfigState> Shape = new RecordShape<IdentityProviderConfigState>(
            Token, "An OpenID Connect identity provider associated with an Amazon EKS cluster.")
        .Include(IdentityProviderConfigArgs.Shape, s => s.Args, (s, a) => s with { Args = a })
        .Property("arn", Kinds.String, s => s.Arn, (s, v) => s with { Arn = v },
            "ARN of the identity provider config.", required: true)
        .Property("status", Kinds.String, s => s.Status, (s, v) => s with { Status = v },
            "Status EKS reports for the config: CREATING, ACTIVE or DELETING.", required: true)
        .Property("tagsAll", Kinds.MapOf(Kinds.String), s => s.TagsAll, (s, v) => s with { TagsAll = v },
            "All tags of the config: the provider's defaultTags merged with this resource's tags.", required: true);
}
