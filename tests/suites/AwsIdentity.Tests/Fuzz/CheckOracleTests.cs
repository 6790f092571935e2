using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>The fuzzer's oracle and generators catch what they claim to, so a green fuzz run means something.</summary>
public sealed class CheckOracleTests
{
    private static readonly IRecordShape Shape = IdentityProviderConfigArgs.Shape;

    private static List<string> Problems(ObjectValue bag, ValidationFailure f) => CheckOracle.Failure(Shape, bag, f).ToList();

    [Fact]
    public void Accepts_failures_at_present_values_and_at_missing_required_properties()
    {
        var bag = Samples.EksInputs().With("oidc", Samples.Oidc().Without("clientId"));
        Assert.Empty(Problems(bag, new(Path("oidc", "issuerUrl"), "bad")));
        Assert.Empty(Problems(bag, new(Path("oidc", "clientId"), "missing required property 'clientId'")));
        Assert.Empty(Problems(bag.With("tags", Secret(Map(("a.b", "v")))), new(Path("tags", "a.b"), "bad")));
    }

    [Fact]
    public void Flags_unlocated_rootless_reasonless_and_misprinted_failures()
    {
        var bag = Samples.EksInputs();
        Assert.Contains(Problems(bag, new(Path("oidc", "nope"), "bad")), p => p.StartsWith(CheckOracle.Unlocated));
        Assert.Contains(Problems(bag.Without("tags"), new(Path("tags"), "bad")), p => p.StartsWith(CheckOracle.Unlocated));
        Assert.Contains(Problems(bag, new(PropertyPath.Root, "bad")), p => p.StartsWith(CheckOracle.Unlocated));
        Assert.Contains(Problems(bag, new(Path("clusterName"), " ")), p => p.StartsWith(CheckOracle.NoReason));
    }

    [Fact]
    public void Pulumi_path_parser_reads_what_pulumi_prints()
    {
        Assert.Equal(["root", "nested", 0, "a.b", "q\"x", "s\\t"], PulumiPath.Parse("root.nested[0][\"a.b\"][\"q\\\"x\"][\"s\\t\"]")!);
        Assert.Null(PulumiPath.Parse("a[\"b"));
        Assert.Null(PulumiPath.Parse(".a"));
    }

    [Fact]
    public void Bags_replay_identically_and_cover_the_hostile_cases()
    {
        var factory = new BagFactory(FuzzTargets.User());
        Assert.Equal(factory.Bag(4242), factory.Bag(4242));
        var bags = Enumerable.Range(factory.SweepCount, 3000).Select(factory.Bag).ToList();
        var nodes = bags.SelectMany(b => Bags.Paths(b, 300).Select(p => Bags.At(b, p)!)).ToList();
        Assert.Contains(nodes, v => v is StringValue { Value.Length: >= 1 << 20 });
        Assert.Contains(nodes, v => v is StringValue s && s.Value.Any(char.IsSurrogate) && s.Value.Contains('\u202e'));
        Assert.Contains(nodes, v => v is NumberValue n && double.IsNaN(n.Value));
        Assert.Contains(nodes, v => v is ObjectValue o && o.Fields.ContainsKey(Sentinels.SignatureKey));
        Assert.Contains(nodes, v => v is SecretValue { Inner: ObjectValue or ArrayValue });
        Assert.Contains(bags, b => Bags.Paths(b, 300).Max(p => p.Length) >= 150);
        Assert.Contains(nodes, v => v is UnknownValue);
    }
}
