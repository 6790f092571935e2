using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task Signatures_are_verified()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null, secretKey: "wrong")).Error(403, "InvalidSignatureException");
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null, accessKey: "nobody")).Error(403, "UnrecognizedClientException");
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null, tamper: r => r.Headers.Remove("Authorization")))
            .Error(403, "MissingAuthenticationTokenException");
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters?maxResults=5", null, tamper: r => r.RequestUri = new Uri(r.RequestUri!, "/clusters?maxResults=6")))
            .Error(403, "InvalidSignatureException");
        (await emu.CallAsync(TestEmulator.Eks, "POST", "/clusters", Scenarios.CreateCluster("a"),
            tamper: r => r.Content = new StringContent(Scenarios.CreateCluster("b").ToJsonString()))).Error(403, "InvalidSignatureException");
        (await emu.CallAsync(TestEmulator.Lmus, "GET", "/clusters", null)).Error(403, "InvalidSignatureException");
        Assert.Equal("[]", (await emu.ControlAsync("GET", "state")).Body["clusters"]!.ToJsonString());
    }

    [Fact]
    public async Task Session_tokens_and_payload_hash_headers_are_accepted()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null, sessionToken: "session")).Ok();
        (await emu.CallAsync(TestEmulator.Eks, "POST", "/clusters", Scenarios.CreateCluster("a"), contentSha: "UNSIGNED-PAYLOAD")).Ok();
        (await emu.CallAsync(TestEmulator.Eks, "POST", "/clusters", Scenarios.CreateCluster("b"), contentSha: new string('0', 64)))
            .Error(403, "InvalidSignatureException");
    }

    [Fact]
    public async Task Other_credentials_can_be_configured()
    {
        await using var emu = await TestEmulator.StartAsync(new EmulatorOptions { AccessKey = "AKIDEXAMPLE", SecretKey = "s3cr3t" });
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null, "AKIDEXAMPLE", "s3cr3t")).Ok();
        (await emu.CallAsync(TestEmulator.Eks, "GET", "/clusters", null)).Error(403, "UnrecognizedClientException");
    }
}
