using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using LmusIdentityProvider = AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model.IdentityProvider;

namespace AwsIdentity.Bench;

/// <summary>
/// terraform-provider-aws's behaviour today, in the same harness: after the mutating call, poll the status with
/// backoff from 200 ms doubling to a 10 s cap; one ListUserAssociations call per read and per poll; a busy cluster
/// (409 ResourceInUseException) fails the operation (its issue #44554); SDK retries for throttling (25, its default).
/// </summary>
public sealed class NaiveBaseline(BenchWorld world)
{
    public static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(10);

    private static LmusIdentityProvider Idp => new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = BenchWorld.Directory } };

    /// <summary>Polls until <paramref name="done"/>; returns the time of the observation that saw the target.</summary>
    public static async Task<DateTimeOffset> PollAsync(Func<Task<bool>> done, CancellationToken ct)
    {
        var delay = FirstPoll;
        while (true)
        {
            await Task.Delay(delay, ct);
            if (await done()) return DateTimeOffset.UtcNow;
            delay = delay * 2 > MaxPoll ? MaxPoll : delay * 2;
        }
    }

    public async Task<DateTimeOffset> CreateEksAsync(int cluster, CancellationToken ct)
    {
        await world.Eks.AssociateIdentityProviderConfigAsync(new()
        {
            ClusterName = BenchWorld.Cluster(cluster),
            Oidc = new() { IdentityProviderConfigName = "corp", IssuerUrl = "https://sso.example.com", ClientId = "kubernetes" },
            Tags = new() { ["bench"] = "convergence" },
        }, ct);
        var seen = await PollAsync(async () => (await DescribeEks(cluster, ct))?.Status == "ACTIVE", ct);
        await DescribeEks(cluster, ct); // the Read that follows Create
        return seen;
    }

    public async Task DeleteEksAsync(int cluster, CancellationToken ct)
    {
        await world.Eks.DisassociateIdentityProviderConfigAsync(new()
        {
            ClusterName = BenchWorld.Cluster(cluster), IdentityProviderConfig = new() { Type = "oidc", Name = "corp" },
        }, ct);
        await PollAsync(async () => await DescribeEks(cluster, ct) is null, ct);
    }

    private async Task<OidcIdentityProviderConfig?> DescribeEks(int cluster, CancellationToken ct)
    {
        try
        {
            var r = await world.Eks.DescribeIdentityProviderConfigAsync(new()
            {
                ClusterName = BenchWorld.Cluster(cluster), IdentityProviderConfig = new() { Type = "oidc", Name = "corp" },
            }, ct);
            return r.IdentityProviderConfig?.Oidc;
        }
        catch (AwsIdentity.Aws.EKS.Model.ResourceNotFoundException)
        {
            return null;
        }
    }

    public async Task<DateTimeOffset> CreateLmusAsync(int user, int instance, CancellationToken ct)
    {
        await world.Lmus.AssociateUserAsync(new()
        {
            Username = $"user{user}", InstanceId = BenchWorld.Instance(instance), IdentityProvider = Idp, Tags = new() { ["bench"] = "convergence" },
        }, ct);
        var seen = await PollAsync(async () => (await ReadLmusAsync(user, instance, ct))?.Status == "ASSOCIATED", ct);
        await ReadLmusAsync(user, instance, ct);
        return seen;
    }

    public async Task DeleteLmusAsync(int user, int instance, CancellationToken ct)
    {
        await world.Lmus.DisassociateUserAsync(new() { Username = $"user{user}", InstanceId = BenchWorld.Instance(instance), IdentityProvider = Idp }, ct);
        await PollAsync(async () => (await ReadLmusAsync(user, instance, ct))?.Status is null or "DISASSOCIATED", ct);
    }

    /// <summary>One filtered list call per read, as terraform's finder does.</summary>
    public async Task<InstanceUserSummary?> ReadLmusAsync(int user, int instance, CancellationToken ct)
    {
        var r = await world.Lmus.ListUserAssociationsAsync(new()
        {
            InstanceId = BenchWorld.Instance(instance), IdentityProvider = Idp,
            Filters = [new Filter { Attribute = "Username", Operation = "eq", Value = $"user{user}" }],
        }, ct);
        return r.InstanceUserSummaries?.FirstOrDefault(s => s.Username == $"user{user}");
    }
}
