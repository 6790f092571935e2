using AwsIdentity.Harness;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo;

/// <summary>
/// Engine mode's MiniEngine steps and state as the CLI would report them, so both modes run the same checks:
/// a replacement becomes the steps pkg/resource/deploy/step_generator.go emits (delete-before-replace:
/// delete-replaced, replace, create-replacement; otherwise create-replacement, replace and, after every other step,
/// delete-replaced), in the order MiniEngine ran them.
/// </summary>
public static class EngineObservations
{
    /// <param name="events">the run's steps in the order they completed (MiniEngine.OnStep)</param>
    public static Plan Plan(IEnumerable<StepEvent> events)
    {
        var list = events.Where(e => e.Kind != StepKind.Refresh).ToList();
        var replaced = list.Where(e => e.Kind == StepKind.Replace).Select(e => e.Urn).ToHashSet(StringComparer.Ordinal);
        var steps = new List<PlannedStep>();
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in list)
        {
            var detailed = e.Detailed.ToDictionary(kv => kv.Key, kv => DiffKind(kv.Value));
            var reasons = detailed.Where(kv => kv.Value.EndsWith("-replace", StringComparison.Ordinal))
                .Select(kv => PropertyPaths.Parse(kv.Key)[0]).Distinct().ToList();
            PlannedStep Step(string op) => new(op, e.Urn, detailed, reasons);
            switch (e.Kind)
            {
                case StepKind.Delete when replaced.Contains(e.Urn):
                    deleted.Add(e.Urn);
                    steps.Add(Step("delete-replaced") with { DetailedDiff = new Dictionary<string, string>(), ReplaceReasons = [] });
                    break;
                case StepKind.Replace when deleted.Contains(e.Urn):
                    steps.AddRange([Step("replace"), Step("create-replacement")]);
                    break;
                case StepKind.Replace:
                    steps.AddRange([Step("create-replacement"), Step("replace")]);
                    break;
                default:
                    steps.Add(Step(e.Kind.ToString().ToLowerInvariant()));
                    break;
            }
        }
        return new Plan(steps);
    }

    public static StackState State(IEnumerable<StateEntry> entries) => new([.. entries.OrderBy(e => e.Urn, StringComparer.Ordinal)
        .Select(e => new StateResource(e.Urn, e.Type, e.Id, Values.ToJson(e.Outputs)))]);

    /// <summary>sdk/go/common/resource/plugin/provider.go DiffKind.String().</summary>
    public static string DiffKind(Kind kind) => kind switch
    {
        Kind.Add => "add", Kind.AddReplace => "add-replace", Kind.Update => "update", Kind.UpdateReplace => "update-replace",
        Kind.Delete => "delete", Kind.DeleteReplace => "delete-replace", _ => kind.ToString().ToLowerInvariant(),
    };
}
