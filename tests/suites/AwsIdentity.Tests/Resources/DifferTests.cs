using DiffKind = Pulumirpc.PropertyDiff.Types.Kind;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

public sealed class DifferTests
{
    private static ChangePlan Eks(ObjectValue olds, ObjectValue news, params string[] ignore) =>
        Differ.Diff(IdentityProviderConfigArgs.Shape, olds, Differ.ApplyIgnoreChanges(olds, news, ignore), deleteBeforeReplace: true);

    private static ChangePlan User(ObjectValue olds, ObjectValue news, params string[] ignore) =>
        Differ.Diff(UserAssociationArgs.Shape, olds, Differ.ApplyIgnoreChanges(olds, news, ignore), deleteBeforeReplace: false);

    private static ObjectValue EksWith(string path, PropertyValue? value)
    {
        Assert.True(PropertyPathParser.TryParse(path, out var parsed));
        return (ObjectValue)Samples.EksInputs().WithValueAt(parsed, value);
    }

    private static void AssertNoChanges(ChangePlan diff)
    {
        Assert.False(diff.HasChanges);
        Assert.Empty(diff.Changes.Pulumi());
        Assert.Empty(diff.ReplaceKeys);
        Assert.Empty(diff.ChangedKeys);
        Assert.False(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_IdenticalInputs_NoChanges() => AssertNoChanges(Eks(Samples.EksInputs(), Samples.EksInputs()));

    [Fact]
    public void Diff_SameValueSecretVersusPlain_NoChanges()
    {
        var secretOld = EksWith("oidc.clientId", Secret(S("kubernetes"))).With("tags", Secret(Samples.EksInputs()["tags"]!));
        AssertNoChanges(Eks(secretOld, Samples.EksInputs()));
        AssertNoChanges(Eks(Samples.EksInputs(), secretOld));
    }

    [Fact]
    public void Diff_MapsDecodedInDifferentOrder_NoChanges()
    {
        var a = StructCodec.Decode(StructCodec.Encode(Samples.UserInputs()));
        var reordered = ObjectValue.From(Samples.UserInputs().Fields.Reverse());
        AssertNoChanges(User(a, reordered));
    }

    [Fact]
    public void Diff_NullVersusMissing_NoChanges()
    {
        AssertNoChanges(Eks(EksWith("oidc.groupsClaim", null), EksWith("oidc.groupsClaim", Null)));
        AssertNoChanges(Eks(EksWith("oidc.groupsClaim", Null), EksWith("oidc.groupsClaim", null)));
    }

    [Fact]
    public void Diff_TagAddedRemovedChanged_InPlaceKindsPerKey()
    {
        var olds = Samples.EksInputs().With("tags", Map(("keep", "1"), ("gone", "x"), ("change", "a")));
        var news = Samples.EksInputs().With("tags", Map(("keep", "1"), ("new.key", "y"), ("change", "b")));
        var diff = Eks(olds, news);
        Assert.True(diff.HasChanges);
        Assert.Equal(["tags"], diff.ChangedKeys);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
        Assert.Equal(new Dictionary<string, (DiffKind, bool)>
        {
            ["tags.gone"] = (DiffKind.Delete, true),
            ["tags[\"new.key\"]"] = (DiffKind.Add, true),
            ["tags.change"] = (DiffKind.Update, true),
        }, diff.Changes.Pulumi());
    }

    [Fact]
    public void Diff_WholeTagsAddedOrRemoved_AddOrDeleteAtTop()
    {
        var without = Samples.EksInputs().Without("tags");
        Assert.Equal(DiffKind.Add, Assert.Single(Eks(without, Samples.EksInputs()).Changes.Pulumi()).Value.Kind);
        Assert.Equal("tags", Assert.Single(Eks(Samples.EksInputs(), without).Changes.Pulumi()).Key);
        Assert.Equal(DiffKind.Delete, Assert.Single(Eks(Samples.EksInputs(), without).Changes.Pulumi()).Value.Kind);
    }

    [Fact]
    public void Diff_NestedReplaceProperty_ReplaceKindsAtNestedPaths()
    {
        var olds = EksWith("oidc.groupsPrefix", null);
        var news = (ObjectValue)EksWith("oidc.clientId", S("other")).WithValueAt(Path("oidc", "usernamePrefix"), null);
        var diff = Eks(olds, news);
        Assert.Equal(["oidc"], diff.ReplaceKeys);
        Assert.Equal(["oidc"], diff.ChangedKeys);
        Assert.True(diff.DeleteFirst);
        Assert.Equal(new Dictionary<string, (DiffKind, bool)>
        {
            ["oidc.clientId"] = (DiffKind.UpdateReplace, true),
            ["oidc.groupsPrefix"] = (DiffKind.AddReplace, true),
            ["oidc.usernamePrefix"] = (DiffKind.DeleteReplace, true),
        }, diff.Changes.Pulumi());
    }

    [Fact]
    public void Diff_ListsByPosition_ReorderAndAppendAreChanges()
    {
        const string subnets = "identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainNetworkSettings.subnets";
        Assert.True(PropertyPathParser.TryParse(subnets, out var path));
        var olds = (ObjectValue)Samples.UserInputs().WithValueAt(path, Strings("subnet-aaaaaaaa", "subnet-bbbbbbbb"));
        var swapped = (ObjectValue)olds.WithValueAt(path, Strings("subnet-bbbbbbbb", "subnet-aaaaaaaa"));
        Assert.Equal([$"{subnets}[0]", $"{subnets}[1]"], User(olds, swapped).Changes.Pulumi().Keys.Order(StringComparer.Ordinal));
        var appended = (ObjectValue)olds.WithValueAt(path, Strings("subnet-aaaaaaaa", "subnet-bbbbbbbb", "subnet-cccccccc"));
        var diff = User(olds, appended);
        Assert.Equal((DiffKind.AddReplace, true), Assert.Single(diff.Changes.Pulumi(), kv => kv.Key == $"{subnets}[2]").Value);
        Assert.Single(diff.Changes.Pulumi());
        Assert.Equal(["identityProvider"], diff.ReplaceKeys);
        Assert.Equal((DiffKind.DeleteReplace, true), Assert.Single(User(appended, olds).Changes.Pulumi()).Value);
    }

    [Fact]
    public void Diff_UnknownNewValue_IsChange()
    {
        var top = Assert.Single(Eks(Samples.EksInputs(), Samples.EksInputs().With("clusterName", Unknown)).Changes.Pulumi());
        Assert.Equal("clusterName", top.Key);
        Assert.Equal((DiffKind.UpdateReplace, true), top.Value);
        Assert.Equal(DiffKind.UpdateReplace, Assert.Single(Eks(Samples.EksInputs(), Samples.EksInputs().With("oidc", Unknown)).Changes.Pulumi()).Value.Kind);
        Assert.Equal(DiffKind.Update, Assert.Single(Eks(Samples.EksInputs(), EksWith("tags.team", Unknown)).Changes.Pulumi()).Value.Kind);
        Assert.Equal(DiffKind.AddReplace, Assert.Single(Eks(EksWith("oidc.groupsClaim", null), EksWith("oidc.groupsClaim", Unknown)).Changes.Pulumi()).Value.Kind);
    }

    [Fact]
    public void Diff_IgnoreChangesTopLevel_SuppressesThatProperty()
    {
        var news = Samples.EksInputs().With("tags", Map(("other", "x"))).With("clusterName", S("new"));
        var diff = Eks(Samples.EksInputs(), news, "tags");
        Assert.Equal(["clusterName"], diff.Changes.Pulumi().Keys);
        AssertNoChanges(Eks(Samples.EksInputs(), news, "tags", "clusterName"));
    }

    [Fact]
    public void Diff_IgnoreChangesNested_SuppressesOnlyThatPath()
    {
        var news = (ObjectValue)EksWith("oidc.clientId", S("other")).WithValueAt(Path("oidc", "groupsClaim"), S("roles"))
            .WithValueAt(Path("oidc", "requiredClaims", "https://example.com/tier"), S("silver"));
        var diff = Eks(Samples.EksInputs(), news, "oidc.clientId", "oidc.requiredClaims[\"https://example.com/tier\"]");
        Assert.Equal(["oidc.groupsClaim"], diff.Changes.Pulumi().Keys);
        Assert.Equal(["oidc"], diff.ReplaceKeys);
    }

    [Fact]
    public void Diff_IgnoreChangesOnRemovedProperty_KeepsOldValue() =>
        AssertNoChanges(Eks(Samples.EksInputs(), Samples.EksInputs().Without("tags"), "tags"));

    [Fact]
    public void Diff_IgnoreChangesOnPropertyAbsentInOld_DropsNewValue() =>
        AssertNoChanges(Eks(EksWith("oidc.groupsClaim", null), Samples.EksInputs(), "oidc.groupsClaim"));

    [Fact]
    public void Diff_ComputedValue_NonInputDiffWithoutReplace()
    {
        var diff = Differ.Diff(IdentityProviderConfigArgs.Shape, Samples.EksInputs(), Samples.EksInputs(), true,
            [("tagsAll", Map(("a", "1")), Map(("a", "2")))]);
        Assert.True(diff.HasChanges);
        Assert.Equal(["tagsAll"], diff.ChangedKeys);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
        Assert.Equal((DiffKind.Update, false), diff.Changes.Pulumi()["tagsAll.a"]);
    }
}
