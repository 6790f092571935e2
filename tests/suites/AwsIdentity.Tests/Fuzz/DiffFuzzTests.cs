using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// Diff (PlanChange) of fuzzed inputs, 5,000 bags per resource (DiffFuzzRunner.cs): no exception, the same plan for the
/// same inputs, changes only of inputs, replacements only by replace-on-change inputs, every changed path printable and
/// under a changed key, and no change between a bag and itself with its sets reordered or its computed inputs left out.
/// One class per target so that the runs use both cores; each run happens once per process.
/// </summary>
public abstract class DiffFuzzTests(string target, ITestOutputHelper output)
{
    private const int BagsPerTarget = 5_000;
    private static readonly ConcurrentDictionary<string, Lazy<FuzzReport>> Runs = new();

    private FuzzReport Report
    {
        get
        {
            var report = Runs.GetOrAdd(target, t => new Lazy<FuzzReport>(() => DiffFuzzRunner.Run(Target(t), BagsPerTarget))).Value;
            output.WriteLine(report.Summary);
            return report;
        }
    }

    private static FuzzTarget Target(string name) => name switch
    {
        "IdentityProviderConfig" => FuzzTargets.Eks(),
        "UserAssociation" => FuzzTargets.User(),
        "IdentityProviderRegistration" => LmusFuzzTargets.Registration(),
        _ => LmusFuzzTargets.Subscription(),
    };

    private void NoViolations(string category)
    {
        var found = Report.Violations.Where(v => v.Category == category).ToList();
        foreach (var v in found.Take(25)) output.WriteLine(v.ToString());
        Assert.True(found.Count == 0, $"{target}: {found.Count} violations of {category}; first ones:\n" + string.Join("\n", found.Take(5)));
    }

    [Fact]
    public void Plans_enough_accepted_bags_with_and_without_unknowns()
    {
        var report = Report;
        Assert.True(report.Accepted > 300, $"only {report.Accepted} bags were accepted");
        Assert.True(report.AcceptedWithUnknowns > 10, $"only {report.AcceptedWithUnknowns} accepted bags held unknowns");
    }

    [Fact]
    public void No_exception_escapes_diff() => NoViolations(DiffFuzzRunner.Crash);

    [Fact]
    public void The_same_inputs_get_the_same_plan() => NoViolations(DiffFuzzRunner.Nondeterministic);

    [Fact]
    public void Only_inputs_change_and_only_replace_on_change_inputs_replace() => NoViolations(DiffFuzzRunner.BadKeys);

    [Fact]
    public void Every_changed_path_is_a_pulumi_path_under_a_changed_key() => NoViolations(DiffFuzzRunner.BadPath);

    [Fact]
    public void Reordered_sets_and_left_out_computed_inputs_are_no_change() => NoViolations(DiffFuzzRunner.SelfChange);
}

public sealed class IdentityProviderConfigDiffFuzzTests(ITestOutputHelper output) : DiffFuzzTests("IdentityProviderConfig", output);

public sealed class UserAssociationDiffFuzzTests(ITestOutputHelper output) : DiffFuzzTests("UserAssociation", output);

public sealed class ProductSubscriptionDiffFuzzTests(ITestOutputHelper output) : DiffFuzzTests("ProductSubscription", output);

public sealed class IdentityProviderRegistrationDiffFuzzTests(ITestOutputHelper output) : DiffFuzzTests("IdentityProviderRegistration", output);
