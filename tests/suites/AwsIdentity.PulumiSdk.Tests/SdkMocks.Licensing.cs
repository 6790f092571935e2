using System.Collections.Immutable;
using Pulumi.Testing;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>The mocks' answers for a directory's registration and a user's product subscription (ids as the provider
/// makes them: `directoryId:product` and `directoryId:product:username[:domain]`).</summary>
internal sealed partial class SdkMocks
{
    public const string Arn = "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012";

    private static (string? id, object state) Licensing(MockResourceArgs args)
    {
        var id = args.Id is { Length: > 0 } read ? read : string.Join(':', IdParts(args));
        var parts = id.Split(':');
        var inputs = args.Inputs
            .SetItem("identityProvider", args.Inputs.TryGetValue("identityProvider", out var provider) ? provider : new Dictionary<string, object>
            {
                ["activeDirectoryIdentityProvider"] = new Dictionary<string, object> { ["directoryId"] = parts[0] },
            })
            .SetItem("product", parts[1])
            .SetItem("tagsAll", TagsAll(args.Inputs));
        return (id, args.Type == RegistrationToken
            ? inputs
                .SetItem("settings", args.Inputs.TryGetValue("settings", out var settings) ? settings : new Dictionary<string, object>
                {
                    ["subnets"] = ImmutableArray.Create<object>("subnet-0aaaaaaaaaaaaaaaa"), ["securityGroupId"] = "sg-0aaaaaaaaaaaaaaaa",
                })
                .SetItem("identityProviderArn", $"{Arn}:identity-provider/{parts[0]}")
                .SetItem("status", "REGISTERED")
                .SetItem("ownerAccountId", "123456789012")
            : inputs
                .SetItem("username", parts[2])
                .SetItem("productUserArn", $"{Arn}:product-user/{parts[1]}/{parts[2]}")
                .SetItem("status", "SUBSCRIBED")
                .SetItem("subscriptionStartDate", "2026-01-02T03:04:05Z"));
    }

    private static IEnumerable<string> IdParts(MockResourceArgs args)
    {
        var directory = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)args.Inputs["identityProvider"])["activeDirectoryIdentityProvider"];
        yield return (string)directory["directoryId"];
        yield return (string)args.Inputs["product"];
        if (args.Type == RegistrationToken) yield break;
        yield return (string)args.Inputs["username"];
        if (args.Inputs.TryGetValue("domain", out var domain)) yield return (string)domain;
    }
}
