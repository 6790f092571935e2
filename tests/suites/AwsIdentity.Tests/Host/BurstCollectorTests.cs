using AwsIdentity.Provider.Host;

namespace AwsIdentity.Tests.Host;

public sealed class BurstCollectorTests
{
    private int _collections;

    private BurstCollector Collector() => new(() => _collections++);

    private static void Run(BurstCollector collector, int concurrent)
    {
        for (var i = 0; i < concurrent; i++) collector.Enter();
        for (var i = 0; i < concurrent; i++) collector.Exit();
    }

    [Fact]
    public void Exit_LastCallOfABurst_CollectsOnce()
    {
        var collector = Collector();
        for (var i = 0; i < BurstCollector.Burst; i++) collector.Enter();
        for (var i = 0; i < BurstCollector.Burst - 1; i++) collector.Exit();
        Assert.Equal(1, _collections); // the tail's, at a tenth of the peak
        collector.Exit();
        Assert.Equal(2, _collections);
    }

    [Fact]
    public void Exit_BurstFallsToATenthOfItsPeak_CollectsOnceBeforeItEnds()
    {
        var collector = Collector();
        for (var i = 0; i < 1000; i++) collector.Enter();
        for (var i = 0; i < 899; i++) collector.Exit();
        Assert.Equal(0, _collections);
        collector.Exit(); // 100 left: a tenth
        Assert.Equal(1, _collections);
        for (var i = 0; i < 99; i++) collector.Exit();
        Assert.Equal(1, _collections);
        collector.Exit();
        Assert.Equal(2, _collections);
    }

    [Fact]
    public void Exit_FewerConcurrentCallsThanABurst_NeverCollects()
    {
        var collector = Collector();
        for (var i = 0; i < 10; i++) Run(collector, BurstCollector.Burst - 1);
        Assert.Equal(0, _collections);
    }

    [Fact]
    public void Exit_AfterACollection_NeedsANewBurst()
    {
        var collector = Collector();
        Run(collector, BurstCollector.Burst);
        Run(collector, 1);
        Assert.Equal(2, _collections);
        Run(collector, BurstCollector.Burst);
        Assert.Equal(4, _collections);
    }
}
