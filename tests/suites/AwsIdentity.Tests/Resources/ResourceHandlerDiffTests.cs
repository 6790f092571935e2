using DiffKind = Pulumirpc.PropertyDiff.Types.Kind;
using AwsIdentity.Core.Config;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Resources;

public sealed class ResourceHandlerDiffTests
{
    private const string Directory = "identityProvider.activeDirectoryIdentityProvider.directoryId";
    private const string DomainName = "identityProvider.activeDirectoryIdentityProvider.activeDirectorySettings.domainName";

    private static DiffRequest Request(ObjectValue oldOutputs, ObjectValue oldInputs, ObjectValue news, params string[] ignore) =>
        new("id", "urn:pulumi:dev::p::t::n", oldOutputs, oldInputs, news, ignore);

    private static ObjectValue Set(ObjectValue value, string path, PropertyValue? v)
    {
        Assert.True(PropertyPathParser.TryParse(path, out var parsed));
        return (ObjectValue)value.WithValueAt(parsed, v);
    }

    [Fact]
    public void Diff_UnchangedWithMatchingTagsAll_NoChanges()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags());
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Samples.EksInputs()));
        Assert.False(diff.HasChanges);
        Assert.Empty(diff.Changes.Pulumi());
    }

    [Fact]
    public void Diff_NoOldInputs_UsesInputsOfOldOutputs()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags());
        Assert.False(handler.Diff(Request(Samples.EksOutputs(), ObjectValue.Empty, Samples.EksInputs())).HasChanges);
        var diff = handler.Diff(Request(Samples.EksOutputs(), ObjectValue.Empty, Samples.EksInputs().With("clusterName", S("other"))));
        Assert.Equal(["clusterName"], diff.ReplaceKeys);
    }

    [Fact]
    public void Diff_ProviderDefaultTagsChanged_TagsAllIsNonInputUpdate()
    {
        var handler = Handlers.Eks(Handlers.WithDefaultTags(("owner", "ops"), ("team", "ignored")));
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Samples.EksInputs()));
        Assert.True(diff.HasChanges);
        Assert.Equal(["tagsAll"], diff.ChangedKeys);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
        Assert.Equal(new Dictionary<string, (DiffKind, bool)> { ["tagsAll.owner"] = (DiffKind.Add, false) }, diff.Changes.Pulumi());
    }

    [Fact]
    public void Diff_ProviderDefaultTagRemoved_TagsAllDelete()
    {
        var handler = Handlers.User(Handlers.WithDefaultTags());
        var oldOutputs = Samples.UserOutputs().With("tagsAll", Map(("team", "desktops"), ("owner", "ops")));
        var diff = handler.Diff(Request(oldOutputs, Samples.UserInputs(), Samples.UserInputs()));
        Assert.Equal((DiffKind.Delete, false), Assert.Single(diff.Changes.Pulumi(), kv => kv.Key == "tagsAll.owner").Value);
    }

    [Fact]
    public void Diff_UnknownTags_TagsAllChangesToo()
    {
        var handler = Handlers.Eks();
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Samples.EksInputs().With("tags", Unknown)));
        Assert.Equal(["tags", "tagsAll"], diff.ChangedKeys);
        Assert.Equal(DiffKind.Update, diff.Changes.Pulumi()["tagsAll"].Kind);
    }

    [Fact]
    public void Diff_EksReplace_DeleteBeforeReplace()
    {
        var handler = Handlers.Eks();
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Set(Samples.EksInputs(), "oidc.issuerUrl", S("https://other.example.com"))));
        Assert.Equal(["oidc"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
        Assert.True(handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Samples.EksInputs().With("clusterName", S("c2")))).DeleteFirst);
    }

    [Fact]
    public void Diff_EksTagsOnly_NoDeleteBeforeReplace()
    {
        var handler = Handlers.Eks();
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), Samples.EksInputs().With("tags", Map(("a", "b")))));
        Assert.True(diff.HasChanges);
        Assert.Empty(diff.ReplaceKeys);
        Assert.False(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_UserAssociationReplaceWithSameIdentity_DeleteBeforeReplace()
    {
        var handler = Handlers.User();
        var diff = handler.Diff(Request(Samples.UserOutputs(), Samples.UserInputs(), Set(Samples.UserInputs(), DomainName, S("other.example.com"))));
        Assert.Equal(["identityProvider"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_UserAssociationIdentitySecretOnOneSide_StillSameIdentity()
    {
        var handler = Handlers.User();
        var news = Set(Samples.UserInputs(), DomainName, S("other.example.com")).With("username", Secret(S("alice")));
        Assert.True(handler.Diff(Request(Samples.UserOutputs(), Samples.UserInputs(), news)).DeleteFirst);
    }

    [Theory]
    [InlineData("username", "bob")]
    [InlineData("instanceId", "i-0123abcd")]
    [InlineData(Directory, "d-0987654321")]
    [InlineData("domain", "other.example.com")]
    public void Diff_UserAssociationIdentityChanged_StillDeletesFirst(string path, string value)
    {
        // A preview that saw this value unknown planned delete first; up must match it (UserAssociationIdentity.cs).
        var handler = Handlers.User();
        var diff = handler.Diff(Request(Samples.UserOutputs(), Samples.UserInputs(), Set(Samples.UserInputs(), path, S(value))));
        Assert.NotEmpty(diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_UserAssociationDomainRemoved_DeleteBeforeReplace()
    {
        // Without a domain AWS takes the directory's, which may be the old one: the same association (issue 11 §2.5).
        var handler = Handlers.User();
        var diff = handler.Diff(Request(Samples.UserOutputs(), Samples.UserInputs(), Samples.UserInputs().Without("domain")));
        Assert.Equal(["domain"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_UserAssociationIgnoredUsernameChangeWithOtherReplace_DeleteBeforeReplace()
    {
        // ignoreChanges keeps the old username, so the replacement re-associates the same user: it must delete first.
        var handler = Handlers.User();
        var news = Set(Samples.UserInputs(), DomainName, S("other.example.com")).With("username", S("bob"));
        var diff = handler.Diff(Request(Samples.UserOutputs(), Samples.UserInputs(), news, "username"));
        Assert.Equal(["identityProvider"], diff.ReplaceKeys);
        Assert.True(diff.DeleteFirst);
    }

    [Fact]
    public void Diff_IgnoreChangesOnTags_TagsAllFollowsEffectiveTags()
    {
        // With tags ignored the effective tags stay the old ones, so tagsAll must not change either.
        var handler = Handlers.Eks();
        var news = Samples.EksInputs().With("tags", Map(("other", "x")));
        var diff = handler.Diff(Request(Samples.EksOutputs(), Samples.EksInputs(), news, "tags"));
        Assert.False(diff.HasChanges, string.Join(", ", diff.Changes.Pulumi().Keys));
    }
}
