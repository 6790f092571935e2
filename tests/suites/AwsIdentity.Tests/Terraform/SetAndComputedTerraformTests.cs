using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using TfResource = AwsIdentity.Provider.Terraform.Resources.TerraformResource;
using AwsIdentity.Provider.Terraform.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Terraform;

// Sets and computed inputs through the Terraform front end (schema, codec, validation, plans, apply, refresh, docs), on
// the test-only resource of Support/NetworkedResource.cs.
public sealed class SetAndComputedTerraformTests
{
    private static readonly TfSchema Schema = TerraformSchema.Resource(NetworkedState.Model);

    private static ObjectValue Settings(params string[] subnets) => Obj(("subnets", Strings(subnets)), ("security_group_id", S("sg-1")));

    private static ObjectValue Config(ObjectValue? settings = null) =>
        Obj(("name", S("net")), ("zones", Null), ("settings", settings ?? Null), ("region", Null), ("timeouts", Null));

    private static (TfResource Resource, NetworkedHandler Aws) Resource()
    {
        var handler = new NetworkedHandler();
        return (new TfResource(handler, NetworkedState.Model, () => "us-east-1"), handler);
    }

    /// <summary>Create from <paramref name="config"/> as terraform does: plan, then apply the plan.</summary>
    private static async Task<(TfResource Resource, ObjectValue State)> Created(ObjectValue config)
    {
        var (resource, _) = Resource();
        var plan = resource.Plan(null, config, config, null);
        var applied = await resource.ApplyAsync(null, plan.Planned, plan.Private, CancellationToken.None);
        Assert.Empty(applied.Diagnostics);
        return (resource, applied.State!);
    }

    [Fact]
    public void Schema_SetIsACtySet_ComputedObjectIsAnOptionalComputedNestedAttribute()
    {
        Assert.Empty(TfSchemaRules.Check(Schema));
        var zones = Schema.Block.Attribute("zones")!;
        Assert.Equal("""["set","string"]""", zones.Type!.ToJson());
        Assert.True(zones is { Optional: true, Computed: false });
        var settings = Schema.Block.Attribute("settings")!;
        Assert.True(settings is { Optional: true, Computed: true, Required: false, Type: null });
        Assert.Null(Schema.Block.Block("settings"));
        Assert.Equal(TfNesting.Single, settings.NestedType!.Nesting);
        var subnets = settings.NestedType.Attributes.Single(a => a.Name == "subnets");
        Assert.True(subnets is { Required: true, Computed: false });
        Assert.Equal(TfType.Set(TfType.String), subnets.Type);
        Assert.True(settings.NestedType.Attributes.Single(a => a.Name == "security_group_id") is { Required: true });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Codec_SetValues_RoundTrip(bool json)
    {
        var type = Schema.Block.ImpliedType();
        var state = Config(Settings("subnet-a", "subnet-b")).With("zones", Strings("z1")).With("id", S("net")).With("arn", S("arn:test:net"));
        var bytes = DynamicValueEncoder.Encode(state, type).Expect();
        var decoded = json ? null : DynamicValueDecoder.Decode(bytes, type).Expect();
        if (json) decoded = DynamicValueJson.Decode(System.Text.Encoding.UTF8.GetBytes(
            """{"name":"net","zones":["z1"],"settings":{"subnets":["subnet-a","subnet-b"],"security_group_id":"sg-1"},"id":"net","arn":"arn:test:net","region":null,"timeouts":null}"""),
            type).Expect();
        Assert.Equal(Strings("subnet-a", "subnet-b"), ((ObjectValue)((ObjectValue)decoded!)["settings"]!)["subnets"]);
        Assert.Equal(Strings("z1"), ((ObjectValue)decoded)["zones"]);
    }

    [Fact]
    public void Codec_SetMemberOfTheWrongType_FailsAtTheSet()
    {
        var error = DynamicValueEncoder.Encode(Arr(N(1)), TfType.Set(TfType.String)).Error;
        Assert.NotNull(error);
    }

    [Fact]
    public void Validate_BadSubnet_DiagnosticAtTheSetAttribute()
    {
        var (resource, _) = Resource();
        var diagnostic = Assert.Single(resource.Validate(Config(Settings("subnet-a", "bad"))));
        Assert.Equal(TfPath.Root.Attribute("settings").Attribute("subnets"), diagnostic.Attribute);
    }

    [Fact]
    public void Plan_CreateWithoutSettings_SettingsUnknown()
    {
        var plan = Resource().Resource.Plan(null, Config(), Config(), null);
        Assert.Equal(Unknown, plan.Planned!["settings"]);
        Assert.Equal(Unknown, plan.Planned["arn"]);
    }

    [Fact]
    public async Task Apply_CreateWithoutSettings_StateHoldsWhatAwsChose()
    {
        var (_, state) = await Created(Config());
        Assert.Equal(Obj(("subnets", Strings("subnet-a", "subnet-b")), ("security_group_id", S("sg-aws"))), state["settings"]);
    }

    // For an optional+computed attribute whose configuration is null, terraform proposes the prior value, except that a
    // nested object holding non-computed attributes is proposed null (hashicorp/terraform
    // internal/plans/objchange/objchange.go proposedNewAttributes, optionalValueNotComputable); either way the provider
    // may plan the prior value or unknown (hashicorp/terraform internal/plans/objchange/plan_valid.go assertPlannedValueValid).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Plan_SettingsLeftOutAfterAwsFilledThemIn_IsThePriorObject(bool proposedNull)
    {
        var (resource, state) = await Created(Config());
        var proposed = proposedNull ? state.With("settings", Null) : state;
        var plan = resource.Plan(state, proposed, Config(), null);
        Assert.Equal(state, plan.Planned);
        Assert.Empty(plan.RequiresReplace);
    }

    [Fact]
    public async Task Refresh_AfterAwsFilledIn_StateUnchanged()
    {
        var (resource, state) = await Created(Config());
        var read = await resource.ReadAsync(state, null, CancellationToken.None);
        Assert.Equal(state, read.State);
        Assert.Equal(state, resource.Plan(read.State, read.State!.With("settings", Null), Config(), null).Planned);
    }

    [Fact]
    public async Task Plan_SameSubnetsReordered_IsThePriorObject()
    {
        var (resource, state) = await Created(Config(Settings("subnet-a", "subnet-b")));
        var config = Config(Settings("subnet-b", "subnet-a"));
        Assert.Equal(state, resource.Plan(state, state.With("settings", config["settings"]!), config, null).Planned);
    }

    [Fact]
    public async Task Plan_SettingsChanged_PlansTheConfigurationInPlace()
    {
        var (resource, state) = await Created(Config());
        var config = Config(Settings("subnet-c"));
        var plan = resource.Plan(state, state.With("settings", config["settings"]!), config, null);
        Assert.Equal(config["settings"], plan.Planned!["settings"]);
        Assert.Empty(plan.RequiresReplace);
        Assert.Equal(S("net"), plan.Planned["id"]);
    }

    [Fact]
    public void Docs_SetAndComputedNestedAttribute_Worded()
    {
        var text = AwsIdentity.TerraformDocs.ArgumentList.Arguments(Schema.Block, NetworkedState.Model.Outputs, skip: "timeouts");
        Assert.Contains("* `zones` - (Optional, set of string) Zones, in any order. Changing this forces a new resource.\n", text);
        Assert.Contains("* `settings` - (Optional, object, Computed when unset) Network settings; AWS chooses them when not given.\n", text);
        Assert.Contains("    * `subnets` - (Required, set of string) Subnets, in any order.\n", text);
    }
}
