using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Tests.Support;
using Moq;
using static AwsIdentity.Tests.Support.RegistrationScenario;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Create adopts only the registration its own earlier attempt made (Resources/Ownership.cs).</summary>
public sealed class IdentityProviderRegistrationAdoptionTests
{
    private readonly RegistrationScenario _s = new();

    [Fact]
    public async Task CreateAsync_ConflictWithOwnRegistration_AdoptsIt_AndBringsTagsAndSettingsInLine()
    {
        _s.Owner = HandlerFixture.Owner;
        _s.Register(new ConflictException("already registered")).Lists(Page(null, Summary("REGISTERED", settings: LiveSettings(Group, SubnetA))))
            .Tags(new() { ["stray"] = "x", [Ownership.TagKey] = HandlerFixture.Owner }).Update();

        var result = await _s.Create(Inputs(SettingsValue(Group, SubnetA, SubnetC)));

        Assert.Equal(Id, result.Id);
        Assert.Single(_s.Registrations);
        var marked = Assert.Single(_s.Registrations).Tags!;
        Assert.Equal(HandlerFixture.Owner, marked[Ownership.TagKey]);
        Assert.Equal([SubnetC], Assert.Single(_s.Updates).UpdateSettings!.AddSubnets!);
        Assert.Equal(["stray"], Assert.Single(_s.Untagged).TagKeys!);
        var warning = Assert.Single(_s.F.Lines, l => l.Severity == OperationLogLevel.Warning);
        Assert.Contains("already REGISTERED", warning.Message);
        Assert.Contains("adopting", warning.Message);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnotherResourcesRegistration_IsRefusedWithoutImportHint()
    {
        _s.Owner = HandlerFixture.Owner;
        _s.Register(new ConflictException("already registered")).Lists("REGISTERED").Tags(new() { [Ownership.TagKey] = "another-stack" });

        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));

        Assert.StartsWith($"registering directory {DirectoryId} for {Product}: the registration {Arn} of directory {DirectoryId} for " +
            $"{Product} (REGISTERED) already exists and is owned elsewhere", e.Message);
        Assert.DoesNotContain("import", e.Message);
        Assert.Single(_s.Registrations);
        _s.F.Lmus.Verify(l => l.DeregisterIdentityProviderAsync(It.IsAny<DeregisterIdentityProviderRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task CreateAsync_ConflictWithAnUnmarkedRegistration_NamesTheImportCommand()
    {
        _s.Owner = HandlerFixture.Owner;
        _s.Register(new ConflictException("already registered")).Lists("REGISTERED").Tags(null);
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.EndsWith($"`pulumi import {IdentityProviderRegistrationState.Token} dir {Id}`", e.Message);
    }

    [Fact]
    public async Task CreateAsync_AdoptedRegistrationsSettingsNeverSettle_KeepsTheRegistrationWithTheSettingsAwsHas()
    {
        _s.Owner = HandlerFixture.Owner;
        _s.Register(new ConflictException("already registered"))
            .Lists(Page(null, Summary("REGISTERED", settings: LiveSettings(Group, SubnetA))), Page(null, Summary("UPDATE_FAILED", message: "no such subnet")))
            .Tags(new() { [Ownership.TagKey] = HandlerFixture.Owner }).Update();

        var e = await Assert.ThrowsAsync<ResourceInitFailedException>(() => _s.Create(Inputs(SettingsValue(Group, SubnetC))));

        var reason = Assert.Single(e.Reasons);
        Assert.Contains("ended UPDATE_FAILED: no such subnet", reason);
        Assert.EndsWith("the registration was started, so it is kept in state", reason);
        Assert.Equal(SettingsValue(Group, SubnetA), e.Outputs["settings"]); // the next update sends the change again
    }

    [Fact]
    public async Task CreateAsync_WithoutAnOwner_AsUnderTerraform_AdoptsNothing()
    {
        // Terraform gives no owner marker: even a registration carrying one is not adopted.
        _s.Register(new ConflictException("already registered")).Lists("REGISTERED").Tags(new() { [Ownership.TagKey] = HandlerFixture.Owner });
        var e = await Assert.ThrowsAsync<OperationFailedException>(() => _s.Create(Inputs()));
        Assert.Contains("owned elsewhere", e.Message);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "desktops" }, Assert.Single(_s.Registrations).Tags);
    }
}
