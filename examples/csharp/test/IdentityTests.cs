using System.Collections.Immutable;
using System.Text.Json;
using Pulumi;
using Pulumi.Testing;

namespace Example.Tests;

/// <summary>The example's own program (Example.Identity.Define, what Program.cs runs) under Pulumi's mocks.</summary>
public sealed class IdentityTests
{
    private const string PlatformStack = "acme/platform/prod";
    private const string Registration = "awsidentity:licensemanager:IdentityProviderRegistration";
    private const string Subscription = "awsidentity:licensemanager:ProductSubscription";
    private const string Association = "awsidentity:licensemanager:UserAssociation";
    private static readonly string Project = ProjectName();

    [Fact]
    public async Task Program_ReadsTheClusterNameFromThePlatformStack()
    {
        var mocks = new ExampleMocks(new Dictionary<string, object> { ["clusterName"] = "platform-eks" });
        var (_, outputs) = await RunAsync(mocks);

        var reference = Assert.Single(mocks.Calls("pulumi:pulumi:StackReference"));
        Assert.Equal((PlatformStack, PlatformStack), (reference.Id, (string)reference.Inputs["name"]));
        var oidc = Assert.Single(mocks.Calls("awsidentity:eks:IdentityProviderConfig"));
        Assert.Equal("platform-eks", oidc.Inputs["clusterName"]);
        var settings = (IReadOnlyDictionary<string, object>)oidc.Inputs["oidc"];
        Assert.Equal(("https://sso.example.com", "kubernetes", "groups"), ((string)settings["issuerUrl"], (string)settings["clientId"], (string)settings["groupsClaim"]));
        Assert.Equal("platform-eks", await ValueAsync((Output<string>)outputs["clusterName"]!));
        Assert.Equal("ACTIVE", await ValueAsync((Output<string>)outputs["oidcStatus"]!));
    }

    [Fact]
    public async Task Program_AssociatesEveryConfiguredUser_ThroughTheDirectory()
    {
        var mocks = new ExampleMocks(new Dictionary<string, object> { ["clusterName"] = "platform-eks" });
        var (_, outputs) = await RunAsync(mocks);

        var users = mocks.Calls(Association);
        Assert.Equal(["alice", "carol"], users.Select(u => (string)u.Inputs["username"]));
        var directory = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)users[0].Inputs["identityProvider"])["activeDirectoryIdentityProvider"];
        Assert.Equal(("d-1234567890", "AWS_MANAGED"), ((string)directory["directoryId"], (string)directory["activeDirectoryType"]));
        Assert.All(users, u => Assert.Equal(("i-0123456789abcdef0", "corp.example.com"), ((string)u.Inputs["instanceId"], (string)u.Inputs["domain"])));
        Assert.Equal(["arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/alice",
            "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:instance-user/carol"],
            (await ValueAsync((Output<ImmutableArray<string>>)outputs["instanceUserArns"]!)).ToArray());
    }

    [Fact]
    public async Task Program_RegistersTheDirectory_ThenSubscribesAndAssociatesEachUser_ThroughOutputs()
    {
        var mocks = new ExampleMocks(new Dictionary<string, object> { ["clusterName"] = "platform-eks" });
        var (_, outputs) = await RunAsync(mocks);

        var registration = Assert.Single(mocks.Calls(Registration));
        Assert.Equal(("d-1234567890", "VISUAL_STUDIO_ENTERPRISE"), (ExampleMocks.DirectoryId(registration), (string)registration.Inputs["product"]));
        var subscriptions = mocks.Calls(Subscription);
        Assert.Equal(["alice", "carol"], subscriptions.Select(s => (string)s.Inputs["username"]));
        Assert.All(subscriptions, s => Assert.Equal(("d-1234567890", "VISUAL_STUDIO_ENTERPRISE", "corp.example.com"),
            (ExampleMocks.DirectoryId(s), (string)s.Inputs["product"], (string)s.Inputs["domain"])));
        // AWS's order (register → subscribe → associate) comes from the outputs each resource takes from the one before:
        // the SDK registers a resource only once those outputs are known.
        foreach (var user in new[] { "alice", "carol" })
        {
            Assert.True(mocks.IndexOf(Registration, "directory") < mocks.IndexOf(Subscription, $"subscription-{user}"), $"{user}: subscribed before the registration");
            Assert.True(mocks.IndexOf(Subscription, $"subscription-{user}") < mocks.IndexOf(Association, $"user-{user}"), $"{user}: associated before the subscription");
        }
        Assert.Equal("arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:identity-provider/d-1234567890",
            await ValueAsync((Output<string>)outputs["registrationArn"]!));
        Assert.Equal(["arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/alice",
            "arn:aws:license-manager-user-subscriptions:us-east-1:123456789012:product-user/carol"],
            (await ValueAsync((Output<ImmutableArray<string>>)outputs["productUserArns"]!)).ToArray());
    }

    [Fact]
    public async Task Program_Fails_WhenThePlatformStackHasNoClusterName()
    {
        var mocks = new ExampleMocks(new Dictionary<string, object> { ["vpcId"] = "vpc-1" });
        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunAsync(mocks));
        Assert.Contains($"Required output 'clusterName' does not exist on stack '{PlatformStack}'", error.ToString());
    }

    private static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> RunAsync(ExampleMocks mocks)
    {
        var config = new Dictionary<string, string>
        {
            ["platformStack"] = PlatformStack,
            ["issuerUrl"] = "https://sso.example.com",
            ["instanceId"] = "i-0123456789abcdef0",
            ["directoryId"] = "d-1234567890",
            ["domain"] = "corp.example.com",
            ["owner"] = "platform-team@example.com",
            ["users"] = """["alice","carol"]""",
        };
        // Pulumi's Deployment reads the stack config from PULUMI_CONFIG, as the language host passes it.
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(config.ToDictionary(kv => $"{Project}:{kv.Key}", kv => kv.Value)));
        try
        {
            return await Deployment.TestAsync(mocks.Mock.Object, new TestOptions { IsPreview = false, ProjectName = Project }, Identity.Define);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", null);
        }
    }

    private static async Task<T> ValueAsync<T>(Output<T> output)
    {
        var value = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        output.Apply(v => value.TrySetResult(v));
        return await value.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The project name in the example's Pulumi.yaml: config keys are "project:key".</summary>
    private static string ProjectName()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var yaml = Path.Combine(dir.FullName, "Pulumi.yaml");
            if (File.Exists(Path.Combine(dir.FullName, "AwsIdentityExample.csproj")))
                return File.ReadLines(yaml).First(l => l.StartsWith("name:", StringComparison.Ordinal))["name:".Length..].Trim();
        }
        throw new InvalidOperationException("examples/csharp not found above the test binaries");
    }
}
