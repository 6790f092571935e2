using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Core.Waiting;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.RegistrationScenario;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources.LicenseManager;

public sealed class IdentityProviderRegistrationCreateTests
{
    private readonly RegistrationScenario _s = new();

    [Fact]
    public async Task CreateAsync_Registering_SendsEverythingAndWaitsUntilRegistered()
    {
        _s.Register().Lists("none", "REGISTERING", "REGISTERED");
        var inputs = Inputs(SettingsValue(Group, SubnetB, SubnetA), Map(("team", "a")));

        var result = await _s.Create(inputs);

        var request = Assert.Single(_s.Registrations);
        Assert.Equal(Product, request.Product);
        Assert.Equal(DirectoryId, request.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("SELF_MANAGED", request.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectoryType);
        Assert.Equal(Group, request.Settings!.SecurityGroupId);
        Assert.Equal([SubnetA, SubnetB], request.Settings.Subnets!.Order());
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops", ["team"] = "a" }, request.Tags);
        Assert.Equal(3, _s.Listings.Count);
        Assert.Empty(_s.Tagged); // RegisterIdentityProvider carried the tags

        Assert.Equal(Id, result.Id);
        Assert.Equal(S(Arn), result.Outputs["identityProviderArn"]);
        Assert.Equal(S("REGISTERED"), result.Outputs["status"]);
        Assert.Equal(S("123456789012"), result.Outputs["ownerAccountId"]);
        Assert.Equal(SettingsValue(Group, SubnetA, SubnetB), result.Outputs["settings"]);
        Assert.Equal(Map(("owner", "desktops"), ("team", "a")), result.Outputs["tagsAll"]);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains($"directory {DirectoryId} to be REGISTERED for {Product}: REGISTERING"));
    }

    [Fact]
    public async Task CreateAsync_RegisteredAtOnce_OnePollConfirms()
    {
        _s.Register(new RegisterIdentityProviderResponse { IdentityProviderSummary = Summary("REGISTERED") }).Lists("REGISTERED");
        var result = await _s.Create(Inputs());
        Assert.Single(_s.Listings);
        Assert.Equal(S("REGISTERED"), result.Outputs["status"]);
    }

    [Fact]
    public async Task CreateAsync_WithoutSettings_SendsNoneAndReportsAwsChoice()
    {
        _s.Register().Lists("REGISTERED");
        var result = await _s.Create(Inputs());
        Assert.Null(Assert.Single(_s.Registrations).Settings);
        Assert.Equal(SettingsValue(), result.Outputs["settings"]);
    }

    [Fact]
    public async Task CreateAsync_OtherRegistrationsListed_FindsItsOwnDirectoryAndProduct()
    {
        _s.Register().Lists(Page("p2", Summary("REGISTERED", product: "OFFICE_PROFESSIONAL_PLUS"), Summary("REGISTERED", directoryId: "d-0000000000")),
            Page(null, Summary("REGISTERED")));
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        Assert.Equal(2, _s.Listings.Count); // both pages (the paginator reuses one request, so only the count tells)
    }

    [Theory]
    [InlineData("FAILED")]
    [InlineData("REGISTRATION_FAILED")]
    public async Task CreateAsync_FailureStatus_KeepsTheRegistrationWithAwsMessage(string status)
    {
        _s.Register().Lists(Page(null, Summary(status, message: "the directory cannot be reached")));

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));

        Assert.Equal(Id, e.Id);
        var reason = Assert.Single(e.Reasons);
        Assert.StartsWith($"registering directory {DirectoryId} for {Product}: ", reason);
        Assert.Contains($"ended {status}: the directory cannot be reached", reason);
        Assert.EndsWith("the registration was started, so it is kept in state", reason);
        Assert.Equal(S(Arn), e.Outputs["identityProviderArn"]);
        Assert.IsType<WaitFailedException>(e.InnerException);
    }

    [Fact]
    public async Task CreateAsync_DeregisteredWhileCreating_Fails()
    {
        _s.Register().Lists("DEREGISTERED");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("ended DEREGISTERED: the registration was removed while it was being created", Assert.Single(e.Reasons));
    }

    [Fact]
    public async Task CreateAsync_UnknownStatus_IsPendingUntilTheTimeout()
    {
        _s.Register().Lists("CONFIGURING");
        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(), timeout: TimeSpan.FromSeconds(1)));
        Assert.Contains("was still CONFIGURING after 1s", Assert.Single(e.Reasons));
        Assert.IsType<WaitTimeoutException>(e.InnerException);
        Assert.Equal(S("REGISTERING"), e.Outputs["status"]);
    }

    [Fact]
    public async Task CreateAsync_Rejected_FailsPlainly()
    {
        _s.Register(new ValidationException("directory d-1234567890 does not exist"));
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Equal($"registering directory {DirectoryId} for {Product}: directory d-1234567890 does not exist", e.Message);
    }

    [Fact]
    public async Task CreateAsync_ConflictWhileTheOldRegistrationLeaves_RegistersAgain()
    {
        _s.Register(new ConflictException("deregistration in progress"), new RegisterIdentityProviderResponse { IdentityProviderSummary = Summary("REGISTERED") })
            .Lists("DEREGISTERING", "REGISTERED");
        Assert.Equal(Id, (await _s.Create(Inputs())).Id);
        Assert.Equal(2, _s.Registrations.Count);
        Assert.Contains(_s.F.Messages(ephemeral: true), m => m.Contains("License Manager reports a conflicting change in flight"));
    }

    [Fact]
    public async Task PlanCreate_TouchesNoAws_AndLeavesAwsOutputsUnknown()
    {
        var planned = await _s.Handler.PlanCreateAsync(Inputs());
        Assert.Equal(PropertyValue.Unknown, planned.Outputs["identityProviderArn"]);
        _s.F.Lmus.VerifyNoOtherCalls();
    }
}
