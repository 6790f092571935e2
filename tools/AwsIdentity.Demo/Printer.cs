using System.Text.Json.Nodes;
using AwsIdentity.Harness;
using Pulumirpc;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo;

/// <summary>Output in the shape of `pulumi preview --diff` / `pulumi up`: one line per step, one per changed property,
/// and the provider's ephemeral status lines as they arrive.</summary>
public sealed class Printer
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _lastStatus = [];

    public void Header(string text) => Write($"{Environment.NewLine}{text}");

    public void Line(string text) => Write(text);

    private void Write(string text)
    {
        lock (_lock) Console.WriteLine(text);
    }

    /// <summary>A Log call from the provider: status lines (ephemeral) and diagnostics, with the resource's name.</summary>
    public void Log(LogRequest log)
    {
        var name = string.IsNullOrEmpty(log.Urn) ? "provider" : log.Urn[(log.Urn.LastIndexOf("::", StringComparison.Ordinal) + 2)..];
        if (log.Ephemeral)
        {
            lock (_lock)
            {
                if (_lastStatus.GetValueOrDefault(log.Urn) == log.Message) return;
                _lastStatus[log.Urn] = log.Message;
            }
            Write($"      ⋯ {name}: {log.Message}");
        }
        else Write($"      {log.Severity.ToString().ToLowerInvariant()}: {name}: {log.Message}");
    }

    public static string Seconds(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.0}s" : $"{t.TotalMilliseconds:0}ms";

    public static string Marker(StepKind kind) => kind switch
    {
        StepKind.Create => "+ ", StepKind.Update => "~ ", StepKind.Replace => "+-", StepKind.Delete => "- ",
        StepKind.Refresh => "~ ", StepKind.Import => "= ", _ => "  ",
    };

    private static string Verb(StepEvent e) => (e.Kind, e.Preview) switch
    {
        (StepKind.Same, _) => "unchanged",
        (StepKind.Create, true) => "create", (StepKind.Create, false) => "created",
        (StepKind.Update, true) => "update", (StepKind.Update, false) => "updated",
        (StepKind.Replace, true) => "replace", (StepKind.Replace, false) => "replaced",
        (StepKind.Delete, true) => "delete", (StepKind.Delete, false) => "deleted",
        (StepKind.Refresh, _) => e.Detailed.Count == 0 ? "refreshed, no changes" : $"refreshed, {e.Detailed.Count} changed",
        _ => e.Kind.ToString().ToLowerInvariant(),
    };

    /// <param name="oldInputs">recorded inputs (update, replace) or outputs (refresh) before the step</param>
    /// <param name="newInputs">the program's inputs (create, update, replace) or the refreshed outputs</param>
    public void Step(StepEvent e, JsonNode? oldInputs, JsonNode? newInputs, bool refreshDeleted = false)
    {
        var notes = new List<string>();
        if (e.Kind == StepKind.Replace && e.DeleteBeforeReplace) notes.Add("delete-before-replace");
        if (!e.Preview && e.Elapsed > TimeSpan.Zero) notes.Add(Seconds(e.Elapsed));
        if (e.Partial) notes.Add("partially created: kept in state");
        var verb = refreshDeleted ? "deleted out of band: dropped from the stack" : Verb(e);
        var marker = refreshDeleted ? "- " : e.Kind == StepKind.Refresh && e.Detailed.Count == 0 ? "  " : Marker(e.Kind);
        var lines = new List<string> { $"  {marker} {e.Type,-56} {e.Name,-22} {verb}{(notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "")}" };
        if (e.Error is not null) lines.Add($"      error: {e.Error}");
        lines.AddRange(PropertyLines(e, oldInputs, newInputs).Select(l => "      " + l));
        Write(string.Join(Environment.NewLine, lines));
    }

    private static IEnumerable<string> PropertyLines(StepEvent e, JsonNode? olds, JsonNode? news)
    {
        switch (e.Kind)
        {
            case StepKind.Create:
                return PropertyPaths.Leaves(news).Select(l => $"+ {l.Path}: {PropertyPaths.Format(l.Value)}");
            case StepKind.Update or StepKind.Replace:
                return e.Detailed.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => Changed(kv.Key, kv.Value, olds, news));
            case StepKind.Refresh:
                return e.Detailed.Keys.Order(StringComparer.Ordinal).SelectMany(k => LeafChanges(k, PropertyPaths.Get(olds, k), PropertyPaths.Get(news, k)));
            default:
                return [];
        }
    }

    private static string Changed(string path, Kind kind, JsonNode? olds, JsonNode? news)
    {
        var replace = kind is Kind.AddReplace or Kind.UpdateReplace or Kind.DeleteReplace ? " (forces replacement)" : "";
        var (before, after) = (PropertyPaths.Format(PropertyPaths.Get(olds, path)), PropertyPaths.Format(PropertyPaths.Get(news, path)));
        return kind switch
        {
            Kind.Add or Kind.AddReplace => $"+ {path}: {after}{replace}",
            Kind.Delete or Kind.DeleteReplace => $"- {path}: {before}{replace}",
            _ => $"~ {path}: {before} => {after}{replace}",
        };
    }

    /// <summary>The leaves under one changed top-level property, old => new.</summary>
    public static IEnumerable<string> LeafChanges(string key, JsonNode? before, JsonNode? after)
    {
        var olds = PropertyPaths.Leaves(before, key).ToDictionary(l => l.Path, l => l.Value);
        var news = PropertyPaths.Leaves(after, key).ToDictionary(l => l.Path, l => l.Value);
        foreach (var path in olds.Keys.Union(news.Keys).Order(StringComparer.Ordinal))
        {
            var (hadOld, o) = (olds.TryGetValue(path, out var ov), ov);
            var (hasNew, n) = (news.TryGetValue(path, out var nv), nv);
            if (hadOld && hasNew && JsonNode.DeepEquals(o, n)) continue;
            yield return !hadOld ? $"+ {path}: {PropertyPaths.Format(n)}"
                : !hasNew ? $"- {path}: {PropertyPaths.Format(o)}"
                : $"~ {path}: {PropertyPaths.Format(o)} => {PropertyPaths.Format(n)}";
        }
    }
}
