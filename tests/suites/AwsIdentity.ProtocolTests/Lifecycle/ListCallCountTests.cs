using System.Diagnostics;
using AwsIdentity.Harness;
using Xunit.Abstractions;
using static AwsIdentity.ProtocolTests.Lifecycle.Programs;

namespace AwsIdentity.ProtocolTests.Lifecycle;

/// <summary>
/// A refresh of many associations shares ListUserAssociations calls per instance and directory (issue 5, Read):
/// 200 associations on 20 instances must cost about 20 listings, not 200.
/// </summary>
public sealed class ListCallCountTests(LifecycleFixture fixture, ITestOutputHelper output) : IClassFixture<LifecycleFixture>
{
    private const int Instances = 20;
    private const int UsersPerInstance = 10;

    [Fact]
    public async Task Refresh_OfManyAssociations_SharesOneListingPerInstance()
    {
        var instances = Enumerable.Range(0, Instances).Select(_ => LifecycleFixture.NewInstanceId()).ToList();
        var program = instances.SelectMany((instance, i) => Enumerable.Range(0, UsersPerInstance)
            .Select(u => Lmus(instance, $"user{u:D2}", name: $"user-{i:D2}-{u:D2}"))).ToList();
        var engine = await fixture.NewEngineAsync(parallelism: 32);
        await fixture.Control.SettingsAsync(0);
        var clock = Stopwatch.StartNew();
        try
        {
            await engine.UpAsync(program);
        }
        finally
        {
            await fixture.Control.SettingsAsync(LifecycleFixture.TransitionMs);
        }
        output.WriteLine($"created {engine.State.Count} associations in {clock.Elapsed.TotalSeconds:F1}s");
        Assert.Equal(Instances * UsersPerInstance, engine.State.Count);

        await fixture.Control.ResetStatsAsync();
        clock.Restart();
        var refreshed = await engine.RefreshAsync();
        var listCalls = await fixture.Control.CallsAsync("ListUserAssociations");
        output.WriteLine($"refreshed {refreshed.Count} associations on {Instances} instances in {clock.Elapsed.TotalSeconds:F1}s " +
                         $"with {listCalls} ListUserAssociations calls");

        Assert.All(refreshed, s => Assert.Null(s.Error));
        Assert.All(refreshed, s => Assert.Equal(StepKind.Refresh, s.Kind));
        Assert.All(refreshed, s => Assert.Empty(s.Detailed));
        Assert.InRange(listCalls, Instances, Instances + 2);

        await engine.DestroyAsync();
        Assert.Empty(engine.State);
    }
}
