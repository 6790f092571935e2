using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// Issue 11 §2.9: a refresh replaces the stack's inputs with Read's (pulumi/pulumi pkg/resource/deploy/step.go
/// RefreshStep.Apply), so where AWS stores a value in another form than the program sent (the emulator's echo
/// switch), Read must keep the program's form or the next up replaces the resource for nothing.
/// </summary>
public sealed class RefreshEchoTests(LifecycleFixture fixture) : IClassFixture<LifecycleFixture>
{
    [Fact]
    public async Task Refresh_WhenAwsEchoesLowerCaseNamesAndDefaults_TheNextUpChangesNothing()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        var program = Lmus(instance, "Alice", o => o["domain"] = "Corp.Example.com");
        await WithEcho(new JsonObject { ["lowercaseNames"] = true, ["fillDefaults"] = true }, () => engine.UpAsync([program]));
        var live = Assert.Single((await fixture.Control.StateAsync()).LiveAssociations(instance));
        Assert.Equal("alice", live.Str("username")); // the switch works: AWS answers in its own form
        Assert.Contains("IsSharedActiveDirectory", live.Str("identityProviderJson"));

        var refreshed = Single(await engine.RefreshAsync());

        Assert.Null(refreshed.Error);
        Assert.Equal("Alice", Json(engine.State.Values.Single().Inputs).Str("username"));
        await ExpectNothingToDo(engine, program);
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Refresh_WhenAwsFillsInTheDomain_OfAnAssociationMadeWithoutOne_TheNextUpChangesNothing()
    {
        var instance = LifecycleFixture.NewInstanceId();
        var engine = await fixture.NewEngineAsync();
        var program = Lmus(instance, edit: o => o.Remove("domain"));
        await WithEcho(new JsonObject { ["defaultDomain"] = "corp.example.com" }, () => engine.UpAsync([program]));
        var entry = engine.State.Values.Single();
        Assert.Equal($"{instance}:{LifecycleFixture.DirectoryId}:alice", entry.Id);

        var refreshed = Single(await engine.RefreshAsync());

        Assert.Equal(StepKind.Refresh, refreshed.Kind); // still found by its 3-part id
        Assert.Null(Json(entry.Inputs)["domain"]);
        await ExpectNothingToDo(engine, program);

        // Import (Read with the id only) still gives inputs, with the domain AWS reports.
        var imported = new MiniEngine(fixture.Provider.Client, "lifecycle", "import");
        await imported.ConfigureAsync(fixture.ProviderConfig());
        var step = await imported.ImportAsync(Values.Lmus, "user", entry.Id);
        Assert.Null(step.Error);
        Assert.Equal("corp.example.com", Json(imported.State.Values.Single().Inputs).Str("domain"));
        await engine.DestroyAsync();
    }

    [Fact]
    public async Task Refresh_WhenEksFillsInTheDefaultUsernameClaim_TheNextUpChangesNothing()
    {
        var cluster = await fixture.NewClusterAsync();
        var engine = await fixture.NewEngineAsync();
        var program = Eks(cluster, o => o["oidc"]!.AsObject().Remove("usernameClaim"));
        await WithEcho(new JsonObject { ["fillDefaults"] = true }, () => engine.UpAsync([program]));
        Assert.Equal("sub", Assert.Single((await fixture.Control.StateAsync()).Configs(cluster)).Str("usernameClaim"));

        Assert.Null(Single(await engine.RefreshAsync()).Error);

        Assert.Null(Json(engine.State.Values.Single().Inputs)["oidc"]!["usernameClaim"]);
        await ExpectNothingToDo(engine, program);
        await engine.DestroyAsync();
    }

    private static async Task ExpectNothingToDo(MiniEngine engine, Declared program)
    {
        var preview = Single(await engine.PreviewAsync([program]));
        Assert.True(preview.Kind == StepKind.Same,
            $"after refresh, preview wants {preview.Kind}: {string.Join(", ", preview.Detailed.Select(kv => $"{kv.Key} {kv.Value}"))}");
        Assert.Equal(StepKind.Same, Single(await engine.UpAsync([program])).Kind);
    }

    private async Task WithEcho(JsonObject echo, Func<Task> action)
    {
        await fixture.Control.EchoAsync(echo);
        try { await action(); }
        finally { await fixture.Control.EchoAsync(new JsonObject()); }
    }
}
