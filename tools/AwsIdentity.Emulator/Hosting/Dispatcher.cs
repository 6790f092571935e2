using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Eks;
using AwsIdentity.Emulator.Lmus;
using AwsIdentity.Emulator.Tags;
using AwsIdentity.Emulator.Wire;

namespace AwsIdentity.Emulator.Hosting;

/// <summary>Maps (service, operation) to its handler.</summary>
public static class Dispatcher
{
    private static readonly Dictionary<(string, string), Func<OperationContext, JsonObject>> Handlers = new()
    {
        [(ServiceKind.Eks, "CreateCluster")] = EksClusterOps.Create,
        [(ServiceKind.Eks, "DescribeCluster")] = EksClusterOps.Describe,
        [(ServiceKind.Eks, "DeleteCluster")] = EksClusterOps.Delete,
        [(ServiceKind.Eks, "ListClusters")] = EksClusterOps.List,
        [(ServiceKind.Eks, "AssociateIdentityProviderConfig")] = EksIdentityProviderOps.Associate,
        [(ServiceKind.Eks, "DisassociateIdentityProviderConfig")] = EksIdentityProviderOps.Disassociate,
        [(ServiceKind.Eks, "DescribeIdentityProviderConfig")] = EksIdentityProviderOps.Describe,
        [(ServiceKind.Eks, "ListIdentityProviderConfigs")] = EksIdentityProviderOps.List,
        [(ServiceKind.Eks, "DescribeUpdate")] = EksUpdateOps.Describe,
        [(ServiceKind.Eks, "ListUpdates")] = EksUpdateOps.List,
        [(ServiceKind.Eks, "TagResource")] = TagOps.Tag,
        [(ServiceKind.Eks, "UntagResource")] = TagOps.Untag,
        [(ServiceKind.Eks, "ListTagsForResource")] = TagOps.List,
        [(ServiceKind.Lmus, "RegisterIdentityProvider")] = LmusIdentityProviderOps.Register,
        [(ServiceKind.Lmus, "DeregisterIdentityProvider")] = LmusIdentityProviderOps.Deregister,
        [(ServiceKind.Lmus, "ListIdentityProviders")] = LmusIdentityProviderOps.List,
        [(ServiceKind.Lmus, "UpdateIdentityProviderSettings")] = LmusSettingsOps.Update,
        [(ServiceKind.Lmus, "StartProductSubscription")] = LmusSubscriptionOps.Start,
        [(ServiceKind.Lmus, "StopProductSubscription")] = LmusSubscriptionOps.Stop,
        [(ServiceKind.Lmus, "ListProductSubscriptions")] = LmusSubscriptionOps.List,
        [(ServiceKind.Lmus, "ListInstances")] = LmusIdentityProviderOps.ListInstances,
        [(ServiceKind.Lmus, "AssociateUser")] = LmusAssociationOps.Associate,
        [(ServiceKind.Lmus, "DisassociateUser")] = LmusAssociationOps.Disassociate,
        [(ServiceKind.Lmus, "ListUserAssociations")] = LmusAssociationOps.List,
        [(ServiceKind.Lmus, "TagResource")] = TagOps.Tag,
        [(ServiceKind.Lmus, "UntagResource")] = TagOps.Untag,
        [(ServiceKind.Lmus, "ListTagsForResource")] = TagOps.List,
    };

    public static JsonObject Dispatch(OperationContext ctx) =>
        Handlers.TryGetValue((ctx.Request.Service, ctx.Request.Operation.Name), out var handler)
            ? handler(ctx)
            : throw Errors.UnknownOperation();
}
