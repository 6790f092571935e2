using System.Text.Json.Nodes;
using AwsIdentity.Emulator.Faults;
using AwsIdentity.Emulator.Hosting;
using AwsIdentity.Emulator.State;
using Microsoft.AspNetCore.Http;

namespace AwsIdentity.Emulator.Control;

/// <summary>The unsigned control API under /_emulator/ (see README.md).</summary>
public sealed class ControlApi(EmulatorStore store, FaultInjector faults, RateLimiter limiter, Stats stats)
{
    public const string Prefix = "/_emulator";
    private readonly DriftApi _drift = new(store);
    private readonly LmusDriftApi _lmus = new(store);

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        try
        {
            var raw = await BodyReader.ReadAsync(http.Request, 1024 * 1024, ct) ?? throw new ControlException(413, "Body too large.");
            var body = ControlBody.Parse(raw);
            var path = http.Request.Path.Value![Prefix.Length..].TrimEnd('/');
            var result = Route(http.Request.Method, path, body) ?? new JsonObject { ["ok"] = true };
            await HttpReplies.JsonAsync(http, 200, result, ct);
        }
        catch (ControlException e)
        {
            await HttpReplies.JsonAsync(http, e.Status, new JsonObject { ["message"] = e.Message }, ct);
        }
    }

    private JsonNode? Route(string method, string path, ControlBody body)
    {
        switch (method, path)
        {
            case ("POST", "/reset"):
                store.Reset();
                faults.Reset();
                limiter.Reset();
                stats.Reset();
                return null;
            case ("GET", "/state"):
                var state = JsonNode.Parse(store.Dump())!.AsObject();
                state["transitionMs"] = store.Transition.TotalMilliseconds;
                state["faults"] = faults.Describe();
                return state;
            case ("GET", "/stats"):
                return stats.Snapshot();
            case ("POST", "/stats/reset"):
                stats.Reset();
                return null;
            case ("GET", "/faults"):
                return faults.Describe();
            case ("POST", "/faults"):
                faults.SetRules(ParseRules(body));
                return faults.Describe();
            case ("DELETE", "/faults"):
                faults.Reset();
                return null;
            case ("POST", "/faults/next"):
                var count = (int)(body.Number("count") ?? 1);
                var status = body.Number("httpStatus") is { } s ? (int?)s : null;
                faults.AddNext(new NextFault(body.Required("operation"), body.Required("errorCode"), status, body.Str("message")) { Remaining = Math.Max(1, count) });
                return faults.Describe();
            case ("POST", "/settings"):
                var ms = body.Number("transitionMs") ?? throw new ControlException(400, "'transitionMs' is required.");
                store.Transition = TimeSpan.FromMilliseconds(Math.Max(0, ms));
                return new JsonObject { ["transitionMs"] = store.Transition.TotalMilliseconds };
            case ("POST", "/ratelimit"):
                var service = body.Required("service");
                if (service is not ("eks" or "lmus"))
                {
                    throw new ControlException(400, "'service' must be \"eks\" or \"lmus\".");
                }

                limiter.Configure(service, body.Number("requestsPerSecond") ?? 0, (int)(body.Number("burst") ?? 1));
                return null;
            default:
                return RouteDrift(method, path, body);
        }
    }

    private JsonNode? RouteDrift(string method, string path, ControlBody body)
    {
        Action<ControlBody> action = (method, path) switch
        {
            ("POST", "/eks/fail-next-update") => _drift.FailNextUpdate,
            ("POST", "/eks/clusters") => _drift.SeedCluster,
            ("POST", "/eks/delete-config") => _drift.DeleteConfig,
            ("POST", "/eks/update-config") => _drift.UpdateConfig,
            ("POST", "/lmus/fail-next-association") => _lmus.FailNextAssociation,
            ("POST", "/lmus/fail-next-registration") => _lmus.FailNextRegistration,
            ("POST", "/lmus/fail-next-subscription") => _lmus.FailNextSubscription,
            ("POST", "/lmus/identity-providers") => _lmus.SeedIdentityProvider,
            ("POST", "/lmus/delete-identity-provider") => _lmus.DeleteIdentityProvider,
            ("POST", "/lmus/update-identity-provider") => _lmus.UpdateIdentityProvider,
            ("POST", "/lmus/subscriptions") => _lmus.SeedSubscription,
            ("POST", "/lmus/delete-subscription") => _lmus.DeleteSubscription,
            ("POST", "/lmus/delete-association") => _lmus.DeleteAssociation,
            ("POST", "/lmus/instances") => _drift.SetInstance,
            ("POST", "/tags") => _drift.SetTags,
            ("POST", "/echo") => _drift.SetEcho,
            _ => throw new ControlException(404, $"Unknown control endpoint: {method} {Prefix}{path}"),
        };
        action(body);
        return null;
    }

    private static Dictionary<string, FaultRule> ParseRules(ControlBody body)
    {
        var rules = new Dictionary<string, FaultRule>();
        foreach (var (operation, node) in body.Json)
        {
            var rule = new ControlBody(node as JsonObject ?? throw new ControlException(400, $"Rule for '{operation}' must be an object."));
            rules[operation] = new FaultRule
            {
                Throttle = Rate(rule, "throttle"),
                ServerError = Rate(rule, "serverError"),
                Reset = Rate(rule, "reset"),
                Busy = Rate(rule, "busy"),
                LatencyMs = (int)(rule.Number("latencyMs") ?? 0),
            };
        }

        return rules;
    }

    private static double Rate(ControlBody rule, string name) =>
        rule.Number(name) is { } r && r is >= 0 and <= 1 ? r
        : rule.Number(name) is null ? 0
        : throw new ControlException(400, $"'{name}' must be between 0 and 1.");
}
