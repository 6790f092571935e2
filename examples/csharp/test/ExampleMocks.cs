using System.Collections.Immutable;
using Moq;
using Pulumi.Testing;

namespace Example.Tests;

/// <summary>
/// The engine for the example: the platform stack's outputs and the provider's answers. A StackReference is read,
/// not registered, so Pulumi's MockMonitor passes it to NewResourceAsync with the referenced stack's name as Id.
/// </summary>
internal sealed class ExampleMocks
{
    private readonly List<MockResourceArgs> _calls = [];

    public ExampleMocks(IReadOnlyDictionary<string, object> platformOutputs)
    {
        Mock.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).ReturnsAsync((MockResourceArgs args) =>
        {
            lock (_calls) _calls.Add(args);
            return args.Type switch
            {
                "pulumi:pulumi:StackReference" => (args.Id, ImmutableDictionary<string, object>.Empty
                    .Add("name", args.Id!).Add("outputs", platformOutputs).Add("secretOutputNames", ImmutableArray<object>.Empty)),
                "awsidentity:eks:IdentityProviderConfig" => ($"{args.Inputs["clusterName"]}:corp-sso", args.Inputs
                    .Add("arn", $"arn:aws:eks:us-east-1:123456789012:identityproviderconfig/{args.Inputs["clusterName"]}/oidc/corp-sso/1")
                    .Add("status", "ACTIVE").Add("tagsAll", args.Inputs["tags"])),
                "awsidentity:licensemanager:IdentityProviderRegistration" => ($"{DirectoryId(args)}:{args.Inputs["product"]}", args.Inputs
                    .Add("identityProviderArn", $"arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/{DirectoryId(args)}")
                    .Add("status", "REGISTERED").Add("ownerAccountId", "123456789012").Add("tagsAll", args.Inputs["tags"])),
                "awsidentity:licensemanager:ProductSubscription" => ($"{DirectoryId(args)}:{args.Inputs["product"]}:{args.Inputs["username"]}", args.Inputs
                    .Add("productUserArn", $"arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/{args.Inputs["username"]}")
                    .Add("status", "SUBSCRIBED").Add("tagsAll", args.Inputs["tags"])),
                "awsidentity:licensemanager:UserAssociation" => ($"{args.Inputs["instanceId"]}:d-1234567890:{args.Inputs["username"]}", args.Inputs
                    .Add("instanceUserArn", $"arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/{args.Inputs["username"]}")
                    .Add("status", "ASSOCIATED").Add("tagsAll", args.Inputs["tags"])),
                _ => throw new InvalidOperationException($"the example creates no {args.Type}"),
            };
        });
        Mock.Setup(m => m.RegisterResourceOutputs(It.IsAny<MockRegisterResourceOutputsRequest>())).Returns(Task.CompletedTask);
    }

    public Mock<IMocks> Mock { get; } = new();

    public List<MockResourceArgs> Calls(string type)
    {
        lock (_calls) return _calls.Where(c => c.Type == type).ToList();
    }

    /// <summary>When the program registered a resource, among all its registrations (the order outputs impose).</summary>
    public int IndexOf(string type, string name)
    {
        lock (_calls) return _calls.FindIndex(c => c.Type == type && c.Name == name);
    }

    public static string DirectoryId(MockResourceArgs args) =>
        (string)((IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)args.Inputs["identityProvider"])["activeDirectoryIdentityProvider"])["directoryId"];
}
