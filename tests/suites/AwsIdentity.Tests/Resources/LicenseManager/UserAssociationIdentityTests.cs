using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.LmusScenario;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources.LicenseManager;

/// <summary>Issue 11 §2.1, §2.5, §2.9: names that ignore case, the replacement order, and what a refresh keeps.</summary>
public sealed class UserAssociationIdentityTests
{
    private const string Directory = "identityProvider.activeDirectoryIdentityProvider.directoryId";
    private const string DomainName = "identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainName";
    private const string Ipv4 = "identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainIpv4List";
    private const string Shared = "identityProvider.activeDirectoryIdentityProvider.isSharedActiveDirectory";

    private static ObjectValue Set(ObjectValue value, string path, PropertyValue? v)
    {
        Assert.True(PropertyPathParser.TryParse(path, out var parsed));
        return (ObjectValue)value.WithValueAt(parsed, v);
    }

    private static ChangePlan Diff(ObjectValue news) =>
        Handlers.User().Diff(new DiffRequest("id", "urn:pulumi:dev::p::t::n", Samples.UserOutputs(), Samples.UserInputs(), news, []));

    [Theory]
    [InlineData("username", "Alice")]
    [InlineData("domain", "CORP.example.com")]
    [InlineData(DomainName, "Corp.Example.COM")]
    public void Diff_CaseOnlyChangeOfAName_IsNoChange(string path, string value) =>
        Assert.False(Diff(Set(Samples.UserInputs(), path, S(value))).HasChanges);

    [Fact]
    public void Diff_IsSharedActiveDirectoryFalseLeftOut_IsNoChange_ButTrueIs()
    {
        Assert.False(Diff(Set(Samples.UserInputs(), Shared, null)).HasChanges);
        Assert.True(Diff(Set(Samples.UserInputs(), Shared, B(true))).HasChanges);
    }

    [Fact]
    public void Diff_CaseChangeWithAnotherReplacement_DeletesFirst()
    {
        var diff = Diff(Set(Samples.UserInputs(), Ipv4, Strings("10.0.2.10")).With("username", S("ALICE")));
        Assert.Equal(["identityProvider"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Theory]
    [InlineData("username")]
    [InlineData("instanceId")]
    [InlineData("domain")]
    [InlineData(Directory)]
    [InlineData("identityProvider")]
    public void Diff_UnknownIdentityInPreview_DeletesFirst_AsUpDoesForTheSameUser(string path)
    {
        var diff = Diff(Set(Set(Samples.UserInputs(), Ipv4, Strings("10.0.2.10")), path, Unknown));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
        Assert.True(Diff(Set(Set(Samples.UserInputs(), Ipv4, Strings("10.0.2.10")), path, Secret(Unknown))).DeleteFirst);
    }

    [Fact]
    public void Diff_DomainAddedOrRemoved_IsAReplacement_ThatDeletesFirst()
    {
        // AWS fills in the directory's domain when none is given, so the two may be one association.
        var removed = Diff(Samples.UserInputs().Without("domain"));
        Assert.Equal(["domain"], removed.ReplaceKeys);
        Assert.True(removed.DeleteFirst);
    }

    [Fact]
    public void Diff_AnotherUserKnownInUp_DeletesFirst_AsItsPreviewPlanned()
    {
        var diff = Diff(Samples.UserInputs().With("username", S("bob")));
        Assert.Equal(["username"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public async Task ReadAsync_Refresh_KeepsTheProgramsCaseAndLeavesOutWhatAwsFilledIn()
    {
        var s = new LmusScenario();
        var live = Summary("ASSOCIATED", user: "alice", domain: "corp.example.com");
        live.IdentityProvider!.ActiveDirectoryIdentityProvider!.IsSharedActiveDirectory = false;
        s.Lists(Page(null, live)).Tags(null);
        var program = Inputs(user: "Alice", domain: null);

        var result = await s.Read($"{Instance}:{DirectoryId}:Alice", Outputs(program, Map()), program);

        Assert.Equal(program, result.Inputs);
        Assert.Equal(S("alice"), result.Outputs!["username"]); // the outputs say what AWS says
        Assert.Equal(S("corp.example.com"), result.Outputs["domain"]);
    }

    [Fact]
    public async Task ReadAsync_Refresh_AnotherValueAtAws_IsReadAsDrift()
    {
        var s = new LmusScenario();
        s.Lists(Page(null, Summary("ASSOCIATED", user: "alice"))).Tags(null);
        var program = Inputs(idp: Obj(("activeDirectoryIdentityProvider", Obj(("directoryId", S(DirectoryId)), ("activeDirectoryType", S("AWS_MANAGED"))))));

        var result = await s.Read(Id, Outputs(program, Map()), program);

        Assert.Equal(S("SELF_MANAGED"), result.Inputs!.At(Path("identityProvider", "activeDirectoryIdentityProvider", "activeDirectoryType")));
    }
}
