using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>Inputs of awsidentity:licensemanager:UserAssociation.</summary>
public sealed record UserAssociationArgs
{
    public string Username { get; init; } = "";
    public string InstanceId { get; init; } = "";
    public IdentityProviderArgs IdentityProvider { get; init; } = new();
    public string? Domain { get; init; }
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<UserAssociationArgs> Shape = new RecordShape<UserAssociationArgs>(
            UserAssociationState.Token, "Inputs of a License Manager user association.")
        .Property("username", LmusKinds.Username,
            r => r.Username, (r, v) => r with { Username = v },
            "Active Directory user name to associate with the instance.", required: true, replaceOnChanges: true)
        .Property("instanceId", Kinds.String.Where(InstanceIdRule), r => r.InstanceId, (r, v) => r with { InstanceId = v },
            "Id of the EC2 instance that runs the user-subscription products.", required: true, replaceOnChanges: true)
        .Property("identityProvider", IdentityProviderArgs.Shape, r => r.IdentityProvider, (r, v) => r with { IdentityProvider = v },
            "The identity provider the user comes from.", required: true, replaceOnChanges: true)
        .Property("domain", LmusKinds.Domain, r => r.Domain, (r, v) => r with { Domain = v },
            "Domain of the user, when the directory serves more than one.", replaceOnChanges: true)
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags of the association; changed in place. Merged over the provider's defaultTags.");

    /// <summary>EC2 instance ids: "i-" and 8 (older) or 17 hex digits.</summary>
    internal static string? InstanceIdRule(string s) =>
        s.StartsWith("i-", StringComparison.Ordinal) && s.Length is 10 or 19 && s.Skip(2).All(char.IsAsciiHexDigitLower)
            ? null
            : $"must be an EC2 instance id: \"i-\" and 8 or 17 lower-case hex digits, such as i-0123456789abcdef0, got \"{s}\"";
}
