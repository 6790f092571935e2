using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Resources;
using AwsIdentity.Provider.Terraform.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Terraform;

/// <summary>PlanResourceChange and validation as terraform needs them (TerraformResource.cs), against the real EKS handler.</summary>
public sealed class TerraformResourcePlanTests
{
    private static readonly ObjectValue Config = Tf(Samples.EksInputs());

    private static TerraformResource Resource(string? region = "us-east-1") =>
        new(Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops"))), IdentityProviderConfigModel.Resource, () => region);

    private static ObjectValue Tf(ObjectValue modelInputs) => TfNames.ToTerraform(modelInputs, IdentityProviderConfigModel.Resource.Inputs);

    private static ObjectValue Prior() => TfNames.ToTerraform(Samples.EksOutputs().With("tagsAll", Map(("env", "prod"), ("owner", "ops"), ("team", "platform"))),
            IdentityProviderConfigModel.Resource.Outputs)
        .With("id", S("prod:corp-oidc")).With("region", S("us-east-1")).With("timeouts", PropertyValue.Null);

    [Fact]
    public void Plan_Create_ComputedUnknownTagsAllKnownRegionFromProviderAndAPrivateToken()
    {
        var plan = Resource().Plan(null, Config, Config, null);
        Assert.Equal(Unknown, plan.Planned!["id"]);
        Assert.Equal(Unknown, plan.Planned["arn"]);
        Assert.Equal(S("us-east-1"), plan.Planned["region"]);
        Assert.Equal(Map(("env", "prod"), ("owner", "ops"), ("team", "platform")), plan.Planned["tags_all"]);
        Assert.Empty(plan.RequiresReplace);
        Assert.StartsWith("awsid-", plan.Private);
    }

    [Fact]
    public void Plan_Unchanged_IsThePriorObject()
    {
        var prior = Prior();
        var plan = Resource().Plan(prior, Config, Config, "kept");
        Assert.Equal(prior, plan.Planned);
        Assert.Empty(plan.RequiresReplace);
        Assert.Equal("kept", plan.Private);
    }

    [Fact]
    public void Plan_TagChange_UpdatesInPlaceKeepingComputedValues()
    {
        var config = Tf(Samples.EksInputs().With("tags", Map(("team", "new"))));
        var plan = Resource().Plan(Prior(), config, config, null);
        Assert.Empty(plan.RequiresReplace);
        Assert.Equal(Prior()["arn"], plan.Planned!["arn"]);
        Assert.Equal(S("prod:corp-oidc"), plan.Planned["id"]);
        Assert.Equal(Map(("owner", "ops"), ("team", "new")), plan.Planned["tags_all"]);
    }

    [Fact]
    public void Plan_ClusterChange_ReplacesAtThatAttributeWithUnknownId()
    {
        var config = Tf(Samples.EksInputs().With("clusterName", S("other")));
        var plan = Resource().Plan(Prior(), config, config, null);
        Assert.Equal([TfPath.Root.Attribute("cluster_name")], plan.RequiresReplace);
        Assert.Equal(Unknown, plan.Planned!["id"]);
    }

    [Fact]
    public void Plan_RegionChange_Replaces()
    {
        var config = Config.With("region", S("eu-west-1"));
        var plan = Resource().Plan(Prior(), config, config, null);
        Assert.Contains(TfPath.Root.Attribute("region"), plan.RequiresReplace);
        Assert.Equal(S("eu-west-1"), plan.Planned!["region"]);
    }

    [Fact]
    public void Plan_ProviderMovedToAnotherRegion_ReplacesAtRegion()
    {
        var plan = Resource("eu-west-1").Plan(Prior(), Config, Config, null);
        Assert.Empty(plan.Diagnostics);
        Assert.Equal([TfPath.Root.Attribute("region")], plan.RequiresReplace);
        Assert.Equal(S("eu-west-1"), plan.Planned!["region"]);
        Assert.Equal(Unknown, plan.Planned["id"]);
    }

    [Fact]
    public void Plan_Destroy_PlansNothingAndKeepsThePrivateState() =>
        Assert.Equal(new TfPlan(null, [], "p", []), Resource().Plan(Prior(), null, null, "p"));

    [Fact]
    public void Validate_BadNestedValueAndBadTimeout_AreLocated()
    {
        var oidc = (ObjectValue)Config["oidc"]!;
        var config = Config.With("oidc", oidc.With("issuer_url", S("http://not-https")))
            .With("timeouts", Obj(("create", S("forty minutes"))));
        var diagnostics = Resource().Validate(config);
        Assert.Contains(diagnostics, d => d.Attribute == TfPath.Root.Attribute("oidc").Attribute("issuer_url") && d.Severity == TfSeverity.Error);
        Assert.Contains(diagnostics, d => d.Attribute == TfPath.Root.Attribute("timeouts").Attribute("create") && d.Detail.Contains("\"40m\""));
    }

    [Fact]
    public void Validate_AnotherRegionThanTheProviders_IsAllowed() =>
        Assert.Empty(Resource("us-east-1").Validate(Config.With("region", S("eu-west-1"))));

    [Theory]
    [InlineData("40m", 2400)]
    [InlineData("1h30m", 5400)]
    [InlineData("90s", 90)]
    [InlineData("2.5h", 9000)]
    public void GoDuration_Parses(string text, double seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), GoDuration.Parse(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("40")]
    [InlineData("0s")]
    [InlineData("m40")]
    public void GoDuration_Rejects(string text) => Assert.Null(GoDuration.Parse(text, out _));
}
