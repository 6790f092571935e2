using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Demo;

/// <summary>
/// Engine mode's order between resources (ProgramOrder.cs): MiniEngine runs the resources it is given side by side,
/// so `up` hands it the program level by level (a resource joins once the resources it takes outputs from are up,
/// with those outputs), and `destroy` takes the deepest level away first, as the engine orders deletes by
/// dependency. Registration → subscription → association in Pulumi.yaml thus reaches AWS in the order AWS asks for.
/// </summary>
public sealed partial class EngineDriver
{
    private readonly HashSet<string> _printedSame = [];

    private JsonObject? OutputsOf(string name) =>
        _engine.State.Values.FirstOrDefault(s => s.Name == name) is { } entry ? Values.ToJson(entry.Outputs) : null;

    private bool InState(string name) => _engine.State.Values.Any(s => s.Name == name);

    /// <summary>The resources with references resolved from the recorded outputs (unknown where there are none yet).</summary>
    private List<Declared> Resolved(IEnumerable<Declared> resources) => [.. resources.Select(r => ProgramOrder.Resolve(r, OutputsOf))];

    private StackProgram Resolved() => _program with { Resources = Resolved(_program.Resources) };

    private async Task<IReadOnlyList<StepEvent>> UpInOrderAsync(CancellationToken ct)
    {
        var levels = ProgramOrder.Levels(_program.Resources);
        var events = new List<StepEvent>();
        for (var level = 0; level <= levels.Values.DefaultIfEmpty(0).Max(); level++)
        {
            // Resources already up stay declared at every level (left out, MiniEngine would delete them).
            var wave = Resolved(_program.Resources.Where(r => levels[r.Name] <= level || InState(r.Name)));
            _current = _program with { Resources = wave };
            events.AddRange(await _engine.UpAsync(wave, ct));
        }
        return events;
    }

    private async Task<IReadOnlyList<StepEvent>> DestroyInOrderAsync(CancellationToken ct)
    {
        var levels = ProgramOrder.Levels(_program.Resources);
        var events = new List<StepEvent>();
        for (var level = levels.Values.DefaultIfEmpty(0).Max(); level > 0; level--)
        {
            var keep = Resolved(_program.Resources.Where(r => levels[r.Name] < level && InState(r.Name)));
            events.AddRange(await _engine.UpAsync(keep, ct));
        }
        events.AddRange(await _engine.DestroyAsync(ct));
        return events;
    }
}
