using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task Rate_one_faults_hit_every_request()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "faults", """{"ListClusters":{"throttle":1},"ListUserAssociations":{"serverError":1}}""")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Error(429, "ThrottlingException");
        (await emu.LmusAsync("/user/ListUserAssociations", Scenarios.ListUsers())).Error(500, "InternalServerException");
        (await emu.ControlAsync("POST", "faults", """{"*":{"serverError":1}}""")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Error(500, "ServerException");
        (await emu.ControlAsync("DELETE", "faults")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        var faults = (await emu.ControlAsync("GET", "stats")).Body["faults"]!;
        Assert.Equal(1, (int)faults["throttle"]!);
        Assert.Equal(2, (int)faults["serverError"]!);
    }

    [Fact]
    public async Task Busy_and_reset_faults()
    {
        await using var emu = await TestEmulator.StartAsync();
        await Scenarios.ActiveClusterAsync(emu);
        (await emu.ControlAsync("POST", "faults", """{"AssociateIdentityProviderConfig":{"busy":1},"DescribeCluster":{"reset":1}}""")).Ok();
        var busy = (await emu.EksAsync("POST", "/clusters/demo/identity-provider-configs/associate", Scenarios.Associate())).Error(409, "ResourceInUseException");
        Assert.Contains("currently has update", busy.Message);
        await Assert.ThrowsAsync<HttpRequestException>(() => emu.EksAsync("GET", "/clusters/demo"));
        Assert.Equal("[]", (await emu.ControlAsync("GET", "state")).Body["configs"]!.ToJsonString());
    }

    [Fact]
    public async Task Next_faults_fire_a_fixed_number_of_times()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "faults/next", """{"operation":"ListClusters","errorCode":"ServiceUnavailableException","count":2}""")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Error(503, "ServiceUnavailableException");
        (await emu.EksAsync("GET", "/clusters")).Error(503, "ServiceUnavailableException");
        (await emu.EksAsync("GET", "/clusters")).Ok();
        (await emu.ControlAsync("POST", "faults/next", """{"operation":"AssociateUser","errorCode":"AccessDeniedException","httpStatus":403}""")).Ok();
        (await emu.LmusAsync("/user/AssociateUser", Scenarios.User("a"))).Error(403, "AccessDeniedException");
    }

    [Fact]
    public async Task Random_faults_are_deterministic_for_a_seed()
    {
        async Task<string> RunAsync()
        {
            await using var emu = await TestEmulator.StartAsync(new EmulatorOptions { Seed = 42 });
            (await emu.ControlAsync("POST", "faults", """{"*":{"throttle":0.5}}""")).Ok();
            var outcomes = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                outcomes.Add((await emu.EksAsync("GET", "/clusters")).Status);
            }

            return string.Join(',', outcomes);
        }

        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains("429", first);
        Assert.Contains("200", first);
    }

    [Fact]
    public async Task Rate_limit_throttles_beyond_the_burst_and_refills_with_time()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "ratelimit", """{"service":"eks","requestsPerSecond":1,"burst":2}""")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Error(429, "ThrottlingException");
        (await emu.LmusAsync("/instance/ListInstances", "{}")).Ok();
        emu.Time.Advance(TimeSpan.FromSeconds(1));
        (await emu.EksAsync("GET", "/clusters")).Ok();
        var stats = (await emu.ControlAsync("GET", "stats")).Body;
        Assert.Equal(1, (int)stats["faults"]!["rateLimit"]!);
        // The timeline: per second, each operation's [sent, rate-limited].
        Assert.Equal("""[{"ListClusters":[3,1],"ListInstances":[1,0]},{"ListClusters":[1,0]}]""", stats["timeline"]!.ToJsonString());
    }

    [Fact]
    public async Task Latency_delays_the_answer()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.ControlAsync("POST", "faults", """{"ListClusters":{"latencyMs":150}}""")).Ok();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        Assert.True(watch.ElapsedMilliseconds >= 140, $"took {watch.ElapsedMilliseconds} ms");
        (await emu.ControlAsync("POST", "faults", """{"x":{"throttle":2}}""")).Error(400, null!);
    }

    [Fact]
    public async Task Stats_count_requests_per_operation()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        (await emu.EksAsync("GET", "/clusters")).Ok();
        (await emu.LmusAsync("/instance/ListInstances", "{}")).Ok();
        var stats = (await emu.ControlAsync("GET", "stats")).Body;
        Assert.Equal(2, (int)stats["operations"]!["ListClusters"]!);
        Assert.Equal(1, (int)stats["byService"]!["lmus"]!["ListInstances"]!);
        Assert.Equal(3, (int)stats["total"]!);
        (await emu.ControlAsync("POST", "stats/reset")).Ok();
        Assert.Equal(0, (int)(await emu.ControlAsync("GET", "stats")).Body["total"]!);
        Assert.IsType<JsonObject>((await emu.ControlAsync("GET", "faults")).Body["rules"]);
    }
}
