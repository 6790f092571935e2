using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.LmusScenario;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Associations that started and then failed stay in the stack (ResourceInitFailed).</summary>
public sealed class UserAssociationCreateFailureTests
{
    private readonly LmusScenario _s = new();

    [Theory]
    [InlineData("FAILED")]
    [InlineData("ASSOCIATION_FAILED")]
    [InlineData("Failed")]
    [InlineData("failure")]
    public async Task CreateAsync_FailureStatus_ThrowsResourceInitFailedWithStatusMessage(string status)
    {
        _s.Associate().Lists("ASSOCIATING", Page(null, Summary(status, message: "the domain controller refused the join")));

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));

        Assert.Equal(Id, e.Id);
        var reason = Assert.Single(e.Reasons);
        Assert.Contains($"ended {status}: the domain controller refused the join", reason);
        Assert.Contains("kept in state", reason);
        Assert.Equal(PropertyValue.Of(User), e.Outputs["username"]);
        Assert.IsType<WaitFailedException>(e.InnerException);
    }

    [Fact]
    public async Task CreateAsync_FailureWithoutMessage_SaysSo()
    {
        _s.Associate().Lists("FAILED");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("License Manager gave no status message", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_RemovedWhileCreating_Fails()
    {
        _s.Associate().Lists("DISASSOCIATED");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("ended DISASSOCIATED: the association was removed while it was being created", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_UnknownStatus_KeepsWaitingUntilTheTimeout()
    {
        _s.Associate().Lists("PENDING_REVIEW");

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromSeconds(2)));

        Assert.Contains("was still PENDING_REVIEW after 2s", Assert.Single(e.Reasons));
        Assert.IsType<WaitTimeoutException>(e.InnerException);
        // One poll per fake millisecond (the fast schedule) until the deadline: it kept looking.
        Assert.InRange(_s.Listings.Count, 1900, 2001);
        Assert.Equal(PropertyValue.Of(UserArn), e.Outputs["instanceUserArn"]);
    }

    [Fact]
    public async Task CreateAsync_CancelledWhileWaiting_ThrowsResourceInitFailed()
    {
        _s.Associate().Lists("ASSOCIATING");
        using var cts = new CancellationTokenSource();

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() =>
            _s.Create(Inputs(), ct: cts.Token, onStep: step => { if (step == 30) cts.Cancel(); }));

        Assert.Equal(Id, e.Id);
        Assert.Contains("cancelled while waiting", Assert.Single(e.Reasons));
        Assert.Equal(PropertyValue.Of("ASSOCIATING"), e.Outputs["status"]);
    }
}
