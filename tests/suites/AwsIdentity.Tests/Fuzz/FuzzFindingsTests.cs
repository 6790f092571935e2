using AwsIdentity.Core.Config;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>The smallest bags that reproduced what the fuzzer found; they guard the fixes.</summary>
public sealed class FuzzFindingsTests
{
    /// <summary>Config values set with `pulumi config set` arrive as JSON text; these texts break its decoding.</summary>
    public static TheoryData<string, string> HostileConfigJson => new()
    {
        // An escaped lone surrogate (plain ASCII on the wire): JsonElement.GetString → InvalidOperationException.
        { "defaultTags", "{\"tags\":{\"k\":\"\\ud800\"}}" },
        { "endpoints", "{\"eks\":\"\\udc00\"}" },
    };

    /// <summary>A lone surrogate in the text itself: JsonDocument.Parse(string) → ArgumentException. In process
    /// only (protobuf turns it into U+FFFD on the wire), and kept out of TheoryData, whose serialization does too.</summary>
    public static readonly (string Key, string Json) LoneSurrogateText = ("endpoints", "[\ud800]");

    [Fact]
    public void Config_check_rejects_json_text_with_a_lone_surrogate_with_a_located_failure() =>
        Config_check_rejects_hostile_json_text_with_a_located_failure(LoneSurrogateText.Key, LoneSurrogateText.Json);

    [Theory]
    [MemberData(nameof(HostileConfigJson))]
    public void Config_check_rejects_hostile_json_text_with_a_located_failure(string key, string json)
    {
        var bag = Obj((key, S(json)));
        var (inputs, failures) = ConfigChecker.Check(bag);
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.NotNull(Bags.At(inputs, f.Path.Segments)));
    }

    /// <summary>Duplicate keys in config JSON text once threw from ObjectValue; now the last one wins, as in most
    /// JSON readers, plain or secret.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Config_check_of_json_text_with_duplicate_keys_takes_the_last_value(bool secret)
    {
        var text = S("{\"tags\":{\"a\":\"1\",\"a\":\"2\"}}");
        var news = Obj(("defaultTags", secret ? Secret(text) : text));
        var (inputs, failures) = ConfigChecker.Check(news, _ => null);
        Assert.Empty(failures);
        Assert.Equal(news, inputs); // CheckConfig returns the text as sent; the decoded form is what Configure reads
        var decoded = ConfigChecker.Normalize(inputs);
        Assert.Equal(S("2"), decoded.Reveal().At(Path("defaultTags", "tags", "a")));
        Assert.Equal(secret, decoded["defaultTags"] is SecretValue);
    }

    /// <summary>Pulumi prints and parses keys in ["…"] escaping only the double quote (properties_path.go); the
    /// provider also doubles backslashes, so the engine and users read a different key back.</summary>
    [Theory]
    [InlineData("aws:\\x")]
    [InlineData("a\\b")]
    public void A_failure_at_a_key_with_a_backslash_prints_as_pulumi_prints_it(string tagKey)
    {
        var bag = Samples.EksInputs().With("tags", Map((tagKey.StartsWith("aws:") ? tagKey : "aws:" + tagKey, "v")));
        var failure = Assert.Single(Handlers.Eks().Check(new Core.Resources.CheckRequest(ObjectValue.Empty, bag)).Failures);
        var printed = failure.Path.ToString();
        Assert.Equal(failure.Path.Segments, PulumiPath.Parse(printed)!);
        Assert.Equal($"tags[\"{failure.Path.Segments[1]}\"]", printed);
    }

    /// <summary>DiffFuzzTests found: a record holding only absent members ({secretsManagerCredentialsProvider: {}}) planned
    /// against itself showed a delete, as SameForAws dropped the empty member and the emptied record then compared as
    /// absent against the old one (Differ.Absent now looks inside records).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_record_of_absent_members_planned_against_itself_is_no_change(bool nullMember)
    {
        var credentials = Obj(("secretsManagerCredentialsProvider", nullMember ? Obj(("secretId", Null)) : ObjectValue.Empty));
        var directory = ((ObjectValue)Samples.IdentityProvider()["activeDirectoryIdentityProvider"]!)
            .With("activeDirectorySettings", Samples.ActiveDirectorySettings().With("domainCredentialsProvider", credentials));
        var inputs = Samples.UserInputs().With("identityProvider", Obj(("activeDirectoryIdentityProvider", directory)));
        var handler = Handlers.User();
        Assert.Empty(handler.Check(new Core.Resources.CheckRequest(ObjectValue.Empty, inputs)).Failures);
        var plan = handler.PlanChange(new Core.Resources.PlanRequest("id", handler.PlanCreate(inputs).Outputs, inputs, inputs));
        Assert.Empty(plan.Changes.Keys);
    }
}
