using AwsIdentity.Aws.EKS.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.EksFakes;

namespace AwsIdentity.Tests.Resources.Eks;

/// <summary>Creates that started an association and then failed: nothing may be orphaned.</summary>
public sealed class IdentityProviderConfigCreateFailureTests
{
    private readonly EksScenario _s = new();

    private static readonly ErrorDetail[] Errors =
    [
        new() { ErrorCode = "InvalidIssuer", ErrorMessage = "issuer did not answer", ResourceIds = ["prod", "corp-sso"] },
        new() { ErrorCode = null, ErrorMessage = null },
    ];

    [Fact]
    public async Task CreateAsync_FailedUpdateAndConfigAbsent_ThrowsPlainErrorNamingTheErrors()
    {
        _s.Associate().Updates("InProgress", UpdateStatus("Failed", Errors)).Configs(new ResourceNotFoundException("no such config"));

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith("creating identity provider config prod:corp-sso: update u-1 of cluster prod ended Failed: ", e.Message);
        Assert.Contains("InvalidIssuer: issuer did not answer (resources: prod, corp-sso)", e.Message);
        Assert.Contains("Error: no message", e.Message);
        Assert.IsType<WaitFailedException>(e.InnerException);
    }

    [Fact]
    public async Task CreateAsync_CancelledUpdateWithoutDetails_SaysSo()
    {
        _s.Associate().Updates(UpdateStatus("Cancelled")).Configs(new ResourceNotFoundException("gone"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("ended Cancelled: EKS reported no error details", e.Message);
    }

    [Fact]
    public async Task CreateAsync_FailedUpdateButConfigPresent_KeepsItInStateWithIdAndOutputs()
    {
        _s.Associate().Updates(UpdateStatus("Failed", Errors)).Configs("CREATING");
        var inputs = Inputs(Map(("team", "a")));

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(inputs));

        Assert.Equal(Id, e.Id);
        Assert.Equal(inputs, e.Inputs);
        Assert.Equal(PropertyValue.Of(ClusterName), e.Outputs["clusterName"]);
        Assert.Equal(PropertyValue.Of("CREATING"), e.Outputs["status"]);
        Assert.Equal(Map(("env", "dev"), ("owner", "platform"), ("team", "a")), e.Outputs["tagsAll"]);
        var reason = Assert.Single(e.Reasons);
        Assert.Contains("InvalidIssuer: issuer did not answer", reason);
        Assert.Contains("kept in state", reason);
    }

    [Fact]
    public async Task CreateAsync_FailedUpdateAndLookupFails_KeepsItInState()
    {
        _s.Associate().Updates(UpdateStatus("Failed", Errors)).Configs(new AccessDeniedException("denied"));
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Equal(Id, e.Id);
    }

    [Fact]
    public async Task CreateAsync_ConfigGoesDeleting_KeepsItInState()
    {
        _s.Associate().Updates("Successful").Configs("CREATING", "DELETING");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("ended DELETING: the config is being deleted", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_UpdateNeverFinishes_TimesOutIntoResourceInitFailed()
    {
        _s.Associate().Updates("InProgress");

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromSeconds(2)));

        Assert.Equal(Id, e.Id);
        Assert.IsType<WaitTimeoutException>(e.InnerException);
        Assert.Contains("update u-1 of cluster prod was still InProgress after 2s", Assert.Single(e.Reasons));
        Assert.Equal(PropertyValue.Of("CREATING"), e.Outputs["status"]);
    }

    [Fact]
    public async Task CreateAsync_ConfigNeverVisible_TimesOutIntoResourceInitFailed()
    {
        _s.Associate().Updates("Successful").Configs(new ResourceNotFoundException("not yet"));
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromSeconds(1)));
        Assert.Contains("was still not visible yet after 1s", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_CancelledWhileWaiting_ThrowsResourceInitFailed()
    {
        _s.Associate().Updates("InProgress");
        using var cts = new CancellationTokenSource();

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            _s.Create(Inputs(), ct: cts.Token, onStep: step => { if (step == 50) cts.Cancel(); }));

        Assert.Equal(Id, e.Id);
        Assert.IsAssignableFrom<OperationCanceledException>(e.InnerException);
        Assert.Contains("cancelled while waiting", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_CancelledWhileRetryingBusyCluster_ThrowsOperationCanceled()
    {
        _s.Associate(new ResourceInUseException("busy"));
        using var cts = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _s.Create(Inputs(), ct: cts.Token, onStep: step => { if (step == 20) cts.Cancel(); }));
    }

    [Fact]
    public async Task CreateAsync_ClusterBusyPastTheTimeout_FailsWithTheBusyError()
    {
        _s.Associate(new ResourceInUseException("Cluster prod currently has update abc in progress"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromMilliseconds(100)));
        Assert.Contains("update abc in progress", e.Message);
        Assert.IsType<ResourceInUseException>(e.InnerException);
    }
}
