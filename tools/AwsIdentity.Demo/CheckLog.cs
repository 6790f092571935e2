namespace AwsIdentity.Demo;

/// <summary>Every check the run made, in order; the first failure stops the demo with its id and reason.</summary>
public sealed class CheckLog(Printer printer)
{
    private readonly List<Check> _checks = [];

    public IReadOnlyList<Check> Checks => _checks;

    public void Run(IEnumerable<Check> checks)
    {
        foreach (var check in checks)
        {
            _checks.Add(check);
            printer.Line($"  {(check.Passed ? "✓" : "✗")} {check.Id}{(check.Passed ? "" : $": {check.Failure}")}");
            if (!check.Passed) throw new DemoFailure($"{check.Id}: {check.Failure}");
        }
    }
}
