using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Soak;

/// <summary>One lifecycle's stack: an OIDC config on the lane's cluster and two user associations on its instance.
/// Names carry the iteration, so every lifecycle's URNs and AWS ids are its own.</summary>
public sealed record SoakProgram(int Lane, int Iteration)
{
    public string Cluster => ClusterOf(Lane);
    public string Instance => InstanceOf(Lane);
    public string Directory => DirectoryOf(Lane);

    public static string ClusterOf(int lane) => $"soak-{lane}";
    public static string InstanceOf(int lane) => $"i-{lane + 1:x8}";
    public static string DirectoryOf(int lane) => $"d-{9000000000L + lane}";

    /// <summary>Whether an emulator inventory id belongs to this lane.</summary>
    public static bool Owns(int lane, string id) =>
        id.StartsWith(ClusterOf(lane) + ":", StringComparison.Ordinal) || id.StartsWith(InstanceOf(lane) + ":", StringComparison.Ordinal);

    public IReadOnlyList<Declared> Resources(string revision) =>
    [
        new(Values.Eks, $"oidc-{Iteration}", JsonNode.Parse($$"""
            {
              "clusterName": "{{Cluster}}",
              "oidc": { "identityProviderConfigName": "cfg-{{Iteration}}", "issuerUrl": "https://sso.example.com/{{Lane}}",
                        "clientId": "kubernetes", "usernameClaim": "email", "groupsClaim": "groups" },
              "tags": { "lane": "{{Lane}}", "revision": "{{revision}}" }
            }
            """)!.AsObject(), 300),
        User("a", revision),
        User("b", revision),
    ];

    private Declared User(string suffix, string revision) => new(Values.Lmus, $"user-{Iteration}-{suffix}", JsonNode.Parse($$"""
        {
          "username": "u{{Iteration}}{{suffix}}",
          "instanceId": "{{Instance}}",
          "identityProvider": { "activeDirectoryIdentityProvider": { "directoryId": "{{Directory}}", "activeDirectoryType": "AWS_MANAGED" } },
          "domain": "corp.example.com",
          "tags": { "lane": "{{Lane}}", "revision": "{{revision}}" }
        }
        """)!.AsObject(), 300);

    public static JsonObject ProviderConfig(string endpoint) => new()
    {
        ["region"] = "us-east-1",
        ["accessKey"] = "test",
        ["secretKey"] = "test",
        ["skipCredentialsValidation"] = true,
        ["endpoints"] = new JsonObject { ["eks"] = endpoint, ["licenseManagerUserSubscriptions"] = endpoint },
        ["defaultTags"] = new JsonObject { ["tags"] = new JsonObject { ["managed-by"] = "soak" } },
    };
}
