using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>One resource under the ownership checks: its program, the action its errors start with, its import id,
/// the output holding its ARN, and its live objects in the emulator (each with "arn" and "status").</summary>
public sealed record OwnedResource(string Type, string Name, string Action, string ImportId, string ArnOutput, string ReadyStatus,
    Func<Action<JsonObject>?, Declared> Program, Func<JsonObject, IReadOnlyList<JsonObject>> Live);

/// <summary>
/// The ownership lifecycle both resources share (issue 11, 2.2): a create adopts only what an earlier attempt of the
/// same resource made (README "Ownership"). Each check creates and destroys its own objects.
/// </summary>
public static class OwnershipChecks
{
    /// <summary>A second stack declaring the same object fails as owned elsewhere; the first stack's object survives it.</summary>
    public static async Task SecondStackIsRefusedAsync(LifecycleFixture fixture, OwnedResource r)
    {
        var first = await fixture.NewEngineAsync();
        await first.UpAsync([r.Program(null)]);
        var arn = Json(first.State.Values.Single().Outputs).Str(r.ArnOutput)!;

        var second = await fixture.NewEngineAsync();
        var error = await FailedCreateAsync(fixture, second, r);

        Assert.StartsWith($"Create: {r.Action}: ", error);
        Assert.Contains("owned elsewhere", error);
        Assert.Contains(arn, error);
        Assert.DoesNotContain("pulumi import", error);
        Assert.Empty(second.State);
        await second.DestroyAsync();
        var survivor = Assert.Single(r.Live(await fixture.Control.StateAsync()));
        Assert.Equal((r.ReadyStatus, arn), (survivor.Str("status"), survivor.Str("arn")));

        Assert.Equal(StepKind.Same, Single(await first.UpAsync([r.Program(null)])).Kind);
        await first.DestroyAsync();
        Assert.Empty(r.Live(await fixture.Control.StateAsync()));
    }

    /// <summary>With the object already made outside Pulumi: the create fails with the exact import command, which works.</summary>
    public static async Task OutsideObjectGetsTheImportCommandAsync(LifecycleFixture fixture, OwnedResource r)
    {
        var engine = await fixture.NewEngineAsync();
        var error = await FailedCreateAsync(fixture, engine, r);

        var arn = Assert.Single(r.Live(await fixture.Control.StateAsync())).Str("arn")!;
        Assert.StartsWith($"Create: {r.Action}: ", error);
        Assert.Contains(arn, error);
        Assert.Contains($"`pulumi import {r.Type} {r.Name} {r.ImportId}`", error);
        Assert.DoesNotContain("owned elsewhere", error);
        Assert.Empty(engine.State);

        var imported = await engine.ImportAsync(r.Type, r.Name, r.ImportId);
        Assert.Null(imported.Error);
        Assert.Equal(arn, Json(imported.Outputs).Str(r.ArnOutput));
        await engine.DestroyAsync();
        Assert.Empty(r.Live(await fixture.Control.StateAsync()));
    }

