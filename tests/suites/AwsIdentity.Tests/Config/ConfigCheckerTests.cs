using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using static AwsIdentity.Tests.Support.V;
using static AwsIdentity.Tests.Support.Validation;

namespace AwsIdentity.Tests.Config;

public sealed class ConfigCheckerTests
{
    private static IReadOnlyList<ValidationFailure> CheckConfig(ObjectValue news) => ConfigChecker.Check(news).Failures;

    [Fact]
    public void Check_CompleteConfig_Passes() => Assert.Empty(CheckConfig(Samples.ProviderConfig()));

    [Fact]
    public void Check_Empty_Passes() => Assert.Empty(CheckConfig(ObjectValue.Empty));

    [Fact]
    public void CheckAndDecode_EngineVersionKey_Ignored()
    {
        var news = Obj(("region", S("us-east-1")), ("version", S("0.1.0")), ("pluginDownloadURL", S("https://x")));
        var (inputs, failures) = ConfigChecker.Check(news);
        Assert.Empty(failures);
        Assert.Equal(S("0.1.0"), inputs["version"]);
        Assert.Equal("us-east-1", ConfigChecker.Decode(news).Region);
    }

    [Fact]
    public void Check_UnknownKey_RejectedWithAllowedList()
    {
        var failure = Assert.Single(CheckConfig(Obj(("regoin", S("us-east-1")))));
        Assert.Equal("regoin", failure.Path.ToString());
        Assert.Contains("allowed: region, profile, accessKey, secretKey, token, endpoints, maxRetries, defaultTags, skipCredentialsValidation", failure.Reason);
    }

    [Theory]
    [InlineData("us-east-1", true)]
    [InlineData("us-gov-west-1", true)]
    [InlineData("eu-central-2", true)]
    [InlineData("US-EAST-1", false)]
    [InlineData("useast1", false)]
    [InlineData("us east 1", false)]
    [InlineData("", false)]
    public void Check_Region_AwsRegionName(string region, bool valid) =>
        Assert.Equal(valid, CheckConfig(Obj(("region", S(region)))).Count == 0);

    [Theory]
    [InlineData("http://127.0.0.1:4566", true)]
    [InlineData("https://eks.us-east-1.amazonaws.com", true)]
    [InlineData("ftp://example.com", false)]
    [InlineData("localhost:4566", false)]
    [InlineData("not a url", false)]
    public void Check_Endpoint_HttpOrHttpsUrl(string url, bool valid)
    {
        var failures = CheckConfig(Obj(("endpoints", Obj(("licenseManagerUserSubscriptions", S(url))))));
        if (valid) Assert.Empty(failures);
        else Assert.Equal("endpoints.licenseManagerUserSubscriptions", Assert.Single(failures).Path.ToString());
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    public void Decode_MaxRetriesAsString_Reads(string text, int expected) =>
        Assert.Equal(expected, ConfigChecker.Decode(Obj(("maxRetries", S(text)))).MaxRetries);

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(1.5)]
    public void Check_MaxRetriesOutOfRange_Fails(double n) =>
        SingleAt(ProviderConfig.Shape, Obj(("maxRetries", N(n))), "maxRetries");

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Decode_BooleanAsString_Reads(string text, bool expected) =>
        Assert.Equal(expected, ConfigChecker.Decode(Obj(("skipCredentialsValidation", S(text)))).SkipCredentialsValidation);

    [Fact]
    public void Check_BooleanAsOtherString_Fails() =>
        Assert.Equal("skipCredentialsValidation", Assert.Single(CheckConfig(Obj(("skipCredentialsValidation", S("yes"))))).Path.ToString());

    [Fact]
    public void CheckAndDecode_JsonStringObjects_AreParsed()
    {
        var news = Obj(
            ("endpoints", S("""{"eks":"http://127.0.0.1:4566"}""")),
            ("defaultTags", S("""{"tags":{"owner":"ops","cost-center":"42"}}""")));
        var (inputs, failures) = ConfigChecker.Check(news, _ => null);
        Assert.Empty(failures);
        Assert.Equal(news, inputs); // returned as sent (provider.proto CheckConfig); Decode parses them
        var config = ConfigChecker.Decode(news);
        Assert.Equal("http://127.0.0.1:4566", config.Endpoints!.Eks);
        Assert.Equal(new Dictionary<string, string> { ["cost-center"] = "42", ["owner"] = "ops" }, config.DefaultTags!.Tags);
    }

