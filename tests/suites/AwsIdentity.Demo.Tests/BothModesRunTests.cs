using AwsIdentity.Harness;

namespace AwsIdentity.Demo.Tests;

/// <summary>
/// The whole demo through the real binary and the emulator, twice: as engine mode runs it, and with every plan and
/// state passed through the CLI's document shapes (CliShapedDriver), as CLI mode reads them. Both runs make the same
/// checks, in the same order, and pass.
/// </summary>
// Not in parallel with the other whole-demo runs: each ends with ProcessGuard.KillAll, which would kill their processes.
[Collection(WholeDemoRuns.Name)]
public sealed class BothModesRunTests
{
    private static async Task<IReadOnlyList<Check>> Run(Func<IDemoDriver, IDemoDriver> wrap)
    {
        var (root, printer, summary) = (RepoPaths.RepoRoot(), new Printer(), new Summary());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var log = await DemoRunner.RunAsync(wrap(new EngineDriver(root, "local", printer, summary)), root, "local", 300, printer, summary, timeout.Token);
        ProcessGuard.KillAll();
        return log.Checks;
    }

    [Fact]
    public async Task EngineModeAndCliShapedDocumentsMakeTheSameChecks()
    {
        var engine = await Run(d => d);
        var cli = await Run(d => new CliShapedDriver(d));
        Assert.All(engine, c => Assert.True(c.Passed, $"{c.Id}: {c.Failure}"));
        Assert.Equal(engine.Select(c => (c.Id, c.Passed)), cli.Select(c => (c.Id, c.Passed)));
        // Every step of the scenario is checked: preview, up, tag change, refresh, replacement, destroy.
        foreach (var step in new[] { "preview:", "up:", "tag change preview:", "tag change up:", "refresh:", "replacement preview:", "replacement up:", "destroy:" })
            Assert.Contains(engine, c => c.Id.StartsWith(step, StringComparison.Ordinal));
        Assert.Equal(4, engine.Count(c => c.Id.EndsWith("stack export ids are the emulator's live objects", StringComparison.Ordinal)));
        Assert.Equal(3, engine.Count(c => c.Id.EndsWith("preview --expect-no-changes finds nothing to do", StringComparison.Ordinal)));
    }
}
