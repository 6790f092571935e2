using System.Text.Json;
using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using AwsIdentity.Tests.Repository;

namespace AwsIdentity.Tests.Terraform;

public sealed class TerraformSchemaTests
{
    private const string Eks = "awsidentity_eks_identity_provider_config";
    private const string User = "awsidentity_licensemanager_user_association";
    private const string Registration = "awsidentity_licensemanager_identity_provider_registration";
    private const string Subscription = "awsidentity_licensemanager_product_subscription";

    private static TfBlock Resource(string name) => TerraformSchema.Resources()[name].Block;

    private static TfNestedBlock BlockAt(TfBlock block, params string[] names) =>
        names.Skip(1).Aggregate(block.Block(names[0])!, (b, n) => b.Block.Block(n)!);

    [Fact]
    public void TypeNames_FromTheTokens() => Assert.Equal([Eks, Registration, Subscription, User], TerraformSchema.Resources().Keys);

    [Fact]
    public void ProductSubscription_InputsRequiredOrOptional_OutputsComputed()
    {
        var block = Resource(Subscription);
        Assert.All(new[] { "username", "product" }, a => Assert.True(block.Attribute(a)!.Required));
        Assert.All(new[] { "domain", "tags" }, a => Assert.True(block.Attribute(a)!.Optional));
        Assert.All(new[] { "product_user_arn", "status", "status_message", "subscription_start_date", "subscription_end_date", "tags_all" },
            a => Assert.True(block.Attribute(a)!.Computed));
        Assert.Equal(1, BlockAt(block, "identity_provider").MinItems);
    }

