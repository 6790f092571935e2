using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

/// <summary>The aws CLI (v1 on this machine) drives both services end to end, LMUS from registration to deregistration.</summary>
public sealed class AwsCliTests
{
    private const string Idp = """{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}""";

    [Fact]
    public async Task Aws_cli_runs_the_eks_and_lmus_workflows()
    {
        await using var emu = await TestEmulator.StartAsync(new EmulatorOptions { Transition = TimeSpan.FromMilliseconds(200) }, realClock: true);
        var endpoint = emu.Server.Endpoint.ToString().TrimEnd('/');

        async Task<JsonNode> Aws(params string[] args)
        {
            var result = await ProcessRunner.RunAsync("aws", ["--endpoint-url", endpoint, "--output", "json", .. args], ProcessRunner.AwsEnv());
            Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}");
            return result.Stdout.Trim().Length == 0 ? new JsonObject() : JsonNode.Parse(result.Stdout)!;
        }

        async Task Poll(Func<Task<bool>> done)
        {
            for (var i = 0; i < 30 && !await done(); i++)
            {
                await Task.Delay(100, Timeouts.Token());
            }

            Assert.True(await done());
        }

        await Aws("eks", "create-cluster", "--name", "cli", "--role-arn", "arn:aws:iam::123456789012:role/eks",
            "--resources-vpc-config", "subnetIds=subnet-1,subnet-2");
        await Poll(async () => (string)(await Aws("eks", "describe-cluster", "--name", "cli"))["cluster"]!["status"]! == "ACTIVE");
        var update = await Aws("eks", "associate-identity-provider-config", "--cluster-name", "cli",
            "--oidc", "identityProviderConfigName=corp,issuerUrl=https://issuer.example.com,clientId=kube", "--tags", "env=dev");
        var id = (string)update["update"]!["id"]!;
        await Poll(async () => (string)(await Aws("eks", "describe-update", "--name", "cli", "--update-id", id))["update"]!["status"]! == "Successful");

        const string Lmus = "license-manager-user-subscriptions";
        string[] user = ["--username", "alice", "--identity-provider", Idp];
        string[] registration = ["--identity-provider", Idp, "--product", "VISUAL_STUDIO_ENTERPRISE"];
        string[] onInstance = [.. user, "--instance-id", "i-0123456789abcdef0"];
        async Task<string?> Registered() =>
            (await Aws(Lmus, "list-identity-providers"))["IdentityProviderSummaries"] is JsonArray { Count: > 0 } found
                ? (string?)found[0]!["Status"] : null;
        async Task<string?> Subscribed() =>
            (string?)(await Aws([Lmus, "list-product-subscriptions", .. registration]))["ProductUserSummaries"]?[0]?["Status"];
        async Task<string?> Associated() =>
            (string?)(await Aws(Lmus, "list-user-associations", "--instance-id", "i-0123456789abcdef0", "--identity-provider", Idp))
                ["InstanceUserSummaries"]?[0]?["Status"];

        await Aws([Lmus, "register-identity-provider", .. registration,
            "--settings", """{"Subnets":["subnet-12345678"],"SecurityGroupId":"sg-12345678"}"""]);
        await Poll(async () => await Registered() == "REGISTERED");
        var settings = await Aws([Lmus, "update-identity-provider-settings", .. registration,
            "--update-settings", """{"AddSubnets":["subnet-87654321"],"RemoveSubnets":["subnet-12345678"]}"""]);
        Assert.Equal("""["subnet-87654321"]""", settings["IdentityProviderSummary"]!["Settings"]!["Subnets"]!.ToJsonString());
        await Aws([Lmus, "start-product-subscription", .. user, "--product", "VISUAL_STUDIO_ENTERPRISE"]);
        await Poll(async () => await Subscribed() == "SUBSCRIBED");
        await Aws([Lmus, "associate-user", .. onInstance]);
        await Poll(async () => await Associated() == "ASSOCIATED");

        await Aws([Lmus, "disassociate-user", .. onInstance]);
        await Poll(async () => await Associated() == "DISASSOCIATED");
        await Aws([Lmus, "stop-product-subscription", .. user, "--product", "VISUAL_STUDIO_ENTERPRISE"]);
        await Poll(async () => await Subscribed() == "UNSUBSCRIBED");
        await Aws([Lmus, "deregister-identity-provider", .. registration]);
        await Poll(async () => await Registered() is null);
    }
}
