using System.Collections.Immutable;
using Moq;
using Pulumi.Testing;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// The engine side of Deployment.TestAsync: a Moq IMocks that records every registration and read the SDK makes
/// and answers like the provider does (inputs echoed, arn/status/tagsAll computed; a read by id answers the state
/// of the object that id names).
/// </summary>
internal sealed partial class SdkMocks
{
    public const string OidcToken = "awsidentity:eks:IdentityProviderConfig";
    public const string UserToken = "awsidentity:licensemanager:UserAssociation";
    public const string SubscriptionToken = "awsidentity:licensemanager:ProductSubscription";
    public const string RegistrationToken = "awsidentity:licensemanager:IdentityProviderRegistration";
    public const string ProviderToken = "pulumi:providers:awsidentity";

    private readonly List<MockResourceArgs> _calls = [];

    public Mock<IMocks> Mock { get; } = new();

    public SdkMocks()
    {
        Mock.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>()))
            .ReturnsAsync((MockResourceArgs args) =>
            {
                lock (_calls) _calls.Add(args);
                return Answer(args);
            });
        Mock.Setup(m => m.RegisterResourceOutputs(It.IsAny<MockRegisterResourceOutputsRequest>())).Returns(Task.CompletedTask);
    }

    public IMocks Object => Mock.Object;

    public MockResourceArgs Single(string type, string name)
    {
        lock (_calls) return _calls.Single(c => c.Type == type && c.Name == name);
    }

    public int Count(string type)
    {
        lock (_calls) return _calls.Count(c => c.Type == type);
    }

    private static (string? id, object state) Answer(MockResourceArgs args) => args.Type switch
    {
        OidcToken when args.Id is { Length: > 0 } id => (id, OidcState(id.Split(':')[0], id.Split(':')[1], ImmutableDictionary<string, object>.Empty)),
        OidcToken => ($"{args.Inputs["clusterName"]}:{Nested(args.Inputs, "oidc")["identityProviderConfigName"]}",
            OidcState((string)args.Inputs["clusterName"], (string)Nested(args.Inputs, "oidc")["identityProviderConfigName"], args.Inputs)),
        UserToken when args.Id is { Length: > 0 } id => (id, UserState(id.Split(':'), ImmutableDictionary<string, object>.Empty)),
        UserToken => ($"{args.Inputs["instanceId"]}:d-1234567890:{args.Inputs["username"]}",
            UserState([(string)args.Inputs["instanceId"], "d-1234567890", (string)args.Inputs["username"]], args.Inputs)),
        SubscriptionToken or RegistrationToken => Licensing(args),
        ProviderToken => ("provider-id", args.Inputs),
        _ => throw new InvalidOperationException($"unexpected resource type {args.Type}"),
    };

    private static ImmutableDictionary<string, object> Nested(ImmutableDictionary<string, object> inputs, string key) =>
        (ImmutableDictionary<string, object>)inputs[key];

    private static ImmutableDictionary<string, object> OidcState(string cluster, string config, ImmutableDictionary<string, object> inputs) =>
        inputs
            .SetItem("clusterName", cluster)
            .SetItem("oidc", inputs.TryGetValue("oidc", out var oidc) ? oidc : new Dictionary<string, object>
            {
                ["identityProviderConfigName"] = config,
                ["issuerUrl"] = "https://imported.example.com",
                ["clientId"] = "imported",
            })
            .SetItem("arn", $"arn:aws:eks:us-east-1:123456789012:identityproviderconfig/{cluster}/oidc/{config}/1")
            .SetItem("status", "ACTIVE")
            .SetItem("tagsAll", TagsAll(inputs));

    private static ImmutableDictionary<string, object> UserState(string[] id, ImmutableDictionary<string, object> inputs) =>
        inputs
            .SetItem("instanceId", id[0])
            .SetItem("username", id[2])
            .SetItem("identityProvider", inputs.TryGetValue("identityProvider", out var provider) ? provider : new Dictionary<string, object>
            {
                ["activeDirectoryIdentityProvider"] = new Dictionary<string, object> { ["directoryId"] = id[1] },
            })
            .SetItem("instanceUserArn", $"arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/{id[0]}/{id[2]}")
            .SetItem("status", "ASSOCIATED")
            .SetItem("associationDate", "2026-01-02T03:04:05Z")
            .SetItem("tagsAll", TagsAll(inputs));

    private static object TagsAll(ImmutableDictionary<string, object> inputs) =>
        ((inputs.TryGetValue("tags", out var tags) ? (IEnumerable<KeyValuePair<string, object>>)tags : [])
            .Append(new KeyValuePair<string, object>("team", "platform")))
        .ToImmutableDictionary(kv => kv.Key, kv => kv.Value);
}
