namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The Cluster shape [botocore eks-2017-11-01].</summary>
public sealed class Cluster
{
    public string? Name { get; set; }

    public string? Arn { get; set; }

    public DateTime? CreatedAt { get; set; }

    public string? Version { get; set; }

    public string? Endpoint { get; set; }

    public string? RoleArn { get; set; }

    public Identity? Identity { get; set; }

    public string? Status { get; set; }

    public Certificate? CertificateAuthority { get; set; }

    public string? ClientRequestToken { get; set; }

    public string? PlatformVersion { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public string? Id { get; set; }
}
