using AwsIdentity.Provider.Host;
using System.Diagnostics;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>One violation: which property, which bag number (replayable), what went wrong, and the bag.</summary>
internal sealed record Violation(string Target, string Category, int Bag, string Detail, string Rendered)
{
    private string Factory => Target switch
    {
        "IdentityProviderConfig" => "FuzzTargets.Eks", "UserAssociation" => "FuzzTargets.User", "ProductSubscription" => "LmusFuzzTargets.Subscription",
        "IdentityProviderRegistration" => "LmusFuzzTargets.Registration", _ => "FuzzTargets.Config",
    };

    public override string ToString() =>
        $"[{Category}] {Target} bag #{Bag} (replay: new BagFactory({Factory}()).Bag({Bag})): {Detail}\n    bag: {Rendered}";
}

internal sealed class FuzzReport
{
    public required string Target { get; init; }
    public int Generated { get; set; }
    public int Rejected { get; set; }
    public int Accepted { get; set; }
    public int AcceptedWithUnknowns { get; set; }
    public int Failures { get; set; }
    public HashSet<string> ReasonTemplates { get; } = [];
    public HashSet<string> Reasons { get; } = [];
    public List<Violation> Violations { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public string? SideEffects { get; set; }

    public IEnumerable<Violation> Of(string category) => Violations.Where(v => v.Category == category);

    public string Summary =>
        $"{Target}: {Generated} bags generated in {Elapsed.TotalSeconds:F1} s: {Rejected} rejected ({Failures} failures, " +
        $"{Reasons.Count} distinct reasons of {ReasonTemplates.Count} kinds), {Accepted} accepted ({AcceptedWithUnknowns} with unknowns); " +
        $"violations: {(Violations.Count == 0 ? "none" : string.Join(", ", Violations.GroupBy(v => v.Category).Select(g => $"{g.Key} ×{g.Count()}")))}";
}

/// <summary>Runs a target's bags through Check once (per process) and records every violated property.</summary>
internal static class FuzzRunner
{
    public const int BagsPerTarget = 10_000;

    private static readonly Lazy<FuzzReport> EksRun = new(() => Run(FuzzTargets.Eks(), BagsPerTarget));
    private static readonly Lazy<FuzzReport> UserRun = new(() => Run(FuzzTargets.User(), BagsPerTarget));
    private static readonly Lazy<FuzzReport> ConfigRun = new(() => Run(FuzzTargets.Config(), BagsPerTarget));
    private static readonly Lazy<FuzzReport> SubscriptionRun = new(() => Run(LmusFuzzTargets.Subscription(), BagsPerTarget));
    private static readonly Lazy<FuzzReport> RegistrationRun = new(() => Run(LmusFuzzTargets.Registration(), BagsPerTarget));

    public static FuzzReport For(string target) => target switch
    {
        "IdentityProviderConfig" => EksRun.Value,
        "UserAssociation" => UserRun.Value,
        "ProductSubscription" => SubscriptionRun.Value,
        "IdentityProviderRegistration" => RegistrationRun.Value,
        _ => ConfigRun.Value,
    };

    public static FuzzReport Run(FuzzTarget target, int count)
    {
        var watch = Stopwatch.StartNew();
        var factory = new BagFactory(target);
        var report = new FuzzReport { Target = target.Name };
        for (var n = 0; n < count; n++)
        {
            var bag = factory.Bag(n);
            report.Generated++;
            Evaluate(target, factory.Olds(n), bag, n, report);
        }
        try { target.VerifyNoSideEffects(); }
        catch (Exception e) { report.SideEffects = e.Message; }
        report.Elapsed = watch.Elapsed;
        return report;
    }

    public static void Evaluate(FuzzTarget target, ObjectValue olds, ObjectValue raw, int n, FuzzReport report)
    {
        var seen = new HashSet<string>();
        void Add(string category, string detail)
        {
            if (seen.Add(detail)) report.Violations.Add(new Violation(target.Name, category, n, detail, Bags.Render(raw)));
        }

        // What the engine can send: the bag as a Struct and back (references become ids, secrets decoded, …).
        ObjectValue wire, again;
        try
        {
            wire = StructCodec.Decode(StructCodec.Encode(raw));
            again = StructCodec.Decode(StructCodec.Encode(raw));
        }
        catch (Exception e) { Add(CheckOracle.Codec, $"{e.GetType().Name}: {e.Message}"); return; }

        // The bag as it is in memory (secret of a secret, signature objects kept), for crashes and locations only.
        if (TryCheck(target, olds, raw, Add) is { } rawResult)
            foreach (var f in rawResult.Failures)
                foreach (var problem in CheckOracle.Failure(target.Shape, rawResult.Inputs, f)) Add(problem.Split(':')[0], problem);

        if (TryCheck(target, olds, wire, Add) is not { } first) return;
        if (TryCheck(target, olds, again, Add) is not { } second) return;
        var a = first.Failures.Select(f => f.ToString()).ToList();
        var b = second.Failures.Select(f => f.ToString()).ToList();
        if (!a.SequenceEqual(b) || !first.Inputs.Equals(second.Inputs))
            Add(CheckOracle.Nondeterministic, $"first [{CheckOracle.Short(string.Join("; ", a))}] then [{CheckOracle.Short(string.Join("; ", b))}]");

        foreach (var f in first.Failures)
        {
            report.Failures++;
            report.ReasonTemplates.Add(CheckOracle.Template(f.Reason));
            report.Reasons.Add(CheckOracle.Short(f.Reason));
            foreach (var problem in CheckOracle.Failure(target.Shape, first.Inputs, f)) Add(problem.Split(':')[0], problem);
        }
        if (first.Failures.Count > 0) { report.Rejected++; return; }

        report.Accepted++;
        var roundTripped = StructCodec.Decode(StructCodec.Encode(first.Inputs));
        if (!roundTripped.Equals(first.Inputs))
            Add(CheckOracle.NoRoundTrip, $"became {Bags.Render(roundTripped)}");
        if (first.Inputs.ContainsUnknowns) { report.AcceptedWithUnknowns++; return; }
        try { target.Decode(first.Inputs); }
        catch (Exception e) { Add(CheckOracle.NoDecode, $"{e.GetType().Name}: {CheckOracle.Short(e.Message)}"); return; }
        // The id Create would give this bag must parse back to itself (Read, Delete and import parse it).
        try
        {
            if (target.IdRoundTrip?.Invoke(first.Inputs) is var (id, parsed) && id != parsed)
                Add(CheckOracle.NoIdRoundTrip, $"id {CheckOracle.Short(id)} reads back as {CheckOracle.Short(parsed)}");
        }
        catch (Exception e) { Add(CheckOracle.NoIdRoundTrip, $"{e.GetType().Name}: {CheckOracle.Short(e.Message)}"); }
    }

    private static (ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures)? TryCheck(FuzzTarget target, ObjectValue olds,
        ObjectValue news, Action<string, string> add)
    {
        try { return target.Check(olds, news); }
        catch (Exception e)
        {
            add(CheckOracle.Crash, $"{e.GetType().FullName}: {CheckOracle.Short(e.Message)}\n    at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            return null;
        }
    }
}
