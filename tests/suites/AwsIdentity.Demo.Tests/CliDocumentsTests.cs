namespace AwsIdentity.Demo.Tests;

/// <summary>Parsing the CLI's documents, from fixtures shaped as pkg/display/json.go PreviewDigest and apitype.UntypedDeployment.</summary>
public sealed class CliDocumentsTests
{
    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void APreviewsStepsAreTheProgramsResourcesWithoutStackOrProvider()
    {
        var plan = CliDocuments.ParsePreview(Fixture("preview-create.json"));
        Assert.Equal(["corpSso: create", "directoryRegistration: create", "firstUserSubscription: create", "secondUserSubscription: create",
            "firstUserAssociation: create", "secondUserAssociation: create"], plan.Steps.Select(s => s.ToString()));
        Assert.Equal("awsidentity:eks:IdentityProviderConfig", plan.Steps[0].Type);
        Assert.Empty(plan.Steps[0].DetailedDiff); // "detailedDiff": null
        Assert.Equal("6 create", plan.Summary());
        Assert.Equal(8, CliDocuments.ChangeSummary(Fixture("preview-create.json"))["create"]);
    }

    [Fact]
    public void AReplacementKeepsItsStepOrderReasonsAndDiffKinds()
    {
        var plan = CliDocuments.ParsePreview(Fixture("preview-replacement.json"));
        Assert.Equal(["delete-replaced", "replace", "create-replacement"], plan.Of("corpSso").Select(s => s.Op));
        var replace = plan.Of("corpSso")[1];
        Assert.Equal(["oidc"], replace.ReplaceReasons);
        Assert.Equal("update-replace", replace.DetailedDiff["oidc.issuerUrl"]);
        Assert.Equal("update", plan.Of("firstUserAssociation").Single().DetailedDiff["tags.owner"]);
        Assert.Equal("update", plan.Of("firstUserSubscription").Single().Op);
        Assert.Equal("1 create, 1 replace, 3 update", plan.Summary());
    }

    [Fact]
    public void AnExportHoldsTheCustomResourcesWithIdsAndOutputs()
    {
        var state = CliDocuments.ParseExport(Fixture("stack-export.json"));
        Assert.Equal(["corpSso", "directoryRegistration", "firstUserSubscription", "secondUserSubscription", "firstUserAssociation", "secondUserAssociation"],
            state.Resources.Select(r => r.Name));
        Assert.Equal("d-1234567890:VISUAL_STUDIO_ENTERPRISE:bob:corp.example.com", state.Named("secondUserSubscription")!.Id);
        Assert.Equal("demo:corp-sso", state.Named("corp")!.Id);
        Assert.Equal("groups", state.Named("corp")!.Outputs["oidc"]!["groupsClaim"]!.GetValue<string>());
        Assert.Equal("i-0123456789abcdef0:d-1234567890:bob:corp.example.com", state.Named("secondUserAssociation")!.Id);
    }

    [Fact]
    public void PendingDeletesAreNotInTheStack()
    {
        var json = Fixture("stack-export.json").Replace("\"id\": \"demo:corp-sso\",", "\"id\": \"demo:corp-sso\", \"delete\": true,", StringComparison.Ordinal);
        Assert.Null(CliDocuments.ParseExport(json).Named("corp"));
    }

    [Theory]
    [InlineData("warning: something went wrong", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("{\"version\": 2, \"deployment\": {}}", "deployment version 2")]
    public void WhatIsNotAnExportIsRefused(string text, string message) =>
        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => CliDocuments.ParseExport(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("{\"version\": 3, \"deployment\": null}")]
    [InlineData("{\"version\": 3}")]
    [InlineData("{\"version\": 3, \"deployment\": {\"manifest\": {\"version\": \"v3.190.0\"}}}")]
    public void AStackNeverUpdatedOrDestroyedHasNoResources(string json) => Assert.Empty(CliDocuments.ParseExport(json).Resources);

    [Fact]
    public void AnEmptyPreviewHasNoChanges()
    {
        var plan = CliDocuments.ParsePreview("{\"changeSummary\": {\"same\": 5}, \"duration\": 1000}");
        Assert.Empty(plan.Changes);
        Assert.Equal("no changes", plan.Summary());
    }
}
