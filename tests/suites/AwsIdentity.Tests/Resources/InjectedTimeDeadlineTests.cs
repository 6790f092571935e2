using AwsIdentity.Aws.EKS;
using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace AwsIdentity.Tests.Resources;

/// <summary>
/// The deadlines a handler sets on its own calls run on the injected TimeProvider, not the wall clock: AWS calls that
/// never answer are cut off once fake time passes the deadline, and not before.
/// </summary>
public sealed class InjectedTimeDeadlineTests
{
    private static readonly TimeSpan RealPatience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private int _calls;

    private async Task<T> Hang<T>(CancellationToken ct) where T : new()
    {
        Interlocked.Increment(ref _calls);
        await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
        return new T();
    }

    [Fact]
    public async Task EksIsAbsent_NoAnswerFor30SecondsOfInjectedTime_SaysNo()
    {
        var eks = new Mock<IAmazonEKS>();
        eks.Setup(e => e.DescribeIdentityProviderConfigAsync(It.IsAny<DescribeIdentityProviderConfigRequest>(), It.IsAny<CancellationToken>()))
            .Returns<DescribeIdentityProviderConfigRequest, CancellationToken>((_, c) => Hang<DescribeIdentityProviderConfigResponse>(c));

        var absent = EksUpdates.IsAbsent(eks.Object, new IdentityProviderConfigId("c1", "oidc1"), _time);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(absent.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(await absent.WaitAsync(RealPatience));
    }

    [Fact]
    public async Task SharedListing_NoAnswerForItsTimeoutOfInjectedTime_FailsAfterOneRetry()
    {
        var lmus = new Mock<IAmazonLicenseManagerUserSubscriptions>();
        lmus.Setup(l => l.ListUserAssociationsAsync(It.IsAny<ListUserAssociationsRequest>(), It.IsAny<CancellationToken>()))
            .Returns<ListUserAssociationsRequest, CancellationToken>((_, c) => Hang<ListUserAssociationsResponse>(c));
        var lookup = new AssociationLookup(_time);

        var find = lookup.FindShared(lmus.Object, new UserAssociationId("i-1", "d-1", "user1", null), CancellationToken.None);
        _time.Advance(lookup.SharedListingTimeout - TimeSpan.FromSeconds(1));
        Assert.False(find.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1)); // the first listing's deadline: one more listing, with its own
        await Until(() => Volatile.Read(ref _calls) == 2);
        _time.Advance(lookup.SharedListingTimeout);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => find.WaitAsync(RealPatience));
    }

    private static async Task Until(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(RealPatience);
        while (!condition()) await Task.Delay(10, patience.Token);
    }
}
