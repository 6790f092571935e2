using System.Text.Json.Nodes;
using AwsIdentity.Harness;

namespace AwsIdentity.Soak;

/// <summary>
/// One lifecycle's stack: an OIDC config on the lane's cluster, and on its directory a registration for a product, two
/// users subscribed to it and associated with the lane's instance. Names carry the iteration, so every lifecycle's URNs
/// and AWS ids are its own (the registration's id is the lane's directory and product, reused by every lifecycle).
/// The stack comes in tiers, in the order AWS requires (AWS License Manager user guide, "Get started with user-based
/// subscriptions"): the registration, then the subscriptions, then the associations; teardown runs them backwards.
/// </summary>
public sealed record SoakProgram(int Lane, int Iteration)
{
    public const string Product = "OFFICE_PROFESSIONAL_PLUS";

    /// <summary>0: the config and the registration; 1: with the subscriptions; 2: with the associations.</summary>
    public const int Tiers = 3;

    public string Cluster => ClusterOf(Lane);
    public string Instance => InstanceOf(Lane);
    public string Directory => DirectoryOf(Lane);

    public static string ClusterOf(int lane) => $"soak-{lane}";
    public static string InstanceOf(int lane) => $"i-{lane + 1:x8}";
    public static string DirectoryOf(int lane) => $"d-{9000000000L + lane}";

    /// <summary>Whether an emulator inventory id belongs to this lane (configs, associations, registrations, subscriptions).</summary>
    public static bool Owns(int lane, string id) =>
        id.StartsWith(ClusterOf(lane) + ":", StringComparison.Ordinal) || id.StartsWith(InstanceOf(lane) + ":", StringComparison.Ordinal)
        || id.StartsWith(DirectoryOf(lane) + ":", StringComparison.Ordinal);

    /// <summary>The stack up to <paramref name="tiers"/> tiers. Revision "1" leaves the registration's settings out on even
    /// iterations (AWS fills them in: a computed input); revision "2" always sets them, with other members and group.</summary>
    public IReadOnlyList<Declared> Resources(string revision, int tiers = Tiers) =>
    [
        new(Values.Eks, $"oidc-{Iteration}", JsonNode.Parse($$"""
            {
              "clusterName": "{{Cluster}}",
              "oidc": { "identityProviderConfigName": "cfg-{{Iteration}}", "issuerUrl": "https://sso.example.com/{{Lane}}",
                        "clientId": "kubernetes", "usernameClaim": "email", "groupsClaim": "groups" },
              "tags": { "lane": "{{Lane}}", "revision": "{{revision}}" }
            }
            """)!.AsObject(), 300),
        RegistrationOf(revision),
        .. tiers > 1 ? new[] { SubscriptionOf("a", revision), SubscriptionOf("b", revision) } : [],
        .. tiers > 2 ? new[] { User("a", revision), User("b", revision) } : [],
    ];

    private JsonObject IdentityProvider() => new()
    {
        ["activeDirectoryIdentityProvider"] = new JsonObject { ["directoryId"] = Directory, ["activeDirectoryType"] = "AWS_MANAGED" },
    };

    private Declared RegistrationOf(string revision)
    {
        var inputs = new JsonObject
        {
            ["identityProvider"] = IdentityProvider(),
            ["product"] = Product,
            ["tags"] = new JsonObject { ["lane"] = $"{Lane}", ["revision"] = revision },
        };
        if (revision != "1" || Iteration % 2 == 1)
            inputs["settings"] = revision == "1"
                ? new JsonObject { ["subnets"] = new JsonArray("subnet-1111aaaa", "subnet-2222bbbb"), ["securityGroupId"] = "sg-0123abcd" }
                : new JsonObject { ["subnets"] = new JsonArray("subnet-3333cccc", "subnet-1111aaaa"), ["securityGroupId"] = "sg-4567ef01" };
        return new(Values.Registration, $"registration-{Iteration}", inputs, 300);
    }

    private Declared SubscriptionOf(string suffix, string revision) => new(Values.Subscription, $"subscription-{Iteration}-{suffix}", new JsonObject
    {
        ["username"] = $"u{Iteration}{suffix}",
        ["identityProvider"] = IdentityProvider(),
        ["product"] = Product,
        ["domain"] = "corp.example.com",
        ["tags"] = new JsonObject { ["lane"] = $"{Lane}", ["revision"] = revision },
    }, 300);

    private Declared User(string suffix, string revision) => new(Values.Lmus, $"user-{Iteration}-{suffix}", new JsonObject
    {
        ["username"] = $"u{Iteration}{suffix}",
        ["instanceId"] = Instance,
        ["identityProvider"] = IdentityProvider(),
        ["domain"] = "corp.example.com",
        ["tags"] = new JsonObject { ["lane"] = $"{Lane}", ["revision"] = revision },
    }, 300);

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