    [Fact]
    public void EverySchema_PassesTerraformsRules()
    {
        var problems = TfSchemaRules.Check(TerraformSchema.Provider())
            .Concat(TerraformSchema.Resources().Values.SelectMany(TfSchemaRules.Check)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Rules_CatchBrokenSchemas()
    {
        var broken = new TfSchema(0, new TfBlock("", [
                new TfAttribute("Bad-Name", "") { Type = TfType.String, Optional = true },
                new TfAttribute("both", "") { Type = TfType.String, Required = true, Computed = true },
                new TfAttribute("none", "") { Type = TfType.String },
                new TfAttribute("clash", "") { Type = TfType.String, Optional = true }],
            [new TfNestedBlock("clash", TfNesting.Single, new TfBlock("", [], []), 0, 1),
             new TfNestedBlock("two", TfNesting.Single, new TfBlock("", [], []), 2, 2)]));
        var problems = TfSchemaRules.Check(broken);
        Assert.Equal([
            "Bad-Name: name \"Bad-Name\" is not ^[a-z0-9_]+$", "both: required with optional or computed",
            "none: none of required, optional, computed", "clash: both an attribute and a block",
            "clash: a single block's min_items and max_items must match", "two: a single block has min_items and max_items 0 or 1", "clash: declared twice"], problems);
    }

    [Fact]
    public void EksResource_UserObjectsAreBlocks_OutputsComputed()
    {
        var block = Resource(Eks);
        var oidc = block.Block("oidc")!;
        Assert.Equal((TfNesting.Single, 1, 1), (oidc.Nesting, oidc.MinItems, oidc.MaxItems));
        Assert.True(oidc.Block.Attribute("client_id")!.Required);
        Assert.True(oidc.Block.Attribute("username_claim")!.Optional);
        Assert.Equal(TfType.Map(TfType.String), oidc.Block.Attribute("required_claims")!.Type);
        Assert.True(block.Attribute("cluster_name")!.Required);
        Assert.True(block.Attribute("tags")!.Optional);
        Assert.Equal((true, false), (block.Attribute("tags_all")!.Computed, block.Attribute("tags_all")!.Optional));
        Assert.Equal((true, false), (block.Attribute("arn")!.Computed, block.Attribute("arn")!.Optional));
        Assert.Equal((true, false), (block.Attribute("id")!.Computed, block.Attribute("id")!.Optional));
        Assert.Equal((true, true), (block.Attribute("region")!.Computed, block.Attribute("region")!.Optional));
    }

    [Fact]
    public void UserResource_NestedUserObjects_AreSingleBlocks()
    {
        var block = Resource(User);
        Assert.Equal(1, BlockAt(block, "identity_provider").MinItems);
        Assert.Equal(1, BlockAt(block, "identity_provider", "active_directory_identity_provider").MinItems);
        var settings = BlockAt(block, "identity_provider", "active_directory_identity_provider", "active_directory_settings");
        Assert.Equal((TfNesting.Single, 0, 0), (settings.Nesting, settings.MinItems, settings.MaxItems));
        Assert.Equal(TfType.List(TfType.String), settings.Block.Attribute("domain_ipv4_list")!.Type);
        Assert.NotNull(settings.Block.Block("domain_credentials_provider")!.Block.Block("secrets_manager_credentials_provider"));
    }

    [Fact]
    public void Timeouts_OptionalDurations_WithTheModelsDefaults()
    {
        var timeouts = Resource(Eks).Block("timeouts")!;
        Assert.Equal((TfNesting.Single, 0, 0), (timeouts.Nesting, timeouts.MinItems, timeouts.MaxItems));
        Assert.Equal(["create", "update", "delete"], timeouts.Block.Attributes.Select(a => a.Name));
        Assert.All(timeouts.Block.Attributes, a => Assert.True(a.Optional && a.Type == TfType.String));
        Assert.Contains("\"40m\"", timeouts.Block.Attribute("create")!.Description);
        Assert.Contains("\"20m\"", Resource(User).Block("timeouts")!.Block.Attribute("delete")!.Description);
    }

    [Fact]
    public void Id_DescribesTheFormInTerraformNames() =>
        Assert.Contains("<cluster_name>:<identity_provider_config_name>", Resource(Eks).Attribute("id")!.Description);

    [Fact]
    public void Provider_SecretsSensitive_ObjectsAreBlocks()
    {
        var block = TerraformSchema.Provider().Block;
        Assert.Equal(["region", "profile", "access_key", "secret_key", "token", "max_retries", "skip_credentials_validation"],
            block.Attributes.Select(a => a.Name));
        Assert.All(block.Attributes, a => Assert.True(a.Optional && !a.Required && !a.Computed));
        Assert.Equal(["access_key", "secret_key", "token"], block.Attributes.Where(a => a.Sensitive).Select(a => a.Name));
        Assert.Equal(TfType.Number, block.Attribute("max_retries")!.Type);
        Assert.Equal(TfType.Bool, block.Attribute("skip_credentials_validation")!.Type);
        Assert.Equal(["eks", "license_manager_user_subscriptions"], block.Block("endpoints")!.Block.Attributes.Select(a => a.Name));
        Assert.Equal(TfType.Map(TfType.String), block.Block("default_tags")!.Block.Attribute("tags")!.Type);
    }

    [Fact]
    public void ImpliedType_HasEveryAttributeAndBlock()
    {
        var type = Resource(Eks).ImpliedType();
        Assert.Equal(["arn", "cluster_name", "id", "oidc", "region", "status", "tags", "tags_all", "timeouts"], type.Attributes.Keys);
        Assert.IsType<TfObject>(type.Attributes["oidc"]);
    }

    private sealed record Live
    {
        public string? State { get; init; }

        public static readonly RecordShape<Live> Shape = new RecordShape<Live>("t:m:Live", "What AWS reports.")
            .Property("state", Kinds.String, r => r.State, (r, v) => r with { State = v }, "A state.");
    }

    private sealed record Thing
    {
        public string? Name { get; init; }
        public Live? Status { get; init; }

        public static readonly RecordShape<Thing> Inputs = new RecordShape<Thing>("t:m:Thing", "In.")
            .Property("name", Kinds.String, r => r.Name, (r, v) => r with { Name = v }, "Name.", required: true);

        public static readonly RecordShape<Thing> Outputs = new RecordShape<Thing>("t:m:Thing", "Out.")
            .Include(Inputs, r => r, (_, v) => v)
            .Property("liveStatus", Live.Shape, r => r.Status, (r, v) => r with { Status = v }, "Reported.");
    }

    [Fact]
    public void ComputedObjects_BecomeNestedAttributes()
    {
        var schema = TerraformSchema.Resource(new ResourceModel
        {
            Inputs = Thing.Inputs, Outputs = Thing.Outputs, DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromSeconds(90)),
            Id = new ImportId([new("name")], "x"), Notes = "",
        });
        var live = schema.Block.Attribute("live_status")!;
        Assert.Null(schema.Block.Block("live_status"));
        Assert.Equal((TfNesting.Single, true, false), (live.NestedType!.Nesting, live.Computed, live.Optional));
        Assert.True(live.NestedType.Attributes.Single().Computed);
        Assert.Contains("\"90s\"", schema.Block.Block("timeouts")!.Block.Attribute("create")!.Description);
        Assert.Empty(TfSchemaRules.Check(schema));
    }

    /// <summary>The whole schema as the CLI would print it; a change shows in review. To accept one, run with
    /// AWSIDENTITY_UPDATE_SNAPSHOTS=1 and commit the fixture.</summary>
    [Fact]
    public void Snapshot_MatchesTheFixture()
    {
        var path = Path.Combine(CommentCitationTests.RepositoryRoot(), "tests/suites/AwsIdentity.Tests/Terraform/Fixtures/terraform-schema.json");
        var text = TfSchemaJson.Write(TerraformSchema.Provider(), TerraformSchema.Resources());
        using (JsonDocument.Parse(text)) { }
        if (Environment.GetEnvironmentVariable("AWSIDENTITY_UPDATE_SNAPSHOTS") == "1") File.WriteAllText(path, text);
        Assert.True(File.Exists(path), $"missing {path}: run once with AWSIDENTITY_UPDATE_SNAPSHOTS=1");
        Assert.Equal(File.ReadAllText(path), text);
    }
}
