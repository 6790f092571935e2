using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Faults;

/// <summary>Request counts per operation (overall and per service) and injected fault counts per kind.</summary>
public sealed class Stats
{
    private readonly Lock _gate = new();
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
        }
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
            };
        }
    }

    private static JsonObject Counts(Dictionary<string, long> counts) =>
        new(counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value)));
}
