using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Resources.Eks;

public sealed class IdentityProviderConfigValidationTests
{
    private static readonly RecordShape<IdentityProviderConfigArgs> Shape = IdentityProviderConfigArgs.Shape;

    private static ObjectValue WithOidc(string key, PropertyValue value) => (ObjectValue)Samples.EksInputs().WithValueAt(Path("oidc", key), value);

    [Fact]
    public void Check_CompleteSample_Passes() => Assert.Empty(Check(Shape, Samples.EksInputs()));

    [Theory]
    [InlineData("https://issuer.example.com")]
    [InlineData("https://issuer.example.com/realms/corp/")]
    [InlineData("https://oidc.eks.us-east-1.amazonaws.com/id/ABCDEF")]
    [InlineData("https://issuer.example.com:8443/x")]
    public void Check_HttpsIssuer_Passes(string url) => Assert.Empty(Check(Shape, WithOidc("issuerUrl", S(url))));

    [Theory]
    [InlineData("http://issuer.example.com", "https")]
    [InlineData("ftp://issuer.example.com", "https")]
    [InlineData("issuer.example.com", "absolute URL")]
    [InlineData("/realms/corp", "absolute URL")]
    [InlineData("https://", "absolute URL")]
    [InlineData("", "absolute URL")]
    [InlineData("https://issuer.example.com/?a=1", "query")]
    [InlineData("https://issuer.example.com/x?", "query")]
    [InlineData("https://issuer.example.com/#frag", "fragment")]
    public void Check_BadIssuer_FailsAtIssuerUrl(string url, string reasonPart)
    {
        var failure = SingleAt(Shape, WithOidc("issuerUrl", S(url)), "oidc.issuerUrl");
        Assert.Contains(reasonPart, failure.Reason);
    }

    [Fact]
    public void Check_TenRequiredClaims_Passes() =>
        Assert.Empty(Check(Shape, WithOidc("requiredClaims", Map(10, i => $"c{i}", _ => "v"))));

    [Fact]
    public void Check_ElevenRequiredClaims_FailsAtMap() =>
        Assert.Contains("at most 10", SingleAt(Shape, WithOidc("requiredClaims", Map(11, i => $"c{i}", _ => "v")), "oidc.requiredClaims").Reason);

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void Check_ClaimNameLength_LimitIs63(int length, bool valid)
    {
        var key = new string('k', length);
        var failures = Check(Shape, WithOidc("requiredClaims", Map((key, "v"))));
        if (valid) Assert.Empty(failures);
        else Assert.Equal($"oidc.requiredClaims.{key}", Assert.Single(failures).Path.ToString());
    }

    [Fact]
    public void Check_EmptyClaimName_FailsAtQuotedKey() =>
        Assert.Equal("claim name must not be empty", SingleAt(Shape, WithOidc("requiredClaims", Map(("", "v"))), "oidc.requiredClaims[\"\"]").Reason);

    [Theory]
    [InlineData(0)]
    [InlineData(254)]
    public void Check_ClaimValueOutside1To253_FailsAtQuotedKey(int length) =>
        SingleAt(Shape, WithOidc("requiredClaims", Map(("x.y", new string('v', length)))), "oidc.requiredClaims[\"x.y\"]");

    [Fact]
    public void Check_ClaimValue253_Passes() =>
        Assert.Empty(Check(Shape, WithOidc("requiredClaims", Map(("x", new string('v', 253))))));

    [Theory]
    [InlineData("clientId")]
    [InlineData("identityProviderConfigName")]
    [InlineData("usernameClaim")]
    [InlineData("groupsPrefix")]
    public void Check_EmptyOidcString_FailsAtProperty(string key) =>
        Assert.Equal("must not be empty", SingleAt(Shape, WithOidc(key, S("")), $"oidc.{key}").Reason);

    [Fact]
    public void Check_ClusterNameTooLong_Fails() =>
        SingleAt(Shape, Samples.EksInputs().With("clusterName", S(new string('c', 101))), "clusterName");
}
