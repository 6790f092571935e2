namespace AwsIdentity.Core.Resources;

/// <summary>
/// The tags capability of a resource type that has tags: the input holding its own tags and the output holding
/// their merge over the provider's defaultTags (<see cref="Tags.Merge"/>). A resource without tags declares none, and
/// the shared plan and output logic then leaves tags alone.
/// </summary>
public sealed record TagCapability(string TagsProperty, string TagsAllProperty)
{
    /// <summary>`tags` and `tagsAll`, as pulumi-aws and terraform-provider-aws name them.</summary>
    public static readonly TagCapability Standard = new("tags", "tagsAll");
}
