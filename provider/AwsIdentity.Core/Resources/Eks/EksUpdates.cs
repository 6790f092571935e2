using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Waiting;

namespace AwsIdentity.Core.Resources.Eks;

/// <summary>Finder, status and waiter for EKS cluster updates and identity provider configs.</summary>
internal static class EksUpdates
{
    // DescribeUpdate status values (EKS API reference, Update.status): InProgress, Failed, Cancelled, Successful.
    public static async Task<Observation<Update>> ObserveUpdate(IAmazonEKS eks, string cluster, string updateId, CancellationToken ct)
    {
        var update = (await eks.DescribeUpdateAsync(new DescribeUpdateRequest { Name = cluster, UpdateId = updateId }, ct)
            .ConfigureAwait(false)).Update ?? new Update { Status = "InProgress" };
        return update.Status switch
        {
            "Successful" => Observation<Update>.Done(update, "Successful"),
            "Failed" or "Cancelled" => Observation<Update>.Failed(update.Status, Describe(update.Errors), update),
            var s => Observation<Update>.Pending(s ?? "InProgress", update),
        };
    }

    public static string Describe(IEnumerable<ErrorDetail>? errors)
    {
        var parts = (errors ?? []).Select(e =>
            $"{e.ErrorCode ?? "Error"}: {e.ErrorMessage ?? "no message"}" +
            (e.ResourceIds is { Count: > 0 } ids ? $" (resources: {string.Join(", ", ids)})" : "")).ToList();
        return parts.Count > 0 ? string.Join("; ", parts) : "EKS reported no error details";
    }

    /// <summary>Whether the config is surely gone; any doubt (an error, 30 s of <paramref name="time"/> without an
    /// answer) says no, so that a failure keeps the resource in state rather than risk an orphan.</summary>
    public static async Task<bool> IsAbsent(IAmazonEKS eks, IdentityProviderConfigId id, TimeProvider time)
    {
        try
        {
            using var lookup = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);
            return await FindConfig(eks, id, lookup.Token).ConfigureAwait(false) is null;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The config, or null when EKS does not know it.</summary>
    public static async Task<OidcIdentityProviderConfig?> FindConfig(IAmazonEKS eks, IdentityProviderConfigId id, CancellationToken ct)
    {
        try
        {
            var response = await eks.DescribeIdentityProviderConfigAsync(new DescribeIdentityProviderConfigRequest
            {
                ClusterName = id.ClusterName,
                IdentityProviderConfig = new IdentityProviderConfig { Type = "oidc", Name = id.ConfigName },
            }, ct).ConfigureAwait(false);
            return response.IdentityProviderConfig?.Oidc;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    public static async Task<Observation<OidcIdentityProviderConfig>> ObserveActive(IAmazonEKS eks, IdentityProviderConfigId id, CancellationToken ct)
    {
        var config = await FindConfig(eks, id, ct).ConfigureAwait(false);
        return config?.Status switch
        {
            null when config is null => Observation<OidcIdentityProviderConfig>.Pending("not visible yet"),
            "ACTIVE" => Observation<OidcIdentityProviderConfig>.Done(config, "ACTIVE"),
            "DELETING" => Observation<OidcIdentityProviderConfig>.Failed("DELETING", "the config is being deleted", config),
            var s => Observation<OidcIdentityProviderConfig>.Pending(s ?? "CREATING", config),
        };
    }

    public static async Task<Observation<bool>> ObserveGone(IAmazonEKS eks, IdentityProviderConfigId id, CancellationToken ct)
    {
        var config = await FindConfig(eks, id, ct).ConfigureAwait(false);
        return config is null ? Observation<bool>.Done(true, "gone") : Observation<bool>.Pending(config.Status ?? "DELETING");
    }
}
