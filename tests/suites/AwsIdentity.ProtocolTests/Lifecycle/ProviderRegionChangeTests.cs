using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// A stack's provider moves to another region. Two emulators stand for two regions (each region has its own AWS
/// endpoints); the engine's replay is <see cref="MiniEngine.ChangeProviderAsync"/>. After the run every object must
/// live in the new region and none may stay behind in the old one.
/// </summary>
public sealed class ProviderRegionChangeTests : IAsyncLifetime
{
    private EmulatorProcess _east = null!;
    private EmulatorProcess _west = null!;
    private FakeEngine _engine = null!;
    private ProviderProcess _old = null!;
    private ProviderProcess _new = null!;

    public async Task InitializeAsync()
    {
        _east = await EmulatorProcess.StartAsync(LifecycleFixture.TransitionMs);
        _west = await EmulatorProcess.StartAsync(LifecycleFixture.TransitionMs);
        _engine = await FakeEngine.StartAsync();
        _old = await ProviderProcess.StartAsync(_engine.Address);
        _new = await ProviderProcess.StartAsync(_engine.Address);
        foreach (var emulator in new[] { _east, _west })
        {
            await emulator.Control.RegisterDirectoryAsync(LifecycleFixture.DirectoryId);
            await emulator.Control.CreateClusterAsync("shared");
        }
    }

    private static JsonObject Config(string region, EmulatorProcess emulator) => new()
    {
        ["region"] = region,
        ["accessKey"] = "test",
        ["secretKey"] = "test",
        ["endpoints"] = new JsonObject { ["eks"] = emulator.Url, ["licenseManagerUserSubscriptions"] = emulator.Url },
    };

    [Fact]
    public async Task Changing_the_region_replaces_every_resource_in_the_new_region_and_removes_the_old_ones()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var program = new[] { Eks("shared"), Lmus(instance) };
        var engine = new MiniEngine(_old.Client, project: "lifecycle", stack: "region") { DeleteTimeoutSeconds = TimeoutSeconds };
        await engine.ConfigureAsync(Config("us-east-1", _east));
        await engine.UpAsync(program);

        var change = await engine.ChangeProviderAsync(_new.Client, Config("eu-west-1", _west), program);

        var east = await _east.Control.StateAsync();
        Assert.Empty(east.Configs("shared"));
        Assert.Empty(east.LiveAssociations(instance));
        var west = await _west.Control.StateAsync();
        Assert.Equal("ACTIVE", Assert.Single(west.Configs("shared")).Str("status"));
        Assert.Single(west.LiveAssociations(instance));
        Assert.Contains("region", change.Diff.Replaces);
        Assert.All(change.Steps, s => Assert.Equal(StepKind.Create, s.Kind));
        Assert.Equal(2, change.OldDeleted.Count);
        Assert.All(change.Next.State.Values, e =>
            Assert.Contains(":eu-west-1:", Json(e.Outputs).Str("arn") ?? Json(e.Outputs).Str("instanceUserArn")));

        await change.Next.DestroyAsync();
        Assert.Empty((await _west.Control.StateAsync()).Configs("shared"));
    }

    public async Task DisposeAsync()
    {
        await _new.DisposeAsync();
        await _old.DisposeAsync();
        await _engine.DisposeAsync();
        await _west.DisposeAsync();
        await _east.DisposeAsync();
    }
}
