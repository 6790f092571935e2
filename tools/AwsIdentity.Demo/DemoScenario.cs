using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// The demo's steps and checks, one script for both modes: preview, up, a tag change, changes outside Pulumi (an OIDC
/// field, tags of an association, the registration and a subscription, a deleted association) + refresh, a
/// replacement and destroy (in AWS's order: the emulator refuses any other); after every up, `preview --expect-no-changes` and the stack compared with
/// the emulator. The mode only performs the operations (<see cref="IDemoDriver"/>).
/// </summary>
public sealed class DemoScenario(IDemoDriver driver, StackProgram program, EmulatorProcess emulator, Printer printer, Summary summary)
{
    public const string NewOwner = "identity-team@example.com";
    public const string NewIssuer = "https://sso-v2.example.com";

    public CheckLog Log { get; } = new(printer);

    private string Eks => program.Resource(Values.Eks).Name;
    private string User(string prefix) => Named(Values.Lmus, prefix);

    /// <summary>The registration and the first user's subscription: the new resources whose tags drift.</summary>
    private string[] Licensing => [Named(Values.Registration, ""), Named(Values.Subscription, "first")];

    private string Named(string type, string prefix) => program.Resources.Single(r => r.Type == type && r.Name.StartsWith(prefix, StringComparison.Ordinal)).Name;

    public async Task RunAsync(CancellationToken ct)
    {
        var n = program.Resources.Count;
        await Step("preview", async () =>
        {
            var plan = await driver.PreviewAsync(ct);
            Log.Run(DemoChecks.PreviewCreates(plan, program, await driver.StateAsync(ct)));
            return plan.Summary();
        });
        await Step("up", async () => { await driver.UpAsync(ct); return await AfterUp("up", n, ct); });
        await Step("tag change", async () =>
        {
            await driver.SetConfigAsync("owner", NewOwner, ct);
            var plan = await driver.PreviewAsync(ct);
            Log.Run(DemoChecks.TagUpdates("tag change preview", plan, program));
            await driver.UpAsync(ct);
            Log.Run(DemoChecks.OwnerTags(await driver.StateAsync(ct), await emulator.Control.StateAsync(), NewOwner));
            return $"{plan.Summary()}; {await AfterUp("tag change up", n, ct)}";
        });
        await Step("drift + refresh", () => DriftAndRefreshAsync(n, ct));
        await Step("replacement", async () =>
        {
            await driver.SetConfigAsync("issuerUrl", NewIssuer, ct);
            var plan = await driver.PreviewAsync(ct);
            Log.Run(DriftChecks.Replacement("replacement preview", plan, Eks, User("first"), User("second")));
            Log.Run(DriftChecks.TagsUpdated("replacement preview", plan, Licensing));
            var before = await emulator.Control.StateAsync();
            await driver.UpAsync(ct);
            Log.Run(DriftChecks.DisassociatedFirst(before, await emulator.Control.StateAsync()));
            return $"{plan.Summary()} (delete-before-replace); {await AfterUp("replacement up", n, ct)}";
        });
        await Step("destroy", async () =>
        {
            await driver.DestroyAsync(ct);
            Log.Run(DriftChecks.Destroyed(await driver.StateAsync(ct), await EmulatorInventory.ReadAsync(emulator.Control)));
            return "stack and emulator empty";
        });
    }

    private async Task<string> AfterUp(string step, int live, CancellationToken ct)
    {
        Log.Run(DemoChecks.Agrees(step, await driver.StateAsync(ct), await EmulatorInventory.ReadAsync(emulator.Control), live));
        Log.Run(DemoChecks.Converged(step, await driver.PreviewExpectNoChangesAsync(ct)));
        return $"{live} live, state = emulator, no changes left";
    }

    /// <summary>Engine mode's three changes outside Pulumi, through the emulator's control API.</summary>
    private async Task<string> DriftAndRefreshAsync(int n, CancellationToken ct)
    {
        var state = await driver.StateAsync(ct);
        var (eks, first, second) = (state.Named(Eks), state.Named(User("first")), state.Named(User("second")));
        if (eks is null || first is null || second is null) throw new DemoFailure($"drift: the stack lacks {Eks}, {User("first")} or {User("second")}");
        printer.Header("Out-of-band changes through the emulator's control API (someone used the console):");
        var eksId = eks.Id.Split(':');
        await emulator.Control.UpdateConfigAsync(new JsonObject { ["cluster"] = eksId[0], ["name"] = eksId[1], ["groupsClaim"] = DriftChecks.DriftedGroupsClaim });
        printer.Line($"  {eks.Name}: oidc groupsClaim set to \"{DriftChecks.DriftedGroupsClaim}\"");
        await emulator.Control.SetTagsAsync(DemoChecks.Arn(first), new JsonObject { ["owner"] = DriftChecks.DriftedOwner, ["managed-by"] = "pulumi" });
        printer.Line($"  {first.Name}: tag owner set to \"{DriftChecks.DriftedOwner}\"");
        await emulator.Control.DeleteAssociationAsync(new JsonObject { ["instanceUserArn"] = DemoChecks.Arn(second), ["mode"] = "remove" });
        printer.Line($"  {second.Name}: association removed");
        foreach (var name in Licensing)
        {
            var resource = state.Named(name) ?? throw new DemoFailure($"drift: the stack lacks {name}");
            await emulator.Control.SetTagsAsync(DemoChecks.Arn(resource), new JsonObject { ["owner"] = DriftChecks.DriftedOwner, ["managed-by"] = "pulumi" });
            printer.Line($"  {name}: tag owner set to \"{DriftChecks.DriftedOwner}\"");
        }
        await driver.RefreshAsync(ct);
        var after = await driver.StateAsync(ct);
        Log.Run(DriftChecks.Refresh(after, eks.Name, first.Name, second.Name));
        Log.Run(DriftChecks.TagDrift(after, Licensing));
        Log.Run(DemoChecks.Agrees("refresh", after, await EmulatorInventory.ReadAsync(emulator.Control), n - 1));
        return $"{2 + Licensing.Length} drifted, 1 deleted out of band and dropped";
    }

    private async Task Step(string name, Func<Task<string>> run)
    {
        var clock = Stopwatch.StartNew();
        printer.Header($"== {name}");
        summary.Add(name, await run(), clock.Elapsed);
    }
}
