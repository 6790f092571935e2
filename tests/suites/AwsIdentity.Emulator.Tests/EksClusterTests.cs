using AwsIdentity.Emulator.Tests.Infrastructure;

namespace AwsIdentity.Emulator.Tests;

public sealed class EksClusterTests
{
    [Fact]
    public async Task Cluster_goes_from_creating_to_active_and_deleting_to_gone()
    {
        await using var emu = await TestEmulator.StartAsync();
        var created = (await emu.EksAsync("POST", "/clusters", Scenarios.CreateCluster("demo"))).Ok().Body["cluster"]!;
        Assert.Equal("CREATING", (string)created["status"]!);
        Assert.Equal("arn:aws:eks:us-east-1:123456789012:cluster/demo", (string)created["arn"]!);
        Assert.StartsWith("https://", (string)created["endpoint"]!);
        Assert.NotNull(created["version"]);
        Assert.True((double)created["createdAt"]! > 1_600_000_000);

        emu.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("CREATING", (string)(await emu.EksAsync("GET", "/clusters/demo")).Ok().Body["cluster"]!["status"]!);
        emu.Settle();
        Assert.Equal("ACTIVE", (string)(await emu.EksAsync("GET", "/clusters/demo")).Ok().Body["cluster"]!["status"]!);

        Assert.Equal("DELETING", (string)(await emu.EksAsync("DELETE", "/clusters/demo")).Ok().Body["cluster"]!["status"]!);
        emu.Settle();
        (await emu.EksAsync("GET", "/clusters/demo")).Error(404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task Duplicate_and_unknown_clusters_get_aws_errors()
    {
        await using var emu = await TestEmulator.StartAsync();
        (await emu.EksAsync("POST", "/clusters", Scenarios.CreateCluster("demo"))).Ok();
        (await emu.EksAsync("POST", "/clusters", Scenarios.CreateCluster("demo"))).Error(409, "ResourceInUseException");
        var missing = (await emu.EksAsync("GET", "/clusters/nope")).Error(404, "ResourceNotFoundException");
        Assert.Equal("No cluster found for name: nope.", missing.Message);
        (await emu.EksAsync("DELETE", "/clusters/nope")).Error(404, "ResourceNotFoundException");
    }

    [Fact]
    public async Task ListClusters_paginates()
    {
        await using var emu = await TestEmulator.StartAsync();
        foreach (var name in new[] { "a", "b", "c" })
        {
            (await emu.EksAsync("POST", "/clusters", Scenarios.CreateCluster(name))).Ok();
        }

        var first = (await emu.EksAsync("GET", "/clusters?maxResults=2")).Ok().Body;
        Assert.Equal(["a", "b"], first["clusters"]!.AsArray().Select(n => (string)n!));
        var token = Uri.EscapeDataString((string)first["nextToken"]!);
        var second = (await emu.EksAsync("GET", $"/clusters?maxResults=2&nextToken={token}")).Ok().Body;
        Assert.Equal(["c"], second["clusters"]!.AsArray().Select(n => (string)n!));
        Assert.Null(second["nextToken"]);

        (await emu.EksAsync("GET", "/clusters?maxResults=0")).Error(400, "InvalidParameterException");
        (await emu.EksAsync("GET", "/clusters?maxResults=101")).Error(400, "InvalidParameterException");
        (await emu.EksAsync("GET", "/clusters?maxResults=abc")).Error(400, "InvalidParameterException");
        (await emu.EksAsync("GET", "/clusters?nextToken=bogus")).Error(400, "InvalidParameterException");
    }
}
