namespace AwsIdentity.Core.Model;

/// <summary>Kinds shared by both resources and the provider configuration.</summary>
public static class CommonKinds
{
    /// <summary>AWS resource tags: keys 1–128 characters without "aws:", values at most 256 characters (EKS and License
    /// Manager User Subscriptions TagResource documentation). AWS allows 50 per resource; the ownership marker
    /// (Resources/Ownership.cs) takes one, so a resource's tags, and the defaultTags, may have 49.</summary>
    public static readonly MapKind<string> Tags = Kinds.MapOf(Kinds.Text(0, 256), maxEntries: MaxTags, keyRule: Rules.TagKey,
        limitReason: TagLimitReason);

    /// <summary>The most tags a resource may send (its tags over the defaultTags), the marker aside.</summary>
    public const int MaxTags = 49;

    public const string TagLimitReason = $"AWS allows 50 tags and awsidentity uses one, {Rules.OwnerTagKey}, to mark what it created";
}
