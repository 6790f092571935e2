using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>
/// Finishes an IdentityProviderConfig create that was interrupted (timeout, cancel, crash), which the engine keeps in
/// the state with init errors and updates on the next up (pulumi/pulumi pkg/resource/deploy/step_generator.go).
/// The association may have gone on to succeed, or it may have failed or been cancelled in EKS, which removes the
/// config (DescribeIdentityProviderConfig: ResourceNotFoundException), and then no wait will ever see it ACTIVE.
/// So: a config that is there is waited for; one that is gone, or goes while we wait, is associated again as a
/// create would, and a failure of that association is reported at once with the reason EKS gives (DescribeUpdate).
/// </summary>
internal sealed class InterruptedCreate(OperationContext context, IdentityProviderConfigId id)
{
    /// <summary>The ACTIVE config. <paramref name="associateAgain"/> starts a new association (a fresh idempotency
    /// token: the first one's token would answer its failed update again).</summary>
    public async Task<OidcIdentityProviderConfig> FinishAsync(
        Func<Task<AssociateIdentityProviderConfigResponse>> associateAgain)
    {
        var eks = context.Aws.Eks;
        var live = await context.WaitAsync($"identity provider config {id} to become ACTIVE", ObserveActiveOrGone, lookNow: true).ConfigureAwait(false);
        if (live is not null) return live;

        var action = $"finishing the create of identity provider config {id}: its earlier association did not complete in EKS " +
            "(the config is gone), so it was associated again";
        try
        {
            var associated = await associateAgain().ConfigureAwait(false);
            if (associated.Update?.Id is { } updateId)
                await context.WaitAsync($"update {updateId} of cluster {id.ClusterName}",
                    c => EksUpdates.ObserveUpdate(eks, id.ClusterName, updateId, c)).ConfigureAwait(false);
            return await context.WaitAsync($"identity provider config {id} to become ACTIVE",
                c => EksUpdates.ObserveActive(eks, id, c), lookNow: true).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or WaitTimeoutException))
        {
            throw new InvalidOperationException($"{action}, and that failed: {e.Message}", e);
        }
    }

    /// <summary>The config once ACTIVE, or null once it is gone.</summary>
    private async Task<Observation<OidcIdentityProviderConfig?>> ObserveActiveOrGone(CancellationToken ct)
    {
        var config = await EksUpdates.FindConfig(context.Aws.Eks, id, ct).ConfigureAwait(false);
        return config?.Status switch
        {
            null when config is null => Observation<OidcIdentityProviderConfig?>.Done(null, "gone"),
            "ACTIVE" => Observation<OidcIdentityProviderConfig?>.Done(config, "ACTIVE"),
            "DELETING" => Observation<OidcIdentityProviderConfig?>.Failed("DELETING", "the config is being deleted", config),
            var s => Observation<OidcIdentityProviderConfig?>.Pending(s ?? "CREATING", config),
        };
    }
}
