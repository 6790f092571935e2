using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

/// <summary>Sets (Kinds.SetOf) and computed inputs (RecordShape.Property computed: true) in the core's diff and plans, on the
/// test-only resource of Support/NetworkedResource.cs.</summary>
public sealed class SetAndComputedPlanTests
{
    private static ObjectValue Settings(params string[] subnets) => Obj(("subnets", Strings(subnets)), ("securityGroupId", S("sg-1")));

    private static ObjectValue Inputs(ObjectValue? settings = null, ArrayValue? zones = null)
    {
        var inputs = Obj(("name", S("net")));
        if (zones is not null) inputs = inputs.With("zones", zones);
        return settings is null ? inputs : inputs.With("settings", settings);
    }

    private static ObjectValue Outputs(ObjectValue inputs) =>
        inputs.With("settings", inputs["settings"] ?? Settings("subnet-a", "subnet-b")).With("arn", S("arn:test:net"));

    private static ChangePlan Diff(ObjectValue olds, ObjectValue news) =>
        Differ.Diff(NetworkedArgs.Shape, olds, news, deleteBeforeReplace: false);

    private static ChangePlan Plan(ObjectValue olds, ObjectValue news) =>
        new NetworkedHandler().PlanChange(new PlanRequest("net", Outputs(olds), olds, news));

    [Fact]
    public void Diff_SetReorderedOrDuplicated_NoChange()
    {
        Assert.False(Diff(Inputs(Settings("subnet-a", "subnet-b")), Inputs(Settings("subnet-b", "subnet-a", "subnet-b"))).HasChanges);
        Assert.False(Diff(Inputs(zones: Strings("z1", "z2")), Inputs(zones: Strings("z2", "z1"))).HasChanges);
    }

    [Fact]
    public void Diff_SetMemberAdded_OneUpdateAtTheSet()
    {
        var diff = Diff(Inputs(Settings("subnet-a", "subnet-b")), Inputs(Settings("subnet-c", "subnet-b", "subnet-a")));
        Assert.Equal(["settings"], diff.ChangedKeys);
        Assert.Equal(["settings.subnets"], diff.Changes.Keys);
        Assert.Equal(ChangeKind.Update, diff.Changes["settings.subnets"].Kind);
        Assert.False(diff.Replaces);
    }

    [Fact]
    public void Diff_ReplacingSetChanged_Replaces() =>
        Assert.Equal(["zones"], Diff(Inputs(zones: Strings("z1", "z2")), Inputs(zones: Strings("z2", "z3"))).ReplaceKeys);

    [Fact]
    public void Diff_SetWithUnknownMember_IsAChange() =>
        Assert.True(Diff(Inputs(zones: Strings("z1")), Inputs(zones: Arr(Unknown))).HasChanges);

    [Fact]
    public void Diff_SecretSetSameMembers_NoChange() =>
        Assert.False(Diff(Inputs(zones: Strings("z1", "z2")), Inputs(zones: Arr(Secret(S("z2")), S("z1")))).HasChanges);

    [Fact]
    public void Diff_ComputedInputLeftOut_NoChange()
    {
        Assert.False(Diff(Inputs(Settings("subnet-a")), Inputs()).HasChanges);
        Assert.False(Diff(Inputs(Settings("subnet-a")), Inputs().With("settings", Null)).HasChanges);
    }

    [Fact]
    public void Diff_ComputedInputGiven_ComparedLikeAnyInput()
    {
        Assert.Equal(["settings.securityGroupId"],
            Diff(Inputs(Settings("subnet-a")), Inputs(Settings("subnet-a").With("securityGroupId", S("sg-2")))).Changes.Keys);
        Assert.Equal(ChangeKind.Add, Diff(Inputs(), Inputs(Settings("subnet-a"))).Changes["settings"].Kind);
    }

    [Fact]
    public void PlanChange_ReorderedSubnets_NoChange() =>
        Assert.False(Plan(Inputs(Settings("subnet-a", "subnet-b")), Inputs(Settings("subnet-b", "subnet-a"))).HasChanges);

    [Fact]
    public void PlanChange_SettingsLeftOutAfterAwsFilledThemIn_NoChangeNoReplacement()
    {
        var plan = Plan(Outputs(Inputs()).Without("arn"), Inputs());
        Assert.False(plan.HasChanges);
        Assert.False(plan.Replaces);
    }

    [Fact]
    public void PlanCreate_ComputedInputLeftOut_PlannedUnknown()
    {
        var outputs = new NetworkedHandler().PlanCreate(Inputs()).Outputs;
        Assert.Equal(Unknown, outputs["settings"]);
        Assert.Equal(Unknown, outputs["arn"]);
    }

    [Fact]
    public void PlanCreate_ComputedInputGiven_PlannedAsGiven() =>
        Assert.Equal(Settings("subnet-b", "subnet-a"), new NetworkedHandler().PlanCreate(Inputs(Settings("subnet-b", "subnet-a"))).Outputs["settings"]);

    [Fact]
    public void PlanUpdate_ComputedInputLeftOut_KeepsThePriorValue()
    {
        var old = Outputs(Inputs(zones: Strings("z1")));
        var planned = new NetworkedHandler().PlanUpdate(new UpdateRequest("net", null, old, Inputs(zones: Strings("z1")), Inputs(zones: Strings("z2")), null));
        Assert.Equal(old["settings"], planned["settings"]);
        Assert.Equal(S("arn:test:net"), planned["arn"]);
        Assert.Equal(Strings("z2"), planned["zones"]);
    }

    [Fact]
    public void PlanUpdate_ComputedInputGiven_PlannedAsGiven()
    {
        var old = Outputs(Inputs());
        var planned = new NetworkedHandler().PlanUpdate(new UpdateRequest("net", null, old, Inputs(), Inputs(Settings("subnet-c")), null));
        Assert.Equal(Settings("subnet-c"), planned["settings"]);
    }

    [Fact]
    public async Task Read_AwsAnswersTheSetInItsOwnOrder_KeepsTheProgramsForm()
    {
        var handler = new NetworkedHandler();
        var given = Inputs(Settings("subnet-b", "subnet-a"));
        var created = await handler.CreateAsync(new CreateRequest(null, given, null), CancellationToken.None);
        Assert.Equal(Strings("subnet-a", "subnet-b"), ((ObjectValue)created.Outputs["settings"]!)["subnets"]);
        var read = await handler.ReadAsync(new ReadRequest("net", null, created.Outputs, given), CancellationToken.None);
        Assert.Equal(given, read.Inputs);
    }

    [Fact]
    public async Task Read_ComputedInputNeverGiven_ReportsAwsValueAndTheNextPlanHasNoChange()
    {
        var handler = new NetworkedHandler();
        var created = await handler.CreateAsync(new CreateRequest(null, Inputs(), null), CancellationToken.None);
        var read = await handler.ReadAsync(new ReadRequest("net", null, created.Outputs, Inputs()), CancellationToken.None);
        Assert.Equal(Settings("subnet-a", "subnet-b").With("securityGroupId", S("sg-aws")), read.Inputs!["settings"]);
        Assert.False(handler.PlanChange(new PlanRequest("net", read.Outputs!, read.Inputs!, Inputs())).HasChanges);
    }
}
