using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>What a create does when EKS already has a config of its name (Ownership.cs).</summary>
internal static class IdentityProviderConfigAdoption
{
    /// <summary>
    /// Runs <paramref name="associate"/>; when EKS refuses it with InvalidRequestException (a config of this name is
    /// already associated, or the idempotency token went with another body, as after a defaultTags change) and the
    /// config there is this resource's own, CREATING or ACTIVE, carries on with it: null, as there is no update to
    /// wait for. Anyone else's config is refused; with no config of this name EKS's own error stands (another config
    /// holds the cluster's one OIDC slot).
    /// </summary>
    public static async Task<AssociateIdentityProviderConfigResponse?> AssociateOrAdoptAsync(
        Func<Task<AssociateIdentityProviderConfigResponse>> associate, IdentityProviderConfigId id, CreateOptions options,
        OperationContext context, string action)
    {
        var ct = context.Cancellation;
        try
        {
            return await associate().ConfigureAwait(false);
        }
        catch (InvalidRequestException) when (!ct.IsCancellationRequested)
        {
            // The lookups are retried like the associate call (throttling, server errors) within the create's deadline.
            if (await context.RetryAsync($"reading identity provider config {id}",
                    c => FindOwnAsync(context.Aws.Eks, id, options, c)).ConfigureAwait(false) is not { } own) throw;
            await context.WarnAsync($"{action}: an earlier attempt of this resource already associated it ({own.Status}); adopting that config")
                .ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<OidcIdentityProviderConfig?> FindOwnAsync(IAmazonEKS eks, IdentityProviderConfigId id, CreateOptions request,
        CancellationToken ct)
    {
        if (await EksUpdates.FindConfig(eks, id, ct).ConfigureAwait(false) is not { } existing) return null;
        // Tags given at associate time may be missing from DescribeIdentityProviderConfig (ARCHITECTURE.md "AWS facts"): list them.
        var tags = existing.IdentityProviderConfigArn is { } arn
            ? (await eks.ListTagsForResourceAsync(new() { ResourceArn = arn }, ct).ConfigureAwait(false)).Tags
            : null;
        var what = $"the identity provider config {existing.IdentityProviderConfigArn} ({existing.Status})";
        var verdict = Ownership.Judge(tags, request.Owner);
        if (verdict != Ownership.Verdict.Own) throw Ownership.Refusal(verdict, what, id.ToString(), request.ImportCommand);
        return existing.Status is "ACTIVE" or "CREATING"
            ? existing
            : throw new InvalidOperationException($"{what} was made by an earlier attempt of this resource and is on its way out; " +
                "it can be neither adopted nor associated again until EKS has removed it: run the update again then");
    }
}
