using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using AwsIdentity.TerraformHarness;

namespace AwsIdentity.Demo;

/// <summary>The steps of <see cref="TerraformFlow"/>: terraform commands, then checks over the saved plan
/// (`show -json`), the state (`state pull`) and the emulator; each returns its summary line.</summary>
public sealed class TerraformSteps(TerraformWithEmulator world, StackProgram program, string root, string stack, Printer printer, CheckLog log, CancellationToken ct)
{
    private TerraformWorkspace Workspace => world.Workspace;
    private int N => program.Resources.Count;
    private string Eks => TerraformProgram.Address(program.Resource(Values.Eks));
    private string User(string prefix) => TerraformProgram.Address(program.Resources.Single(r => r.Type == Values.Lmus && r.Name.StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>AWS's order for License Manager (TerraformChecks.LicenseOrder) as the program states it: each license
    /// resource and the license resources it takes attributes from. Alice's association may start while Bob's
    /// subscription is still being made; it must not start before Alice's.</summary>
    private List<(string Before, string After)> LicenseDependencies()
    {
        var byName = program.Resources.ToDictionary(r => r.Name);
        bool License(Declared r) => TerraformChecks.LicenseOrder.Contains(TerraformProgram.TypeOf(r.Type));
        return [.. program.Resources.Where(License).SelectMany(r => ProgramOrder.References(r.Inputs)
            .Where(d => byName.TryGetValue(d, out var dep) && License(dep))
            .Select(d => (TerraformProgram.Address(byName[d]), TerraformProgram.Address(r))))];
    }

    public async Task<string> PlanCreatesAsync()
    {
        var changes = await PlanAsync("plan");
        log.Run(TerraformChecks.Actions("plan", changes, program.Resources.ToDictionary(TerraformProgram.Address, _ => "create")));
        log.Run([Check.Of("plan: no state written", (await Workspace.StatePullAsync()).Instances.Count == 0, () => "the plan wrote a state")]);
        return $"{N} to add";
    }

    public async Task<string> ApplyAsync()
    {
        var apply = await RunAsync("apply", "tfplan");
        log.Run(TerraformChecks.InOrder("apply", apply.Stdout, ApplyLog.Creating, ApplyLog.Created, LicenseDependencies()));
        return await AfterApply("apply");
    }

    public async Task<string> TagChangeAsync()
    {
        Rewrite(new Dictionary<string, string> { ["owner"] = DemoScenario.NewOwner });
        var changes = await PlanAsync("tag change plan");
        log.Run(TerraformChecks.Actions("tag change plan", changes, program.Resources.ToDictionary(TerraformProgram.Address, _ => "update")));
        log.Run(TerraformChecks.OnlyTags("tag change plan", changes));
        await RunAsync("apply", "tfplan");
        var state = await Workspace.StatePullAsync();
        var tags = (await world.Control.StateAsync())["tags"] as JsonObject ?? [];
        var missing = state.Instances.Where(i => tags[TerraformChecks.Arn(i)]?["owner"]?.GetValue<string>() != DemoScenario.NewOwner).Select(i => i.Name).ToList();
        log.Run([Check.Of($"tag change apply: the emulator tags every resource owner={DemoScenario.NewOwner}", missing.Count == 0, () => $"missing on {string.Join(", ", missing)}")]);
        return $"{N} updated in place; {await AfterApply("tag change apply")}";
    }

    /// <summary>The Pulumi flow's three changes outside the tool; `plan -refresh-only` shows them, then
    /// `apply -refresh-only` records them in the state.</summary>
    public async Task<string> DriftAndRefreshAsync()
    {
        var state = await Workspace.StatePullAsync();
        StateInstance Of(string address) => state.Instance(address.Split('.')[0], address.Split('.')[1]);
        var (eks, first, second) = (Of(Eks), Of(User("first")), Of(User("second")));
        printer.Header("Out-of-band changes through the emulator's control API (someone used the console):");
        var eksId = ((string)eks.Attributes["id"]!).Split(':');
        await world.Control.UpdateConfigAsync(new JsonObject { ["cluster"] = eksId[0], ["name"] = eksId[1], ["groupsClaim"] = DriftChecks.DriftedGroupsClaim });
        printer.Line($"  {Eks}: oidc groups_claim set to \"{DriftChecks.DriftedGroupsClaim}\"");
        await world.Control.SetTagsAsync(TerraformChecks.Arn(first), new JsonObject { ["owner"] = DriftChecks.DriftedOwner, ["managed-by"] = "terraform" });
        printer.Line($"  {User("first")}: tag owner set to \"{DriftChecks.DriftedOwner}\"");
        await world.Control.DeleteAssociationAsync(new JsonObject { ["instanceUserArn"] = TerraformChecks.Arn(second), ["mode"] = "remove" });
        printer.Line($"  {User("second")}: association removed");
        var refresh = await RunAsync("plan", "-refresh-only", "-detailed-exitcode");
        log.Run([Check.Of("refresh-only plan: terraform reports the changes outside it", refresh.HasChanges
            && refresh.Stdout.Contains($"{User("second")} has been deleted", StringComparison.Ordinal)
            && refresh.Stdout.Contains($"{Eks} has changed", StringComparison.Ordinal)
            && refresh.Stdout.Contains($"{User("first")} has changed", StringComparison.Ordinal), () => refresh.Stdout)]);
        await RunAsync("apply", "-refresh-only", "-auto-approve");
        var after = await Workspace.StatePullAsync();
        log.Run(TerraformChecks.Refreshed(after, Eks, User("first"), User("second")));
        log.Run(await TerraformChecks.AgreesAsync("refresh", world, N - 1));
        return "2 drifted, 1 deleted out of band and dropped";
    }

    public async Task<string> ReplacementAsync()
    {
        Rewrite(new Dictionary<string, string> { ["owner"] = DemoScenario.NewOwner, ["issuerUrl"] = DemoScenario.NewIssuer });
        var changes = await PlanAsync("replacement plan");
        log.Run(TerraformChecks.Actions("replacement plan", changes, new Dictionary<string, string>
            { [Eks] = "delete,create", [User("first")] = "update", [User("second")] = "create" }));
        log.Run(TerraformChecks.ReplacedBy("replacement plan", changes, Eks, "oidc"));
        var before = await world.Control.StateAsync();
        await RunAsync("apply", "tfplan");
        log.Run(DriftChecks.DisassociatedFirst(before, await world.Control.StateAsync(), "replacement apply"));
        return $"1 replaced (destroy before create), 1 updated, 1 created; {await AfterApply("replacement apply")}";
    }

    public async Task<string> DestroyAsync()
    {
        var destroy = await RunAsync("destroy", "-auto-approve");
        log.Run(TerraformChecks.InOrder("destroy", destroy.Stdout, ApplyLog.Destroying, ApplyLog.Destroyed,
            [.. LicenseDependencies().Select(p => (p.After, p.Before))]));
        var left = (await Workspace.StatePullAsync()).Instances;
        var inventory = await world.InventoryAsync();
        log.Run(
        [
            Check.Of("destroy: the state is empty", left.Count == 0, () => $"left in the state: {string.Join(", ", left.Select(i => $"{i.Type}.{i.Name}"))}"),
            Check.Of("destroy: the emulator is empty", inventory.Count == 0, () => $"left in the emulator: {string.Join(", ", inventory.Configs.Concat(inventory.Associations)
                .Concat(inventory.Registrations ?? new HashSet<string>()).Concat(inventory.Subscriptions ?? new HashSet<string>()))}"),
        ]);
        return "state and emulator empty";
    }

    private async Task<string> AfterApply(string step)
    {
        log.Run(await TerraformChecks.AgreesAsync(step, world, N));
        var plan = await RunAsync("plan", "-detailed-exitcode");
        log.Run([Check.Of($"{step}: plan -detailed-exitcode finds nothing to do", !plan.HasChanges, () => plan.Stdout)]);
        return $"{N} live, state = emulator, no changes left";
    }

    /// <summary>main.tf from the program with stack config overrides, as `pulumi config set` changes the Pulumi flow.</summary>
    private void Rewrite(IReadOnlyDictionary<string, string> overrides) =>
        Workspace.WriteMain(TerraformProgram.Render(StackProgram.Load(root, stack, overrides), world.Emulator.Url));

    /// <summary>`terraform plan -out=tfplan`, then its resource changes from `show -json tfplan`.</summary>
    private async Task<JsonArray> PlanAsync(string step)
    {
        await RunAsync("plan", "-out=tfplan");
        var changes = (await Workspace.ShowPlanJsonAsync("tfplan"))["resource_changes"] as JsonArray ?? [];
        return [.. changes.Where(c => TerraformChecks.ActionsOf(c) != "no-op").Select(c => c!.DeepClone())];
    }

    /// <summary>Runs a command (exit 0, or 2 for `plan -detailed-exitcode`) and prints it with terraform's own
    /// lines about resources and its closing line.</summary>
    private async Task<TerraformResult> RunAsync(params string[] args)
    {
        var result = await Workspace.RunAsync(args, cancellationToken: ct);
        printer.Line($"  $ {result.Command} ({Printer.Seconds(result.Elapsed)})");
        if (result.ExitCode != 0 && !(result.ExitCode == 2 && args.Contains("-detailed-exitcode")))
            throw new DemoFailure($"{result.Command} failed:{Environment.NewLine}{result}");
        foreach (var line in result.Stdout.Split('\n').Select(l => l.TrimEnd()))
            if (TerraformChecks.IsNotable(line)) printer.Line($"      {line.Trim()}");
        return result;
    }
}
