using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AwsIdentity.Harness;

/// <summary>Property values as the engine puts them in google.protobuf.Struct (ARCHITECTURE.md "Values").</summary>
public static class Values
{
    public const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    public const string Sig = "4dabf18193072939515e22adb298388d";
    public const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";

    public const string Eks = "awsidentity:eks:IdentityProviderConfig";
    public const string Lmus = "awsidentity:licensemanager:UserAssociation";
    public const string Registration = "awsidentity:licensemanager:IdentityProviderRegistration";
    public const string Subscription = "awsidentity:licensemanager:ProductSubscription";
    public const string ProviderType = "pulumi:providers:awsidentity";

    public static string Urn(string type, string name = "res") => $"urn:pulumi:dev::protocol-tests::{type}::{name}";

    public static Struct ToStruct(JsonNode node) => JsonParser.Default.Parse<Struct>(node.ToJsonString());

    public static Struct ToStruct(string json) => JsonParser.Default.Parse<Struct>(json);

    public static JsonObject ToJson(Struct? value) =>
        value is null ? new JsonObject() : JsonNode.Parse(JsonFormatter.Default.Format(value))!.AsObject();

    public static JsonObject Secret(JsonNode? value) => new() { [Sig] = SecretSig, ["value"] = value };

    public static bool IsSecret(JsonNode? node) =>
        node is JsonObject o && o[Sig]?.GetValue<string>() == SecretSig;

    /// <summary>A deep copy with <paramref name="edit"/> applied, for deriving variants of a fixture.</summary>
    public static JsonObject With(this JsonObject source, Action<JsonObject> edit)
    {
        var copy = source.DeepClone().AsObject();
        edit(copy);
        return copy;
    }
}

/// <summary>Valid inputs of both resources and of the provider.</summary>
public static class Fixtures
{
    public static JsonObject EksInputs() => JsonNode.Parse("""
        {
          "clusterName": "demo-cluster",
          "oidc": {
            "identityProviderConfigName": "corp-oidc",
            "issuerUrl": "https://issuer.example.com/realms/corp",
            "clientId": "kubernetes",
            "usernameClaim": "email",
            "groupsClaim": "groups",
            "groupsPrefix": "oidc:",
            "requiredClaims": { "hd": "example.com" }
          },
          "tags": { "team": "platform", "env": "dev" }
        }
        """)!.AsObject();

    public static JsonObject LmusInputs() => JsonNode.Parse("""
        {
          "username": "alice",
          "instanceId": "i-0123456789abcdef0",
          "identityProvider": {
            "activeDirectoryIdentityProvider": {
              "directoryId": "d-1234567890",
              "activeDirectoryType": "SELF_MANAGED",
              "activeDirectorySettings": {
                "domainName": "corp.example.com",
                "domainIpv4List": ["10.0.0.10", "10.0.1.10"],
                "domainCredentialsProvider": { "secretsManagerCredentialsProvider": { "secretId": "arn:aws:secretsmanager:us-east-1:111122223333:secret:ad" } },
                "domainNetworkSettings": { "subnets": ["subnet-0123456789abcdef0"] }
              }
            }
          },
          "domain": "corp.example.com",
          "tags": { "team": "desktop" }
        }
        """)!.AsObject();

    public const string DefaultTagOwner = "protocol-tests";

    public static JsonObject ProviderConfig() => JsonNode.Parse($$"""
        {
          "region": "us-east-1",
          "endpoints": { "eks": "http://127.0.0.1:4566", "licenseManagerUserSubscriptions": "http://127.0.0.1:4566" },
          "maxRetries": 3,
          "defaultTags": { "tags": { "owner": "{{DefaultTagOwner}}" } },
          "skipCredentialsValidation": true
        }
        """)!.AsObject();

    /// <summary>The state the engine would hold after a create: inputs plus computed outputs.</summary>
    public static JsonObject StateOf(string type, JsonObject inputs) => inputs.With(o =>
    {
        if (type == Values.Eks)
        {
            o["arn"] = "arn:aws:eks:us-east-1:111122223333:identityproviderconfig/demo-cluster/oidc/corp-oidc/1";
            o["status"] = "ACTIVE";
        }
        else
        {
            o["instanceUserArn"] = "arn:aws:license-manager-user-subscriptions:us-east-1:111122223333:instance-user/1";
            o["status"] = "ASSOCIATED";
        }
        var tagsAll = new JsonObject { ["owner"] = DefaultTagOwner };
        foreach (var (k, v) in inputs["tags"]?.AsObject() ?? []) tagsAll[k] = v?.DeepClone();
        o["tagsAll"] = tagsAll;
    });
}
