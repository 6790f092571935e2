using System.Text.Json.Nodes;
using AwsIdentity.ProtocolTests.Harness;
using AwsIdentity.Harness;
using Pulumirpc;
using static Pulumirpc.DiffResponse.Types;
using Kind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.ProtocolTests;

/// <summary>Diff of both resources, with the DiffResponse invariants of ARCHITECTURE.md "RPC contract" checked on every answer.</summary>
public sealed class DiffTests(ProviderFixture fixture) : IClassFixture<ProviderFixture>
{
    private async Task<DiffResponse> Diff(string type, JsonObject oldInputs, JsonObject news, params string[] ignoreChanges)
    {
        var r = await fixture.Client.DiffAsync(Requests.Diff(type, Fixtures.StateOf(type, oldInputs), news, oldInputs, ignoreChanges));
        AssertInvariants(r);
        return r;
    }

    /// <summary>Diff of <paramref name="type"/> from <paramref name="olds"/> (state <paramref name="state"/>) to <paramref name="news"/>, invariants checked.</summary>
    internal static async Task<DiffResponse> CheckedDiff(ResourceProvider.ResourceProviderClient client, string type, JsonObject state,
        JsonObject olds, JsonObject news)
    {
        var r = await client.DiffAsync(Requests.Diff(type, state, news, olds));
        AssertInvariants(r);
        return r;
    }

    private static void AssertInvariants(DiffResponse r)
    {
        Assert.True(r.HasDetailedDiff, "the engine ignores detailedDiff unless hasDetailedDiff is set");
        Assert.Equal(r.Diffs.Distinct().Count(), r.Diffs.Count);
        static string Top(string path) => path.Split('.', '[')[0];
        foreach (var key in r.Diffs) Assert.Contains(r.DetailedDiff.Keys, p => Top(p) == key);
        foreach (var path in r.DetailedDiff.Keys) Assert.Contains(Top(path), r.Diffs);
        var replacing = r.DetailedDiff.Values.Any(d => d.Kind is Kind.AddReplace or Kind.DeleteReplace or Kind.UpdateReplace);
        Assert.Equal(replacing, r.Replaces.Count > 0);
        foreach (var key in r.Replaces) Assert.Contains(key, r.Diffs);
        Assert.Equal(r.Diffs.Count > 0 ? DiffChanges.DiffSome : DiffChanges.DiffNone, r.Changes);
        // Paths under inputs compare inputs; tagsAll is an output (compared with the old state).
        foreach (var (path, d) in r.DetailedDiff) Assert.Equal(Top(path) != "tagsAll", d.InputDiff);
    }

    [Fact]
    public async Task Tags_only_change_is_an_in_place_update()
    {
        var olds = Fixtures.EksInputs();
        var news = olds.With(o => { o["tags"]!["team"] = "identity"; o["tags"]!["cost"] = "42"; o["tags"]!.AsObject().Remove("env"); });
        var r = await Diff(Values.Eks, olds, news);
        Assert.Equal(DiffChanges.DiffSome, r.Changes);
        Assert.Empty(r.Replaces);
        Assert.Contains("tags", r.Diffs);
        Assert.Equal(Kind.Update, r.DetailedDiff["tags.team"].Kind);
        Assert.Equal(Kind.Add, r.DetailedDiff["tags.cost"].Kind);
        Assert.Equal(Kind.Delete, r.DetailedDiff["tags.env"].Kind);
    }

    [Fact]
    public async Task ClusterName_change_replaces_deleting_first()
    {
        var olds = Fixtures.EksInputs();
        var r = await Diff(Values.Eks, olds, olds.With(o => o["clusterName"] = "other-cluster"));
        Assert.Equal(["clusterName"], r.Replaces);
        Assert.True(r.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, r.DetailedDiff["clusterName"].Kind);
    }

    [Fact]
    public async Task Nested_oidc_change_replaces_at_its_path()
    {
        var olds = Fixtures.EksInputs();
        var r = await Diff(Values.Eks, olds, olds.With(o => o["oidc"]!["issuerUrl"] = "https://other.example.com"));
        Assert.Equal(["oidc"], r.Replaces);
        Assert.True(r.DeleteBeforeReplace);
        Assert.Equal(Kind.UpdateReplace, r.DetailedDiff["oidc.issuerUrl"].Kind);
    }

    [Fact]
    public async Task Unknown_against_known_is_a_replacement_where_the_property_replaces()
    {
        var olds = Fixtures.EksInputs();
        var r = await Diff(Values.Eks, olds, olds.With(o => o["clusterName"] = Values.Unknown));
        Assert.Equal(["clusterName"], r.Replaces);
        var t = await Diff(Values.Eks, olds, olds.With(o => o["tags"] = Values.Unknown));
        Assert.Empty(t.Replaces);
        Assert.Contains("tags", t.Diffs);
    }

    [Theory]
    [InlineData(Values.Eks)]
    [InlineData(Values.Lmus)]
    public async Task Identical_inputs_are_DiffNone(string type)
    {
        var inputs = type == Values.Eks ? Fixtures.EksInputs() : Fixtures.LmusInputs();
        var r = await Diff(type, inputs, inputs.DeepClone().AsObject());
        Assert.Equal(DiffChanges.DiffNone, r.Changes);
        Assert.Empty(r.Diffs);
        Assert.Empty(r.DetailedDiff);
    }

    [Fact]
    public async Task Ignored_changes_do_not_count()
    {
        var olds = Fixtures.EksInputs();
        var r = await Diff(Values.Eks, olds, olds.With(o => o["clusterName"] = "other"), "clusterName");
        Assert.Equal(DiffChanges.DiffNone, r.Changes);
        Assert.Empty(r.Replaces);
    }

    [Fact]
    public async Task Secret_wrapping_alone_is_no_change()
    {
        var olds = Fixtures.EksInputs();
        var r = await Diff(Values.Eks, olds, olds.With(o => o["oidc"]!["clientId"] = Values.Secret("kubernetes")));
        Assert.Equal(DiffChanges.DiffNone, r.Changes);
    }

    [Fact]
    public async Task UserAssociation_username_change_replaces_and_tags_update_in_place()
    {
        var olds = Fixtures.LmusInputs();
        var replace = await Diff(Values.Lmus, olds, olds.With(o => o["username"] = "bob"));
        Assert.Equal(["username"], replace.Replaces);
        Assert.Equal(Kind.UpdateReplace, replace.DetailedDiff["username"].Kind);

        var tags = await Diff(Values.Lmus, olds, olds.With(o => o["tags"]!["team"] = "apps"));
        Assert.Empty(tags.Replaces);
        Assert.Equal(Kind.Update, tags.DetailedDiff["tags.team"].Kind);
    }

    [Fact]
    public async Task Removing_the_optional_domain_replaces()
    {
        var olds = Fixtures.LmusInputs();
        var r = await Diff(Values.Lmus, olds, olds.With(o => o.Remove("domain")));
        Assert.Equal(["domain"], r.Replaces);
        Assert.Equal(Kind.DeleteReplace, r.DetailedDiff["domain"].Kind);
    }
}
