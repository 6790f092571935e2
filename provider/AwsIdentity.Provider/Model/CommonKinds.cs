namespace AwsIdentity.Provider.Model;

/// <summary>Kinds shared by both resources and the provider configuration.</summary>
public static class CommonKinds
{
    /// <summary>AWS resource tags: at most 50, keys 1–128 characters without "aws:", values at most 256 characters
    /// (EKS and License Manager User Subscriptions TagResource documentation).</summary>
    public static readonly MapKind<string> Tags = Kinds.MapOf(Kinds.Text(0, 256), maxEntries: 50, keyRule: Rules.TagKey);
}
