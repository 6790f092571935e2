using System.Text.Json;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Resources;
using AwsIdentity.Provider.Schema;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Schema;

public sealed class SchemaWriterTests
{
    private const string Eks = "awsidentity:eks:IdentityProviderConfig";
    private const string User = "awsidentity:licensemanager:UserAssociation";

    private static readonly Lazy<string> Text = new(() => Write());
    private static JsonElement Root => JsonDocument.Parse(Text.Value).RootElement;

    private static string Write() => SchemaWriter.Write(new ResourceRegistry([Handlers.Eks(), Handlers.User()]), "1.2.3");

    private static string[] Names(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static IEnumerable<string> Refs(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p =>
            p.Name == "$ref" ? [p.Value.GetString()!] : Refs(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Refs),
        _ => [],
    };

    [Fact]
    public void Write_Always_ValidJsonWithPackageFacts()
    {
        Assert.Equal("awsidentity", Root.GetProperty("name").GetString());
        Assert.Equal("1.2.3", Root.GetProperty("version").GetString());
    }

    [Fact]
    public void Write_TwoWrites_AreIdentical() => Assert.Equal(Text.Value, Write());

    [Fact]
    public void Write_Resources_ExactlyBothTokens() =>
        Assert.Equal([Eks, User], Names(Root.GetProperty("resources")));

    [Fact]
    public void Write_EveryRef_PointsAtAnExistingType()
    {
        var types = Root.GetProperty("types");
        var refs = Refs(Root).Distinct().ToList();
        Assert.NotEmpty(refs);
        foreach (var r in refs)
        {
            Assert.StartsWith("#/types/", r);
            Assert.True(types.TryGetProperty(r["#/types/".Length..], out var type), $"missing type for {r}");
            Assert.Equal("object", type.GetProperty("type").GetString());
        }
        // and no type is unreferenced, nor a resource or the provider
        Assert.Equal(refs.Select(r => r["#/types/".Length..]).Order(StringComparer.Ordinal), Names(types).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Eks, Names(types));
        Assert.DoesNotContain("pulumi:providers:awsidentity", Names(types));
    }

    [Fact]
    public void Write_TypeAndResourceTokens_MatchPulumiTokenPattern()
    {
        var token = new Regex("^[a-zA-Z][-a-zA-Z0-9_]*:([^0-9][a-zA-Z0-9._/-]*)?:[^0-9][a-zA-Z0-9._/]*$");
        foreach (var name in Names(Root.GetProperty("types")).Concat(Names(Root.GetProperty("resources"))))
            Assert.Matches(token, name);
    }

    [Fact]
    public void Write_RequiredLists_MatchTheShapes()
    {
        var eks = Root.GetProperty("resources").GetProperty(Eks);
        Assert.Equal(["clusterName", "oidc"], Strings(eks.GetProperty("requiredInputs")));
        Assert.Equal(["clusterName", "oidc", "arn", "status", "tagsAll"], Strings(eks.GetProperty("required")));
        var user = Root.GetProperty("resources").GetProperty(User);
        Assert.Equal(["username", "instanceId", "identityProvider"], Strings(user.GetProperty("requiredInputs")));
        Assert.Equal(["username", "instanceId", "identityProvider", "instanceUserArn", "status", "tagsAll"], Strings(user.GetProperty("required")));
        var oidc = Root.GetProperty("types").GetProperty("awsidentity:eks:OidcIdentityProviderConfig");
        Assert.Equal(["identityProviderConfigName", "issuerUrl", "clientId"], Strings(oidc.GetProperty("required")));
        Assert.Equal(["subnets"], Strings(Root.GetProperty("types").GetProperty("awsidentity:licensemanager:DomainNetworkSettings").GetProperty("required")));
    }

    [Fact]
    public void Write_CredentialProperties_AreSecret()
    {
        foreach (var section in new[] { Root.GetProperty("config").GetProperty("variables"), Root.GetProperty("provider").GetProperty("inputProperties") })
        {
            foreach (var key in new[] { "accessKey", "secretKey", "token" })
                Assert.True(section.GetProperty(key).GetProperty("secret").GetBoolean(), key);
            Assert.False(section.GetProperty("region").TryGetProperty("secret", out _));
        }
    }

    [Theory]
    [InlineData(Eks)]
    [InlineData(User)]
    public void Write_EveryInputButTags_WillReplaceOnChanges(string token)
    {
        var inputs = Root.GetProperty("resources").GetProperty(token).GetProperty("inputProperties");
        foreach (var p in inputs.EnumerateObject())
        {
            var replaces = p.Value.TryGetProperty("willReplaceOnChanges", out var flag) && flag.GetBoolean();
            Assert.True(replaces == (p.Name != "tags"), p.Name);
        }
    }

    [Fact]
    public void Write_NestedInputTypes_WillReplaceOnChanges()
    {
        foreach (var type in Root.GetProperty("types").EnumerateObject().Where(t => !t.Name.StartsWith("awsidentity:config:", StringComparison.Ordinal)))
            foreach (var p in type.Value.GetProperty("properties").EnumerateObject())
                Assert.True(p.Value.TryGetProperty("willReplaceOnChanges", out var f) && f.GetBoolean(), $"{type.Name}.{p.Name}");
    }

    [Fact]
    public void Write_EveryProperty_HasTypeOrRefAndDescription()
    {
        var sections = Root.GetProperty("resources").EnumerateObject()
            .SelectMany(r => new[] { r.Value.GetProperty("inputProperties"), r.Value.GetProperty("properties") })
            .Concat(Root.GetProperty("types").EnumerateObject().Select(t => t.Value.GetProperty("properties")))
            .Append(Root.GetProperty("config").GetProperty("variables"));
        foreach (var p in sections.SelectMany(s => s.EnumerateObject()))
        {
            Assert.True(p.Value.TryGetProperty("type", out _) || p.Value.TryGetProperty("$ref", out _), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("description").GetString()), p.Name);
        }
        var tags = Root.GetProperty("resources").GetProperty(Eks).GetProperty("inputProperties").GetProperty("tags");
        Assert.Equal("object", tags.GetProperty("type").GetString());
        Assert.Equal("string", tags.GetProperty("additionalProperties").GetProperty("type").GetString());
    }

    [Fact]
    public void Write_LanguageSections_NodejsAndCsharp()
    {
        var language = Root.GetProperty("language");
        Assert.Equal("@awsidentity/pulumi", language.GetProperty("nodejs").GetProperty("packageName").GetString());
        Assert.True(language.GetProperty("nodejs").GetProperty("dependencies").TryGetProperty("@pulumi/pulumi", out _));
        var csharp = language.GetProperty("csharp");
        Assert.False(string.IsNullOrEmpty(csharp.GetProperty("rootNamespace").GetString()));
        Assert.True(csharp.GetProperty("packageReferences").TryGetProperty("Pulumi", out _));
    }

    [Theory]
    [InlineData(Eks)]
    [InlineData(User)]
    public void Write_ResourceDescription_RendersTheModelInPulumisWords(string token)
    {
        var model = Handlers.All().Single(h => h.Token == token).Model;
        var description = Root.GetProperty("resources").GetProperty(token).GetProperty("description").GetString()!;
        Assert.StartsWith(model.Description + "\n\n" + model.Notes + "\n\n", description);
        Assert.Contains($"Default timeouts: {model.DefaultTimeouts.Describe()}; the `customTimeouts` resource option", description);
        Assert.Contains($"## Import\n\nThe id is `{model.Id.Form}`:", description);
        foreach (var example in model.Id.Examples)
            Assert.Contains($"\npulumi import {token} example {example}\n", description);
    }
}
