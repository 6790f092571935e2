using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>
/// The cluster's one OIDC config slot (ARCHITECTURE.md "AWS facts"), checked before a create associates when the front
/// end gives no resource key (Terraform). Terraform never shows a provider `create_before_destroy` (set on the resource
/// or inherited from one that depends on it), so a replacement on the same cluster may be created while the config it
/// replaces still holds the slot; EKS would then refuse the association with a message that names neither cause nor
/// remedy. Pulumi plans these replacements delete-first itself (IdentityProviderConfigHandler.DeleteBeforeReplace).
/// </summary>
internal static class ClusterSlot
{
    /// <summary>Fails, before anything is called that changes AWS, when the cluster holds an OIDC config of another
    /// name. A config of this very name is left to the create (an earlier attempt of this resource, or a refusal).</summary>
    public static async Task EnsureFreeAsync(IdentityProviderConfigId id, OperationContext context)
    {
        var eks = context.Aws.Eks;
        ListIdentityProviderConfigsResponse listed;
        try
        {
            // One page is enough: a cluster has at most one OIDC config, and OIDC is the only type EKS has.
            listed = await context.RetryAsync($"listing the identity provider configs of cluster {id.ClusterName}",
                c => eks.ListIdentityProviderConfigsAsync(new() { ClusterName = id.ClusterName }, c)).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return; // no such cluster: the association reports it in EKS's words
        }
        if ((listed?.IdentityProviderConfigs ?? []).FirstOrDefault(c => c.Type == "oidc" && c.Name != id.ConfigName) is not { } holder)
            return;
        var held = new IdentityProviderConfigId(id.ClusterName, holder.Name ?? "");
        throw new InvalidOperationException(
            $"cluster {id.ClusterName} still has the OIDC identity provider config {held}, and EKS allows one per cluster, so " +
            $"{id} cannot be associated while it is there; nothing was changed in AWS. If this resource replaces {held}, terraform " +
            "is creating the replacement before destroying it: remove `lifecycle { create_before_destroy = true }` from this " +
            "resource (and from the resources that depend on it, which pass it on) so that the old config is destroyed first. " +
            $"If {held} belongs to something else, disassociate it there first or use another cluster");
    }
}
