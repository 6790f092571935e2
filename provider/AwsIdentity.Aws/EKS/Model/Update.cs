namespace AwsIdentity.Aws.EKS.Model;

/// <summary>The Update shape [botocore eks-2017-11-01].</summary>
public sealed class Update
{
    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? Type { get; set; }

    public List<UpdateParam>? Params { get; set; }

    public DateTime? CreatedAt { get; set; }

    public List<ErrorDetail>? Errors { get; set; }
}
