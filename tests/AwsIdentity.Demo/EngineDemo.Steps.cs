using System.Diagnostics;
using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using PropertyDiffKind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo;

public sealed partial class EngineDemo
{
    private string Title(string verb) => $"{verb} ({_program.Project}/{stack}):";

    private async Task PreviewAndUpAsync(CancellationToken ct)
    {
        var n = _program.Resources.Count;
        var clock = Stopwatch.StartNew();
        var plan = await Run(Title("Previewing update"), () => _engine.PreviewAsync(_program.Resources, ct), _program);
        Expect.That(plan.Count == n && plan.All(e => e.Kind == StepKind.Create), $"preview: expected {n} creates, got {Counts(plan, true)}");
        Expect.That(_engine.State.Count == 0, "preview: the preview wrote state");
        summary.Add("preview", Counts(plan, true), clock.Elapsed);

        clock.Restart();
        var statusBefore = _fakeEngine.StatusLines.Count;
        var done = await Run(Title("Updating"), () => _engine.UpAsync(_program.Resources, ct), _program);
        Expect.That(done.Count == n && done.All(e => e.Kind == StepKind.Create), $"up: expected {n} creates, got {Counts(done, false)}");
        Expect.That(_fakeEngine.StatusLines.Count > statusBefore, "up: the provider sent no status lines while waiting");
        await Audit("up", n);
        PrintOutputs();
        summary.Add("up", $"{Counts(done, false)}, {_fakeEngine.StatusLines.Count - statusBefore} status lines", clock.Elapsed);
    }

    private void PrintOutputs()
    {
        printer.Line("  Outputs:");
        foreach (var (name, expression) in _program.Outputs)
        {
            var value = YamlValues.Interpolate(expression, reference =>
            {
                var dot = reference.IndexOf('.');
                var entry = dot < 0 ? null : _engine.State.Values.FirstOrDefault(s => s.Name == reference[..dot]);
                return entry is null ? null : PropertyPaths.Get(Values.ToJson(entry.Outputs), reference[(dot + 1)..]);
            }, $"outputs.{name}");
            printer.Line($"      {name}: {PropertyPaths.Format(value)}");
        }
    }

    private async Task TagChangeAsync(CancellationToken ct)
    {
        var program = Load(new() { ["owner"] = NewOwner });
        var clock = Stopwatch.StartNew();
        printer.Header($"$ pulumi config set owner {NewOwner}   # every resource tags owner: ${{owner}}");
        var plan = await Run(Title("Previewing update"), () => _engine.PreviewAsync(program.Resources, ct), program);
        ExpectTagUpdates("tag change preview", plan, program);
        summary.Add("preview tag change", Counts(plan, true), clock.Elapsed);

        clock.Restart();
        var done = await Run(Title("Updating"), () => _engine.UpAsync(program.Resources, ct), program);
        ExpectTagUpdates("tag change up", done, program);
        var tags = (await _emulator.Control.StateAsync())["tags"] as JsonObject ?? [];
        foreach (var entry in _engine.State.Values)
        {
            var arn = Values.ToJson(entry.Outputs)[entry.Type == Values.Eks ? "arn" : "instanceUserArn"]?.GetValue<string>() ?? "";
            Expect.That(tags[arn]?["owner"]?.GetValue<string>() == NewOwner, $"tag change up: {entry.Name} ({arn}) does not carry owner={NewOwner} in the emulator");
        }
        await Audit("tag change up", program.Resources.Count);
        summary.Add("up tag change", Counts(done, false) + " in place", clock.Elapsed);
    }

    private static void ExpectTagUpdates(string step, IReadOnlyList<StepEvent> events, StackProgram program)
    {
        Expect.That(events.Count == program.Resources.Count, $"{step}: expected {program.Resources.Count} steps, got {events.Count}");
        foreach (var e in events)
        {
            Expect.That(e.Kind == StepKind.Update, $"{step}: {e.Name} should be an in-place update, was {e.Kind}");
            Expect.That(e.Detailed.Count > 0 && e.Detailed.Keys.All(k => k.StartsWith("tags", StringComparison.Ordinal)),
                $"{step}: {e.Name} should change tags only, diff was [{string.Join(", ", e.Detailed.Keys)}]");
            Expect.That(e.Detailed.Values.All(k => k is PropertyDiffKind.Add or PropertyDiffKind.Update or PropertyDiffKind.Delete),
                $"{step}: {e.Name}: a tag change must not force replacement");
        }
    }

    private async Task DriftAndRefreshAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var eks = _engine.State.Values.Single(s => s.Type == Values.Eks);
        var users = _engine.State.Values.Where(s => s.Type == Values.Lmus).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        Expect.That(users.Count >= 2, "drift: the program should declare two user associations");
        var (first, second) = (users.Single(u => u.Name.StartsWith("first", StringComparison.Ordinal)), users.Single(u => u.Name.StartsWith("second", StringComparison.Ordinal)));
        var eksId = eks.Id.Split(':');
        var firstArn = Values.ToJson(first.Outputs)["instanceUserArn"]!.GetValue<string>();
        var secondArn = Values.ToJson(second.Outputs)["instanceUserArn"]!.GetValue<string>();
        printer.Header("Out-of-band changes through the emulator's control API (someone used the console):");
        await _emulator.Control.UpdateConfigAsync(new JsonObject { ["cluster"] = eksId[0], ["name"] = eksId[1], ["groupsClaim"] = "roles" });
        printer.Line($"  {eks.Name}: oidc groupsClaim set to \"roles\"");
        await _emulator.Control.SetTagsAsync(firstArn, new JsonObject { ["owner"] = "someone-else@example.com", ["managed-by"] = "pulumi" });
        printer.Line($"  {first.Name}: tag owner set to \"someone-else@example.com\"");
        await _emulator.Control.DeleteAssociationAsync(new JsonObject { ["instanceUserArn"] = secondArn, ["mode"] = "remove" });
        printer.Line($"  {second.Name}: association removed");

        _refreshing = true;
        IReadOnlyList<StepEvent> refreshed;
        try
        {
            refreshed = await Run(Title("Refreshing"), () => _engine.RefreshAsync(ct), null);
        }
        finally
        {
            _refreshing = false;
        }
        StepEvent Of(StateEntry s) => refreshed.Single(e => e.Urn == s.Urn);
        Expect.That(Of(eks).Kind == StepKind.Refresh && Of(eks).Detailed.ContainsKey("oidc"), $"refresh: {eks.Name} should show the oidc drift");
        Expect.That(Values.ToJson(_engine.State[eks.Urn].Outputs)["oidc"]?["groupsClaim"]?.GetValue<string>() == "roles", $"refresh: {eks.Name} state lacks groupsClaim roles");
        Expect.That(Of(first).Kind == StepKind.Refresh && Of(first).Detailed.ContainsKey("tags"), $"refresh: {first.Name} should show the tag drift");
        Expect.That(Of(second).Kind == StepKind.Delete && !_engine.State.ContainsKey(second.Urn), $"refresh: {second.Name} should be dropped as deleted");
        await Audit("refresh", _program.Resources.Count - 1);
        summary.Add("drift + refresh", $"{refreshed.Count(e => e.Detailed.Count > 0)} drifted, {refreshed.Count(e => e.Kind == StepKind.Delete)} deleted out of band", clock.Elapsed);
    }
}
