using AwsIdentity.Harness;
using static AwsIdentity.Demo.Tests.ModeFixtures;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Demo.Tests;

/// <summary>
/// Both modes' check lists compared: for each situation of the demo, what engine mode observes (MiniEngine step
/// events and state) and what CLI mode reads (`preview --json`, `stack export`) go through the same DemoChecks and
/// must give the same checks with the same verdicts, when the provider behaves and when it does not (a tag change
/// turned into a replacement, a replacement that is not delete-first, a refresh that misses drift, state ids that
/// drift from AWS).
/// </summary>
public sealed class ModeChecksTests
{
    private static IReadOnlyList<(string, bool)> Verdicts(IEnumerable<Check> checks) => [.. checks.Select(c => (c.Id, c.Passed))];

    private static void Same(IReadOnlyList<Check> engine, IReadOnlyList<Check> cli, bool passed)
    {
        Assert.NotEmpty(engine);
        Assert.Equal(Verdicts(engine), Verdicts(cli));
        Assert.True(passed == engine.All(c => c.Passed), string.Join("; ", engine.Select(c => $"{c.Id}: {(c.Passed ? "passed" : c.Failure)}")));
    }

    private static Plan Engine(params StepEvent[] events) => EngineObservations.Plan(events);

    private static Plan Cli(params (string, string, (string, string)[], string[])[] steps) => CliDocuments.ParsePreview(Digest(steps));

    [Fact]
    public void FirstPreview()
    {
        var empty = new StackState([]);
        Same(DemoChecks.PreviewCreates(Engine([.. All.Select(n => Event(StepKind.Create, n))]), Project, empty),
            DemoChecks.PreviewCreates(CliDocuments.ParsePreview(CliDocumentsTests.Fixture("preview-create.json")), Project, empty), passed: true);
        Same(DemoChecks.PreviewCreates(Engine(Event(StepKind.Create, Eks), Event(StepKind.Create, First)), Project, empty),
            DemoChecks.PreviewCreates(Cli(Step("create", Eks), Step("create", First)), Project, empty), passed: false);
    }

    [Fact]
    public void TagChangeInPlace() => Same(
        DemoChecks.TagUpdates("tag change preview", Engine([.. All.Select(n => Event(StepKind.Update, n, false, ("tags.owner", Kind.Update)))]), Project),
        DemoChecks.TagUpdates("tag change preview", Cli([.. All.Select(n => Step("update", n, ("tags.owner", "update")))]), Project), passed: true);

    [Fact]
    public void ATagChangeThatMissesTheNewResourcesFailsInBothModes() => Same(
        DemoChecks.TagUpdates("tag change preview", Engine([.. new[] { Eks, First, Second }.Select(n => Event(StepKind.Update, n, false, ("tags.owner", Kind.Update)))]), Project),
        DemoChecks.TagUpdates("tag change preview", Cli([.. new[] { Eks, First, Second }.Select(n => Step("update", n, ("tags.owner", "update")))]), Project), passed: false);

    [Fact]
    public void TagChangeTurnedIntoAReplacementFailsInBothModes()
    {
        var others = All.Skip(1).ToArray();
        var engine = DemoChecks.TagUpdates("tag change preview", Engine([Event(StepKind.Delete, Eks), Event(StepKind.Replace, Eks, true, ("tags.owner", Kind.UpdateReplace)),
            .. others.Select(n => Event(StepKind.Update, n, false, ("tags.owner", Kind.Update)))]), Project);
        var cli = DemoChecks.TagUpdates("tag change preview", Cli([Step("delete-replaced", Eks), Step("replace", Eks, ("tags.owner", "update-replace")), Step("create-replacement", Eks, ("tags.owner", "update-replace")),
            .. others.Select(n => Step("update", n, ("tags.owner", "update")))]), Project);
        Same(engine, cli, passed: false);
        Assert.Contains(engine, c => c.Id.EndsWith("no property forces replacement", StringComparison.Ordinal) && !c.Passed);
    }

    [Fact]
    public void ReplacementDeleteFirst() => Same(
        DriftChecks.Replacement("replacement preview", Engine(Event(StepKind.Delete, Eks), Event(StepKind.Replace, Eks, true, ("oidc.issuerUrl", Kind.UpdateReplace)),
            Event(StepKind.Update, First, false, ("tags.owner", Kind.Update)), Event(StepKind.Create, Second)), Eks, First, Second),
        DriftChecks.Replacement("replacement preview", CliDocuments.ParsePreview(CliDocumentsTests.Fixture("preview-replacement.json")), Eks, First, Second), passed: true);

