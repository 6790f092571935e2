using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Faults;

/// <summary>Request counts per operation (overall and per service), injected fault counts per kind, and a
/// timeline: per second since the last reset, the requests each operation sent and how many were rate-limited.</summary>
public sealed class Stats(TimeProvider time)
{
    private const int TimelineSeconds = 3600;
    private readonly Lock _gate = new();
    private readonly List<Dictionary<string, (long Sent, long Limited)>> _timeline = [];
    private long _since = time.GetTimestamp();
    private readonly Dictionary<string, long> _operations = [];
    private readonly Dictionary<string, Dictionary<string, long>> _byService = [];
    private readonly Dictionary<string, long> _faults = [];
    private long _total;

    public void CountRequest(string service, string operation)
    {
        lock (_gate)
        {
            _total++;
            _operations[operation] = _operations.GetValueOrDefault(operation) + 1;
            var perService = _byService.TryGetValue(service, out var d) ? d : _byService[service] = [];
            perService[operation] = perService.GetValueOrDefault(operation) + 1;
            Tally(operation, sent: 1, limited: 0);
        }
    }

    /// <summary>Marks the last request counted for <paramref name="operation"/> as turned away by the rate limit.</summary>
    public void CountRateLimited(string operation)
    {
        lock (_gate)
        {
            CountFault("rateLimit");
            Tally(operation, sent: 0, limited: 1);
        }
    }

    /// <summary>Adds to the current second's counts of one operation (none past the timeline's end). Caller holds the lock.</summary>
    private void Tally(string operation, int sent, int limited)
    {
        var index = (int)time.GetElapsedTime(_since).TotalSeconds;
        if (index >= TimelineSeconds) return;
        while (_timeline.Count <= index) _timeline.Add([]);
        var (s, l) = _timeline[index].GetValueOrDefault(operation);
        _timeline[index][operation] = (s + sent, l + limited);
    }

    public void CountFault(string kind)
    {
        lock (_gate)
        {
            _faults[kind] = _faults.GetValueOrDefault(kind) + 1;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _total = 0;
            _operations.Clear();
            _byService.Clear();
            _faults.Clear();
            _timeline.Clear();
            _since = time.GetTimestamp();
        }
    }

    public JsonObject Snapshot()
    {
        lock (_gate)
        {
            var byService = new JsonObject();
            foreach (var (service, ops) in _byService)
            {
                byService[service] = Counts(ops);
            }

            return new JsonObject
            {
                ["total"] = _total,
                ["operations"] = Counts(_operations),
                ["byService"] = byService,
                ["faults"] = Counts(_faults),
                ["timeline"] = new JsonArray(_timeline.Select(second => (JsonNode)new JsonObject(second
                    .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)new JsonArray(kv.Value.Sent, kv.Value.Limited))))).ToArray()),
            };
        }
    }

    private static JsonObject Counts(Dictionary<string, long> counts) =>
        new(counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
}
