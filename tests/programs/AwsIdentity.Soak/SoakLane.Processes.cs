using AwsIdentity.Harness;

namespace AwsIdentity.Soak;

public sealed partial class SoakLane
{
    /// <summary>A fresh provider process and engine; with <paramref name="adopt"/>, the previous engine's state
    /// carries over as the stack file does between two `pulumi` runs.</summary>
    private async Task StartProviderAsync(bool adopt)
    {
        var previous = adopt ? _engine?.State.Values.ToList() : null;
        await StopProviderAsync();
        _provider = await ProviderProcess.StartAsync(engine.Address);
        ProcessGuard.Track(_provider.Pid, RepoPaths.BinaryName);
        _engine = new MiniEngine(_provider.Client, "soak", $"lane{lane}") { Parallelism = 8 };
        await _engine.ConfigureAsync(SoakProgram.ProviderConfig(emulator.Url));
        if (previous is not null) _engine.Adopt(previous);
    }

    private async Task StopProviderAsync()
    {
        if (_provider is null) return;
        var pid = _provider.Pid;
        await _provider.DisposeAsync();
        ProcessGuard.Untrack(pid);
        _provider = null;
    }

    /// <summary>The emulator must hold exactly the lane's objects the recorded state names.</summary>
    private async Task AuditAsync(string when, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var audit = await LaneAuditAsync();
        counters.Audit();
        foreach (var orphan in audit.Orphans) counters.Orphans.Enqueue($"lane {lane} {when}: {orphan}");
        foreach (var lost in audit.Lost) counters.Lost.Enqueue($"lane {lane} {when}: {lost}");
        if (!audit.Clean) log($"[lane {lane}]   audit {when}: {audit}");
    }

    private async Task<EmulatorInventory.Audit> LaneAuditAsync()
    {
        var all = await EmulatorInventory.ReadAsync(emulator.Control);
        HashSet<string> Mine(IEnumerable<string>? ids) => (ids ?? []).Where(id => SoakProgram.Owns(lane, id)).ToHashSet();
        var mine = new EmulatorInventory(Mine(all.Configs), Mine(all.Associations), Mine(all.Registrations), Mine(all.Subscriptions));
        return mine.Compare(_engine.State.Values);
    }
}
