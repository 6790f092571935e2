using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.Bench;

/// <summary>Representative requests: an IdentityProviderConfig as a program would declare it, and a tags change.</summary>
public static class Workload
{
    private const string Type = "awsidentity:eks:IdentityProviderConfig";
    private const string Urn = "urn:pulumi:bench::bench::" + Type + "::oidc";

    private static Struct Inputs(string team) => JsonParser.Default.Parse<Struct>($$"""
        {
          "clusterName": "bench-cluster",
          "oidc": {
            "identityProviderConfigName": "corp-oidc",
            "issuerUrl": "https://issuer.example.com/realms/corp",
            "clientId": "kubernetes",
            "usernameClaim": "email",
            "groupsClaim": "groups",
            "requiredClaims": { "hd": "example.com" }
          },
          "tags": { "team": "{{team}}", "env": "bench" }
        }
        """);

    public static ConfigureRequest Configure() => new()
    {
        Args = JsonParser.Default.Parse<Struct>("""{"region":"us-east-1","skipCredentialsValidation":true,"defaultTags":{"tags":{"owner":"bench"}}}"""),
        AcceptSecrets = true,
        AcceptResources = true,
    };

    public static CheckRequest Check() => new()
    {
        Urn = Urn, Type = Type, Name = "oidc", Olds = new Struct(), News = Inputs("platform"),
        RandomSeed = ByteString.CopyFrom(new byte[32]),
    };

    public static DiffRequest Diff()
    {
        var olds = Inputs("platform");
        var state = olds.Clone();
        state.Fields["arn"] = Value.ForString("arn:aws:eks:us-east-1:111122223333:identityproviderconfig/bench-cluster/oidc/corp-oidc/1");
        state.Fields["status"] = Value.ForString("ACTIVE");
        state.Fields["tagsAll"] = Value.ForStruct(JsonParser.Default.Parse<Struct>("""{"owner":"bench","team":"platform","env":"bench"}"""));
        return new DiffRequest { Id = "bench-cluster:corp-oidc", Urn = Urn, Type = Type, Name = "oidc", Olds = state, OldInputs = olds, News = Inputs("identity") };
    }
}
