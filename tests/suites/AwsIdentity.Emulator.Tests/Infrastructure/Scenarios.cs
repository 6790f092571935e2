using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Tests.Infrastructure;

/// <summary>Request bodies and multi-step setups shared by the tests.</summary>
public static class Scenarios
{
    public const string Directory = "d-1234567890";
    public const string Instance = "i-0123456789abcdef0";

    public static JsonObject IdentityProvider(string directory = Directory) =>
        new() { ["ActiveDirectoryIdentityProvider"] = new JsonObject { ["DirectoryId"] = directory } };

    public static JsonObject CreateCluster(string name) => new()
    {
        ["name"] = name,
        ["roleArn"] = "arn:aws:iam::123456789012:role/eks",
        ["resourcesVpcConfig"] = new JsonObject { ["subnetIds"] = new JsonArray("subnet-1", "subnet-2") },
    };

    public static JsonObject Associate(string name = "corp", string? token = null, JsonObject? tags = null)
    {
        var body = new JsonObject
        {
            ["oidc"] = new JsonObject
            {
                ["identityProviderConfigName"] = name,
                ["issuerUrl"] = "https://issuer.example.com",
                ["clientId"] = "kubernetes",
                ["groupsClaim"] = "groups",
                ["requiredClaims"] = new JsonObject { ["aud"] = "kubernetes" },
            },
        };
        if (token is not null)
        {
            body["clientRequestToken"] = token;
        }

        if (tags is not null)
        {
            body["tags"] = tags;
        }

        return body;
    }

    public static JsonObject ConfigRef(string name = "corp") =>
        new() { ["identityProviderConfig"] = new JsonObject { ["type"] = "oidc", ["name"] = name } };

    /// <summary>Creates a cluster through the API and lets it become ACTIVE.</summary>
    public static async Task ActiveClusterAsync(TestEmulator emu, string name = "demo")
    {
        (await emu.EksAsync("POST", "/clusters", CreateCluster(name))).Ok();
        emu.Settle();
    }

    /// <summary>An ACTIVE cluster with an ACTIVE OIDC config; returns the config ARN.</summary>
    public static async Task<string> ActiveConfigAsync(TestEmulator emu, string cluster = "demo", string name = "corp")
    {
        await ActiveClusterAsync(emu, cluster);
        (await emu.EksAsync("POST", $"/clusters/{cluster}/identity-provider-configs/associate", Associate(name))).Ok();
        emu.Settle();
        var describe = await emu.EksAsync("POST", $"/clusters/{cluster}/identity-provider-configs/describe", ConfigRef(name));
        return (string)describe.Ok().Body["identityProviderConfig"]!["oidc"]!["identityProviderConfigArn"]!;
    }

    /// <summary>Registers the directory through the API and lets it become REGISTERED.</summary>
    public static async Task RegisterAsync(TestEmulator emu, string directory = Directory, string product = "VISUAL_STUDIO_ENTERPRISE")
    {
        var body = new JsonObject
        {
            ["IdentityProvider"] = IdentityProvider(directory),
            ["Product"] = product,
            ["Settings"] = new JsonObject { ["Subnets"] = new JsonArray("subnet-12345678"), ["SecurityGroupId"] = "sg-12345678" },
        };
        (await emu.LmusAsync("/identity-provider/RegisterIdentityProvider", body)).Ok();
        emu.Settle();
    }

    public static JsonObject User(string username, string instance = Instance, string? domain = null)
    {
        var body = new JsonObject { ["Username"] = username, ["InstanceId"] = instance, ["IdentityProvider"] = IdentityProvider() };
        if (domain is not null)
        {
            body["Domain"] = domain;
        }

        return body;
    }

    public static JsonObject ListUsers(string instance = Instance, JsonArray? filters = null, int? max = null, string? next = null)
    {
        var body = new JsonObject { ["InstanceId"] = instance, ["IdentityProvider"] = IdentityProvider() };
        if (filters is not null)
        {
            body["Filters"] = filters;
        }

        if (max is not null)
        {
            body["MaxResults"] = max;
        }

        if (next is not null)
        {
            body["NextToken"] = next;
        }

        return body;
    }

    public static JsonObject Filter(string attribute, string value, string operation = "eq") =>
        new() { ["Attribute"] = attribute, ["Operation"] = operation, ["Value"] = value };
}