    [Fact]
    public void CheckAndDecode_SecretJsonString_KeptAsSentAndDecodedSecretly()
    {
        var news = Obj(("defaultTags", Secret(S("""{"tags":{"a":"b"}}"""))));
        var (inputs, failures) = ConfigChecker.Check(news, _ => null);
        Assert.Empty(failures);
        Assert.Equal(news, inputs);
        Assert.Equal(Secret(Obj(("tags", Map(("a", "b"))))), ConfigChecker.Normalize(news)["defaultTags"]);
        Assert.Equal("b", ConfigChecker.Decode(news).DefaultTags!.Tags!["a"]);
    }

    [Fact]
    public void Check_NumbersAndBooleansAsStrings_KeptAsSent()
    {
        var news = Obj(("region", S("us-east-1")), ("maxRetries", S("5")), ("skipCredentialsValidation", S("true")));
        var (inputs, failures) = ConfigChecker.Check(news, _ => null);
        Assert.Empty(failures);
        Assert.Equal(news, inputs);
        Assert.Equal(5, ConfigChecker.Decode(inputs).MaxRetries);
    }

    [Fact]
    public void Check_JsonStringWithInvalidContent_FailsAtNestedPath() =>
        Assert.Equal("defaultTags.tags[\"aws:x\"]",
            Assert.Single(CheckConfig(Obj(("defaultTags", S("""{"tags":{"aws:x":"b"}}"""))))).Path.ToString());

    [Fact]
    public void Check_MalformedJsonString_FailsAsNotAnObject() =>
        Assert.Contains("expected an object", Assert.Single(CheckConfig(Obj(("endpoints", S("{not json"))))).Reason);

    [Fact]
    public void Check_StringPropertyLookingLikeJson_NotParsed()
    {
        var (inputs, failures) = ConfigChecker.Check(Obj(("profile", S("{\"a\":1}"))));
        Assert.Empty(failures);
        Assert.Equal(S("{\"a\":1}"), inputs["profile"]);
    }

    [Fact]
    public void Check_UnknownConfigValues_Pass() =>
        Assert.Empty(CheckConfig(Obj(("region", Unknown), ("endpoints", Unknown), ("accessKey", Secret(Unknown)), ("secretKey", Secret(Unknown)))));

    [Fact]
    public void Decode_Invalid_ThrowsWithAllFailures()
    {
        var ex = Assert.Throws<InvalidPropertiesException>(() => ConfigChecker.Decode(Obj(("region", S("X")), ("maxRetries", N(-5)))));
        Assert.Equal(["maxRetries", "region"], Paths(ex.Failures).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FromVariables_NamespacedKeys_StripNamespace()
    {
        var values = ConfigVariables.Decode(new Dictionary<string, string>
        {
            ["awsidentity:config:region"] = "us-west-2",
            ["awsidentity:config:maxRetries"] = "7",
            ["awsidentity:config:endpoints"] = """{"eks":"http://localhost:1"}""",
        });
        var config = ConfigChecker.Decode(values);
        Assert.Equal("us-west-2", config.Region);
        Assert.Equal(7, config.MaxRetries);
        Assert.Equal("http://localhost:1", config.Endpoints!.Eks);
    }

    [Fact]
    public void ProviderContext_Configure_ExposesDefaultTags()
    {
        var context = new ProviderContext();
        Assert.False(context.IsConfigured);
        Assert.Null(context.DefaultTags);
        context.Configure(ConfigChecker.Decode(Samples.ProviderConfig()));
        Assert.True(context.IsConfigured);
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "ops" }, context.DefaultTags);
    }

    [Theory]
    [InlineData("accessKey", "secretKey")]
    [InlineData("secretKey", "accessKey")]
    [InlineData("token", "accessKey")]
    public void CheckAndDecode_CredentialWithoutItsPair_FailsAtMissingOne(string given, string missing)
    {
        var news = Obj((given, Secret(S("value"))));
        Assert.Equal([missing], Paths(CheckConfig(news)));
        Assert.Equal([missing], Paths(Assert.Throws<InvalidPropertiesException>(() => ConfigChecker.Decode(news)).Failures));
    }
}