    /// <summary>
    /// The provider is SIGKILLed while its create waits (the engine records nothing), then the same stack runs
    /// <paramref name="reUp"/>: it must adopt the object the killed attempt made. Returns the URN and the new engine.
    /// </summary>
    public static async Task<(string Urn, MiniEngine Next)> KilledCreateIsAdoptedAsync(LifecycleFixture fixture, OwnedResource r, Declared reUp)
    {
        var stack = "crash-" + Guid.NewGuid().ToString("N")[..6];
        string urn;
        await fixture.Control.SettingsAsync(3000); // slow enough that the kill lands mid-wait
        try
        {
            await using var doomed = await fixture.StartProviderAsync();
            var engine = await fixture.NewEngineAsync(doomed, stack: stack);
            urn = engine.Urn(r.Type, r.Name);
            var up = engine.UpAsync([r.Program(null)]);
            await fixture.Engine.WaitForLogAsync(l => l.Ephemeral && l.Urn == urn, TimeSpan.FromSeconds(15));
            Signals.Send(doomed.Pid, Signals.SigKill);
            await Assert.ThrowsAsync<EngineRunException>(() => up);
            Assert.Empty(engine.State);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        var arn = Assert.Single(r.Live(await fixture.Control.StateAsync())).Str("arn");

        var next = await fixture.NewEngineAsync(stack: stack);
        var created = Single(await next.UpAsync([reUp]));

        Assert.Equal(StepKind.Create, created.Kind);
        Assert.Equal(arn, Json(created.Outputs).Str(r.ArnOutput));
        Assert.Equal(r.ReadyStatus, Json(created.Outputs).Str("status"));
        Assert.Single(r.Live(await fixture.Control.StateAsync()));
        return (urn, next);
    }

    /// <summary>The marker is on the object in AWS, survives a tag update that replaces every own tag, and shows
    /// neither in tags nor in tagsAll: not after create, update, refresh or import; a refresh leaves no diff.</summary>
    public static async Task MarkerIsKeptAndHiddenAsync(LifecycleFixture fixture, OwnedResource r)
    {
        var engine = await fixture.NewEngineAsync();
        var urn = engine.Urn(r.Type, r.Name);
        var created = Single(await engine.UpAsync([r.Program(null)]));
        var arn = Json(created.Outputs).Str(r.ArnOutput)!;
        OwnerMarker.AssertHidden(Json(created.Outputs));
        Assert.Equal(OwnerMarker.Of(urn), (await fixture.Control.StateAsync()).TagsOf(arn)[OwnerMarker.Key]?.GetValue<string>());

        var retagged = r.Program(o => o["tags"] = new JsonObject { ["cost"] = "1234" });
        var updated = Single(await engine.UpAsync([retagged]));
        Assert.Equal(StepKind.Update, updated.Kind);
        OwnerMarker.AssertHidden(Json(updated.Outputs));
        var expected = OwnerMarker.Plus(new JsonObject { ["owner"] = LifecycleFixture.DefaultTagOwner, ["cost"] = "1234" }, urn);
        var live = (await fixture.Control.StateAsync()).TagsOf(arn);
        Assert.True(JsonNode.DeepEquals(expected, live), live.ToJsonString());

        Assert.Null(Assert.Single(await engine.RefreshAsync()).Error);
        var entry = engine.State.Values.Single();
        OwnerMarker.AssertHidden(Json(entry.Outputs));
        OwnerMarker.AssertHidden(Json(entry.Inputs));
        Assert.Equal(StepKind.Same, Single(await engine.PreviewAsync([retagged])).Kind);

        var importer = await fixture.NewEngineAsync();
        var imported = await importer.ImportAsync(r.Type, r.Name, entry.Id);
        Assert.Null(imported.Error);
        OwnerMarker.AssertHidden(Json(imported.Outputs));
        OwnerMarker.AssertHidden(Json(importer.State.Values.Single().Inputs));

        await engine.DestroyAsync();
        Assert.Empty(r.Live(await fixture.Control.StateAsync()));
    }

    /// <summary>The up must fail; if it succeeds (adopting what is not its own), the failure says what that did.</summary>
    private static async Task<string> FailedCreateAsync(LifecycleFixture fixture, MiniEngine engine, OwnedResource r)
    {
        try
        {
            await engine.UpAsync([r.Program(null)]);
        }
        catch (EngineRunException e)
        {
            return Assert.Single(e.Events).Error!;
        }
        var arn = Json(engine.State.Values.Single().Outputs).Str(r.ArnOutput);
        await engine.DestroyAsync();
        var left = r.Live(await fixture.Control.StateAsync()).Select(o => $"{o.Str("arn")} {o.Str("status")}");
        Assert.Fail($"the up succeeded by adopting {arn}; after destroying that stack the live objects are: [{string.Join(", ", left)}]");
        return "";
    }
}
