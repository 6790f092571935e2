namespace AwsIdentity.Demo;

/// <summary>A step did not do what `pulumi` would have: the demo stops with this message and a non-zero exit.</summary>
public sealed class DemoFailure(string message) : Exception(message);

public static class Expect
{
    public static void That(bool condition, string message)
    {
        if (!condition) throw new DemoFailure(message);
    }
}

/// <summary>One line of the closing summary.</summary>
public sealed record StepSummary(string Step, string Result, TimeSpan Duration);

public sealed class Summary
{
    private readonly List<StepSummary> _steps = [];

    public IReadOnlyList<StepSummary> Steps => _steps;

    /// <summary>Put before every step name added from now on ("pulumi: ", "terraform: "), so the table tells the flows apart.</summary>
    public string Prefix { get; set; } = "";

    public void Add(string step, string result, TimeSpan duration) => _steps.Add(new StepSummary(Prefix + step, result, duration));

    public IEnumerable<string> Lines(TimeSpan total)
    {
        var w = Math.Max(4, _steps.Select(s => s.Step.Length).DefaultIfEmpty(0).Max());
        var r = Math.Max(6, _steps.Select(s => s.Result.Length).DefaultIfEmpty(0).Max());
        yield return $"  {"step".PadRight(w)}  {"result".PadRight(r)}  duration";
        yield return "  " + new string('-', w + r + 12);
        foreach (var s in _steps)
            yield return $"  {s.Step.PadRight(w)}  {s.Result.PadRight(r)}  {(s.Duration > TimeSpan.Zero ? Printer.Seconds(s.Duration) : ""),7}";
        yield return "  " + new string('-', w + r + 12);
        yield return $"  {"total".PadRight(w)}  {"".PadRight(r)}  {Printer.Seconds(total),7}";
    }
}
