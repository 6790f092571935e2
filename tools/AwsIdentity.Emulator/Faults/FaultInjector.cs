using System.Text.Json.Nodes;

namespace AwsIdentity.Emulator.Faults;

/// <summary>
/// Decides per request whether to inject a fault: queued "next" faults first, then the random rates of the
/// operation's rule (else the "*" rule). Random draws come from one generator seeded at start-up, so a run
/// with the same seed and the same request order injects the same faults.
/// </summary>
public sealed class FaultInjector(int seed)
{
    private static readonly string[] BusyOperations = ["AssociateIdentityProviderConfig", "DisassociateIdentityProviderConfig"];
    private readonly Lock _gate = new();
    private readonly List<NextFault> _next = [];
    private Dictionary<string, FaultRule> _rules = [];
    private Random _random = new(seed);

    public void SetRules(IReadOnlyDictionary<string, FaultRule> rules)
    {
        lock (_gate)
        {
            _rules = new Dictionary<string, FaultRule>(rules, StringComparer.OrdinalIgnoreCase);
        }
    }

    public void AddNext(NextFault fault)
    {
        lock (_gate)
        {
            _next.Add(fault);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _rules = [];
            _next.Clear();
            _random = new Random(seed);
        }
    }

    public JsonObject Describe()
    {
        lock (_gate)
        {
            var rules = new JsonObject();
            foreach (var (op, r) in _rules)
            {
                rules[op] = new JsonObject
                {
                    ["throttle"] = r.Throttle, ["serverError"] = r.ServerError, ["reset"] = r.Reset,
                    ["busy"] = r.Busy, ["latencyMs"] = r.LatencyMs,
                };
            }

            var next = new JsonArray(_next.Select(n => (JsonNode)new JsonObject
            {
                ["operation"] = n.Operation, ["errorCode"] = n.ErrorCode, ["httpStatus"] = n.HttpStatus,
                ["remaining"] = n.Remaining,
            }).ToArray());
            return new JsonObject { ["rules"] = rules, ["next"] = next };
        }
    }

    public (FaultDecision Decision, int LatencyMs) Decide(string operation)
    {
        lock (_gate)
        {
            var rule = _rules.GetValueOrDefault(operation) ?? _rules.GetValueOrDefault("*");
            var latency = rule?.LatencyMs ?? 0;
            var queued = _next.FirstOrDefault(n => string.Equals(n.Operation, operation, StringComparison.OrdinalIgnoreCase))
                ?? _next.FirstOrDefault(n => n.Operation == "*");
            if (queued is not null)
            {
                if (--queued.Remaining <= 0)
                {
                    _next.Remove(queued);
                }

                return (new FaultDecision("next", queued.ErrorCode, queued.HttpStatus, queued.Message), latency);
            }

            if (rule is null)
            {
                return (FaultDecision.None, latency);
            }

            var draw = _random.NextDouble();
            var decision = draw < rule.Reset ? "reset"
                : draw < rule.Reset + rule.Throttle ? "throttle"
                : draw < rule.Reset + rule.Throttle + rule.ServerError ? "serverError"
                : draw < rule.Reset + rule.Throttle + rule.ServerError + rule.Busy && BusyOperations.Contains(operation) ? "busy"
                : "none";
            return (decision == "none" ? FaultDecision.None : new FaultDecision(decision), latency);
        }
    }
}