    [Fact]
    public void AReplacementThatCreatesFirstFailsInBothModes()
    {
        var engine = DriftChecks.Replacement("replacement preview", Engine(Event(StepKind.Replace, Eks, false, ("oidc.issuerUrl", Kind.UpdateReplace)),
            Event(StepKind.Update, First, false, ("tags.owner", Kind.Update)), Event(StepKind.Create, Second), Event(StepKind.Delete, Eks)), Eks, First, Second);
        var cli = DriftChecks.Replacement("replacement preview", Cli(Step("create-replacement", Eks, ("oidc.issuerUrl", "update-replace")), Step("replace", Eks, ("oidc.issuerUrl", "update-replace")),
            Step("update", First, ("tags.owner", "update")), Step("create", Second), Step("delete-replaced", Eks)), Eks, First, Second);
        Same(engine, cli, passed: false);
        Assert.Equal([true, false, true], engine.Select(c => c.Passed));
    }

    [Fact]
    public void ExpectNoChanges()
    {
        Same(DemoChecks.Converged("up", Engine(Event(StepKind.Same, Eks), Event(StepKind.Same, First), Event(StepKind.Same, Second))),
            DemoChecks.Converged("up", CliDocuments.ParsePreview("{\"changeSummary\": {\"same\": 5}}")), passed: true);
        Same(DemoChecks.Converged("up", Engine(Event(StepKind.Same, Eks), Event(StepKind.Update, First, false, ("tags.owner", Kind.Update)))),
            DemoChecks.Converged("up", Cli(Step("update", First, ("tags.owner", "update")))), passed: false);
    }

    [Fact]
    public void StateAgreesWithTheEmulator()
    {
        var (cli, engine) = State();
        Same(DemoChecks.Agrees("up", engine, Inventory(), 6), DemoChecks.Agrees("up", cli, Inventory(), 6), passed: true);
    }

    [Fact]
    public void StateIdsThatDriftFromTheEmulatorFailInBothModes()
    {
        var (cli, engine) = State();
        var checks = DemoChecks.Agrees("up", engine, Inventory(secondUser: "carol"), 6);
        Same(checks, DemoChecks.Agrees("up", cli, Inventory(secondUser: "carol"), 6), passed: false);
        Assert.Contains("bob", checks[0].Failure, StringComparison.Ordinal);
        Assert.Contains("carol", checks[0].Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void RefreshRecordsTheThreeChangesOutsidePulumi()
    {
        var drifted = State(("\"groupsClaim\": \"groups\"", "\"groupsClaim\": \"roles\""),
            ("instance-user/alice\", \"tags\": { \"owner\": \"platform-team@example.com\" }", "instance-user/alice\", \"tags\": { \"owner\": \"someone-else@example.com\" }"));
        var (cli, engine) = (Drop(drifted.Cli), Drop(drifted.Engine));
        Same(DriftChecks.Refresh(engine, Eks, First, Second), DriftChecks.Refresh(cli, Eks, First, Second), passed: true);
    }

    [Fact]
    public void ARefreshThatMissesDriftFailsInBothModes()
    {
        var (cli, engine) = State();
        var checks = DriftChecks.Refresh(engine, Eks, First, Second);
        Same(checks, DriftChecks.Refresh(cli, Eks, First, Second), passed: false);
        Assert.All(checks, c => Assert.False(c.Passed));
    }

    [Fact]
    public void RefreshRecordsTheRegistrationsAndSubscriptionsTagDrift_AndTheNextPreviewUpdatesThem()
    {
        var names = new[] { Registration, FirstSubscription };
        var (cli, engine) = State(
            ("identity-provider/d-1234567890\", \"product\": \"VISUAL_STUDIO_ENTERPRISE\", \"status\": \"REGISTERED\", \"tags\": { \"owner\": \"platform-team@example.com\" }",
             "identity-provider/d-1234567890\", \"product\": \"VISUAL_STUDIO_ENTERPRISE\", \"status\": \"REGISTERED\", \"tags\": { \"owner\": \"someone-else@example.com\" }"),
            ("product-user/alice\", \"status\": \"SUBSCRIBED\", \"tags\": { \"owner\": \"platform-team@example.com\" }",
             "product-user/alice\", \"status\": \"SUBSCRIBED\", \"tags\": { \"owner\": \"someone-else@example.com\" }"));
        Same(DriftChecks.TagDrift(engine, names), DriftChecks.TagDrift(cli, names), passed: true);
        var (cleanCli, cleanEngine) = State();
        Same(DriftChecks.TagDrift(cleanEngine, names), DriftChecks.TagDrift(cleanCli, names), passed: false);

        Same(DriftChecks.TagsUpdated("replacement preview", Engine([.. names.Select(n => Event(StepKind.Update, n, false, ("tags.owner", Kind.Update)))]), names),
            DriftChecks.TagsUpdated("replacement preview", CliDocuments.ParsePreview(CliDocumentsTests.Fixture("preview-replacement.json")), names), passed: true);
        Same(DriftChecks.TagsUpdated("replacement preview", Engine(Event(StepKind.Replace, Registration, true, ("tags.owner", Kind.UpdateReplace)), Event(StepKind.Same, FirstSubscription)), names),
            DriftChecks.TagsUpdated("replacement preview", Cli(Step("replace", Registration, ("tags.owner", "update-replace"))), names), passed: false);
    }

    private static StackState Drop(StackState state) => new([.. state.Resources.Where(r => r.Name != Second)]);
}
