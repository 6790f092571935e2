using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// The Diff fuzzer: the bags Check accepts (BagFactory's sweep, mutations and random bags) planned against an earlier
/// accepted bag, and against themselves written differently (sets reordered and repeated, computed inputs left out).
/// Every plan is checked for the properties below; a violation names the bag number, replayable as in CheckFuzzTests.
/// </summary>
internal static class DiffFuzzRunner
{
    public const string Crash = "exception escaped Diff";
    public const string Nondeterministic = "different plans for the same inputs";
    public const string SelfChange = "a bag planned against itself written differently changes";
    public const string BadKeys = "changed or replaced keys that are not inputs, or an in-place input that replaces";
    public const string BadPath = "a changed path that does not print as a Pulumi property path under a changed key";

    public static FuzzReport Run(FuzzTarget target, int count)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var factory = new BagFactory(target);
        var report = new FuzzReport { Target = target.Name };
        var accepted = new List<ObjectValue>();
        for (var n = 0; n < count; n++)
        {
            report.Generated++;
            var handler = target.Handlers[n % target.Handlers.Length];
            if (Accepted(handler, StructCodec.Decode(StructCodec.Encode(factory.Bag(n)))) is not { } news) { report.Rejected++; continue; }
            report.Accepted++;
            if (news.ContainsUnknowns) report.AcceptedWithUnknowns++;
            var olds = accepted.Count > 0 ? accepted[n % accepted.Count] : target.Seeds[0];
            // Every fifth state has no recorded inputs (written by an older provider): the plan reads them from the outputs.
            Plan(target, handler, n, olds, n % 5 == 0 ? ObjectValue.Empty : olds, news, report);
            if (!news.ContainsUnknowns && Accepted(handler, Rewritten(target.Shape, news)) is { } same)
                foreach (var oldInputs in new[] { news, ObjectValue.Empty })
                    if (Plan(target, handler, n, news, oldInputs, same, report) is { HasChanges: true } plan)
                        Add(report, target, SelfChange, n, $"changed [{string.Join(", ", plan.Changes.Keys)}] against {Bags.Render(same)}", news);
            if (accepted.Count < 500) accepted.Add(news);
        }
        report.Elapsed = watch.Elapsed;
        return report;
    }

    private static ObjectValue? Accepted(IResourceHandler handler, ObjectValue bag)
    {
        try { return handler.Check(new CheckRequest(ObjectValue.Empty, bag)) is { Failures.Count: 0 } r ? r.Inputs : null; }
        catch (Exception) { return null; } // an escape from Check is the Check fuzzer's finding (CheckFuzzTests.cs)
    }

    /// <summary>Plans old state (outputs as a create would leave them) against new inputs, twice, and checks the plan.</summary>
    private static ChangePlan? Plan(FuzzTarget target, IResourceHandler handler, int n, ObjectValue olds, ObjectValue oldInputs,
        ObjectValue news, FuzzReport report)
    {
        ChangePlan first, second;
        try
        {
            var request = new PlanRequest("fuzz-id", handler.PlanCreate(olds).Outputs, oldInputs, news);
            first = handler.PlanChange(request);
            second = handler.PlanChange(request);
        }
        catch (Exception e)
        {
            Add(report, target, Crash, n, $"{e.GetType().FullName}: {CheckOracle.Short(e.Message)}\n    at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}", news);
            return null;
        }
        if (Show(first) != Show(second)) Add(report, target, Nondeterministic, n, $"{Show(first)} then {Show(second)}", news);
        var inputs = target.Shape.Properties.ToDictionary(p => p.Name);
        foreach (var key in first.ChangedKeys.Where(k => !inputs.ContainsKey(k) && k != "tagsAll"))
            Add(report, target, BadKeys, n, $"changed key {key} is no input", news);
        foreach (var key in first.ReplaceKeys.Where(k => !first.ChangedKeys.Contains(k) || !inputs.TryGetValue(k, out var p) || !p.ReplaceOnChanges))
            Add(report, target, BadKeys, n, $"{key} replaces", news);
        if (first.DeleteFirst && !first.Replaces) Add(report, target, BadKeys, n, "delete-first without a replacement", news);
        foreach (var path in first.Changes.Keys)
            if (PulumiPath.Parse(path) is not [string head, ..] || !first.ChangedKeys.Contains(head))
                Add(report, target, BadPath, n, $"{CheckOracle.Short(path)} (changed keys [{string.Join(", ", first.ChangedKeys)}])", news);
        foreach (var key in first.ChangedKeys.Where(k => !first.Changes.Keys.Any(p => PulumiPath.Parse(p) is [string h, ..] && h == k)))
            Add(report, target, BadPath, n, $"changed key {key} has no changed path", news);
        return first;
    }

    /// <summary>The same inputs as AWS sees them: every set reversed with its first member repeated, and the computed
    /// inputs at the top left out (the live value stays).</summary>
    internal static ObjectValue Rewritten(IRecordShape shape, ObjectValue bag) =>
        shape.Properties.Where(p => p.Computed).Aggregate(Reordered(shape, bag), (o, p) => o.Without(p.Name));

    private static ObjectValue Reordered(IRecordShape shape, ObjectValue bag)
    {
        foreach (var prop in shape.Properties)
        {
            if (bag.Fields.GetValueOrDefault(prop.Name) is not { } value) continue;
            PropertyValue? changed = (prop.Kind, Bags.Plain(value)) switch
            {
                (_, ArrayValue { Items.Length: > 0 } a) when prop.Kind.Type is SetTypeDescription =>
                    new ArrayValue([.. a.Items.Reverse(), a.Items[0]]),
                (IRecordShape nested, ObjectValue o) => Reordered(nested, o),
                _ => null,
            };
            if (changed is not null) bag = bag.With(prop.Name, value is SecretValue ? PropertyValue.Secret(changed) : changed);
        }
        return bag;
    }

    private static string Show(ChangePlan plan) =>
        $"changed [{string.Join(",", plan.ChangedKeys)}] replaces [{string.Join(",", plan.ReplaceKeys)}] delete-first {plan.DeleteFirst} " +
        $"paths [{string.Join(",", plan.Changes.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{kv.Value}"))}]";

    private static void Add(FuzzReport report, FuzzTarget target, string category, int n, string detail, ObjectValue bag)
    {
        if (report.Violations.Count < 1000) report.Violations.Add(new Violation(target.Name, category, n, detail, Bags.Render(bag)));
    }
}
