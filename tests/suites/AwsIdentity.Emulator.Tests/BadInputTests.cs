using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

/// <summary>Bad input gets the service's validation error, never a 500, and never changes state.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        { TestEmulator.Eks, "POST", "/clusters", "{not json", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters", "[1,2]", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters", """{"name":"x"}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters", """{"name":5,"roleArn":"r","resourcesVpcConfig":{}}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters", """{"name":"-bad","roleArn":"r","resourcesVpcConfig":{}}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters/demo/identity-provider-configs/associate", """{"oidc":{"issuerUrl":"https://x"}}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters/demo/identity-provider-configs/associate", """{"oidc":"x"}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters/demo/identity-provider-configs/associate", """{"oidc":{"identityProviderConfigName":"a","issuerUrl":"https://x","clientId":"c","requiredClaims":{"k":1}}}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters/demo/identity-provider-configs/associate", """{"oidc":{"identityProviderConfigName":"a","issuerUrl":"https://x","clientId":"c"},"tags":{}}""", "InvalidParameterException" },
        { TestEmulator.Eks, "POST", "/clusters/demo/identity-provider-configs/describe", "{}", "InvalidParameterException" },
        { TestEmulator.Eks, "DELETE", "/tags/arn%3Aaws%3Aeks%3Aus-east-1%3A123456789012%3Acluster%2Fdemo", "", "BadRequestException" },
        { TestEmulator.Lmus, "POST", "/user/AssociateUser", "{", "ValidationException" },
        { TestEmulator.Lmus, "POST", "/user/AssociateUser", """{"Username":"a"}""", "ValidationException" },
        { TestEmulator.Lmus, "POST", "/user/AssociateUser", """{"Username":["a"],"InstanceId":"i-01234567","IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}}""", "ValidationException" },
        { TestEmulator.Lmus, "POST", "/user/AssociateUser", """{"Username":"a","InstanceId":"i-01234567","IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"bad"}}}""", "ValidationException" },
        { TestEmulator.Lmus, "POST", "/user/ListUserAssociations", """{"InstanceId":"i-01234567","IdentityProvider":{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}},"MaxResults":"ten"}""", "ValidationException" },
        { TestEmulator.Lmus, "POST", "/identity-provider/RegisterIdentityProvider", """{"IdentityProvider":{},"Product":"P"}""", "ValidationException" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_requests_get_validation_errors_and_change_nothing(string service, string method, string path, string body, string error)
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        await Scenarios.RegisterAsync(emu);
        var before = await emu.StateAsync();
        (await emu.CallAsync(service, method, path, body)).Error(400, error);
        Assert.Equal(before, await emu.StateAsync());
    }

    [Fact]
    public async Task Oversized_bodies_are_rejected()
    {
        await using var emu = await TestEmulator.StartAsync();
        var huge = Scenarios.CreateCluster("big");
        huge["roleArn"] = new string('x', 1024 * 1024 + 10);
        (await emu.EksAsync("POST", "/clusters", huge)).Error(400, "InvalidParameterException");
        var user = Scenarios.User(new string('x', 1024 * 1024 + 10));
        (await emu.LmusAsync("/user/AssociateUser", user)).Error(400, "ValidationException");
        Assert.Equal("[]", (await emu.ControlAsync("GET", "state")).Body["clusters"]!.ToJsonString());
    }

    [Theory]
    [InlineData("GET", "/nope")]
    [InlineData("PUT", "/clusters")]
    [InlineData("GET", "/clusters/a/b/c/d/e")]
    [InlineData("POST", "/user/NoSuchOperation")]
    public async Task Unknown_paths_are_unknown_operations(string method, string path)
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.CallAsync(TestEmulator.Eks, method, path, null)).Error(404, "UnknownOperationException");
    }

    [Fact]
    public async Task Tag_paths_are_told_apart_by_signing_service()
    {
        await using var emu = await TestEmulator.StartAsync();
        var arn = Uri.EscapeDataString(await Scenarios.ActiveConfigAsync(emu));
        var body = new JsonObject { ["Tags"] = new JsonObject { ["a"] = "1" } };
        (await emu.CallAsync(TestEmulator.Lmus, "PUT", $"/tags/{arn}", body)).Error(400, "ValidationException");
        (await emu.CallAsync(TestEmulator.Eks, "GET", $"/tags/{arn}", null)).Ok();
    }
}
