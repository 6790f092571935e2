using System.Text.Json;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.EKS.Model.Internal;

/// <summary>DescribeCluster: GET /clusters/{name} [botocore eks-2017-11-01].</summary>
internal sealed class DescribeClusterOperation()
    : RestJsonOperation<DescribeClusterRequest, DescribeClusterResponse>(EKSService.Definition, "DescribeCluster", "GET", "/clusters/{name}")
{
    public static DescribeClusterOperation Instance { get; } = new();

    protected override void Write(DescribeClusterRequest request, RestJsonRequestBuilder builder)
    {
        builder.Label("name", request.Name, "Name");
    }

    protected override void Read(JsonElement root, DescribeClusterResponse response)
    {
        response.Cluster = JsonRead.Obj(root, "cluster", EKSShapeReaders.ReadCluster);
    }
}
