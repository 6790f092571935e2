namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The IdentityProviderConfig shape [botocore eks-2017-11-01].</summary>
public sealed class IdentityProviderConfig
{
    /// <summary>Type (required).</summary>
    public string? Type { get; set; }

    /// <summary>Name (required).</summary>
    public string? Name { get; set; }
}
