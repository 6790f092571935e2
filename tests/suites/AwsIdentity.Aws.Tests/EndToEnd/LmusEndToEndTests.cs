using System.Text.Json.Nodes;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Aws.Tests.EndToEnd;

/// <summary>Every License Manager User Subscriptions operation against the in-process emulator.</summary>
public sealed class LmusEndToEndTests : IAsyncLifetime
{
    private const string DirectoryId = "d-1234567890";
    private EmulatorFixture _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorFixture.StartAsync();
        await _emulator.ControlAsync("lmus/identity-providers", new JsonObject { ["directoryId"] = DirectoryId });
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static IdentityProvider Provider() =>
        new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = DirectoryId } };

    [Fact]
    public async Task Lifecycle_AssociateListTagDisassociate()
    {
        using var lmus = _emulator.Lmus();

        var providers = (await lmus.ListIdentityProvidersAsync(new ListIdentityProvidersRequest())).IdentityProviderSummaries!;
        Assert.Contains(providers, p => p.IdentityProvider?.ActiveDirectoryIdentityProvider?.DirectoryId == DirectoryId);
        await lmus.ListInstancesAsync(new ListInstancesRequest());

        var summary = (await lmus.AssociateUserAsync(new AssociateUserRequest
        {
            Username = "alice",
            InstanceId = "i-0123456789abcdef0",
            IdentityProvider = Provider(),
            Tags = new() { ["team"] = "a" },
        })).InstanceUserSummary!;
        Assert.Equal("alice", summary.Username);
        var arn = summary.InstanceUserArn!;

        var status = await WaitForStatusAsync(lmus, "alice");
        Assert.Equal("ASSOCIATED", status);

        await lmus.TagResourceAsync(new TagResourceRequest { ResourceArn = arn, Tags = new() { ["env"] = "dev" } });
        await lmus.UntagResourceAsync(new UntagResourceRequest { ResourceArn = arn, TagKeys = ["team"] });
        var tags = (await lmus.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn })).Tags!;
        Assert.Equal(new Dictionary<string, string> { ["env"] = "dev" }, tags);

        var gone = (await lmus.DisassociateUserAsync(new DisassociateUserRequest { InstanceUserArn = arn })).InstanceUserSummary!;
        Assert.Equal("alice", gone.Username);
    }

    [Fact]
    public async Task InjectedConflict_IsTyped()
    {
        await _emulator.ControlAsync("faults/next", new JsonObject { ["operation"] = "AssociateUser", ["errorCode"] = "ConflictException", ["count"] = 1 });
        using var lmus = _emulator.Lmus();

        await Assert.ThrowsAsync<ConflictException>(() => lmus.AssociateUserAsync(new AssociateUserRequest
        {
            Username = "bob",
            InstanceId = "i-0123456789abcdef0",
            IdentityProvider = Provider(),
        }));
    }

    private static async Task<string?> WaitForStatusAsync(IAmazonLicenseManagerUserSubscriptions lmus, string user)
    {
        string? status = null;
        for (var i = 0; i < 50; i++)
        {
            var request = new ListUserAssociationsRequest
            {
                InstanceId = "i-0123456789abcdef0",
                IdentityProvider = Provider(),
                Filters = [new Filter { Attribute = "Username", Operation = "Equals", Value = user }],
            };
            await foreach (var item in lmus.Paginators.ListUserAssociations(request).InstanceUserSummaries)
            {
                status = item.Status;
            }

            if (status is "ASSOCIATED")
            {
                return status;
            }

            await Task.Delay(100);
        }

        return status;
    }
}
