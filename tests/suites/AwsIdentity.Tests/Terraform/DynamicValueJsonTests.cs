using System.Text;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using static AwsIdentity.Tests.Terraform.TfValues;

namespace AwsIdentity.Tests.Terraform;

public sealed class DynamicValueJsonTests
{
    private static readonly TfObject Type = TfType.Object([new("a", TfType.String), new("b", TfType.Number), new("c", TfType.Bool),
        new("l", TfType.List(TfType.String)), new("m", TfType.Map(TfType.String))]);

    private static TfResult<Core.Values.PropertyValue> Decode(string json, bool drop = false) =>
        DynamicValueJson.Decode(Encoding.UTF8.GetBytes(json), Type, drop);

    [Fact]
    public void PrettyAndCompact_DecodeAlike()
    {
        var expected = O(("a", S("x")), ("b", N(1.5)), ("c", B(true)), ("l", A(S("p"), Null)), ("m", O(("Key One", S("v")))));
        Assert.Equal(expected, Decode("""{"a":"x","b":1.5,"c":true,"l":["p",null],"m":{"Key One":"v"}}""").Expect());
        Assert.Equal(expected, Decode("""
            {
              "a": "x",
              "b": 1.5,
              "c": true,
              "l": [ "p", null ],
              "m": { "Key One": "v" }
            }
            """).Expect());
    }

    [Fact]
    public void Primitives_ConvertFromStrings_AndMissingIsNull() =>
        Assert.Equal(O(("a", S("5")), ("b", N(42)), ("c", B(false)), ("l", Null), ("m", Null)),
            Decode("""{"a":5,"b":"42","c":"false"}""").Expect());

    [Fact]
    public void UnknownAttributes_FailUnlessDropped()
    {
        Assert.Equal("unsupported attribute \"gone\"", Decode("""{"gone":1}""").Error!.Message);
        Assert.Equal(Decode("{}").Expect(), Decode("""{"gone":1}""", drop: true).Expect());
    }

    [Theory]
    [InlineData("""{"a":[]}""", "a: expected a string, got JSON array")]
    [InlineData("""{"b":"many"}""", "b: expected a number, got \"many\"")]
    [InlineData("""{"b":1e999}""", "b: expected a number, got \"1e999\"")]
    [InlineData("""{"c":"yes"}""", "c: expected a bool, got JSON string")]
    [InlineData("""{"l":["a",{}]}""", "l[1]: expected a string, got JSON object")]
    [InlineData("""{"m":{"k":[]}}""", "m[\"k\"]: expected a string, got JSON array")]
    [InlineData("""[]""", "expected an object, got JSON array")]
    public void Errors_AreLocated(string json, string message) => Assert.Equal(message, Decode(json).Error!.ToString());

    [Theory]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("")]
    public void BrokenJson_IsAnErrorAtTheRoot(string json)
    {
        var error = Decode(json).Error!;
        Assert.Empty(error.Path.Steps);
        Assert.StartsWith("the JSON is not valid", error.Message);
    }

    [Fact]
    public void InvalidUtf8_IsAnError() =>
        Assert.StartsWith("the JSON is not valid", DynamicValueJson.Decode([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d], Type).Error!.Message);

    [Fact]
    public void StoredState_OfAResource_DecodesAgainstItsSchema()
    {
        var block = TerraformSchema.Resources()["awsidentity_eks_identity_provider_config"].Block;
        var state = DynamicValueJson.Decode(Encoding.UTF8.GetBytes("""
            {"arn":"arn:x","cluster_name":"c","id":"c:n","oidc":{"client_id":"id","groups_claim":null,"groups_prefix":null,
             "identity_provider_config_name":"n","issuer_url":"https://i","required_claims":{"aud":"x"},"username_claim":null,
             "username_prefix":null},"region":"us-east-1","status":"ACTIVE","tags":null,"tags_all":{},"timeouts":null}
            """), block).Expect();
        Assert.Equal(state, DynamicValueDecoder.Decode(DynamicValueEncoder.Encode(state, block).Expect(), block).Expect());
    }
}
