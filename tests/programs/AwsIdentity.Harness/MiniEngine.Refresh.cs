using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace AwsIdentity.Harness;

public sealed partial class MiniEngine
{
    /// <summary>`pulumi refresh`: Read every resource; an empty id drops it, otherwise outputs and inputs are replaced.</summary>
    public async Task<IReadOnlyList<StepEvent>> RefreshAsync(CancellationToken ct = default)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        var steps = await Task.WhenAll(_state.Values.ToList().Select(async entry =>
        {
            await gate.WaitAsync(ct);
            try { return await ReadAsync(entry, ct); } finally { gate.Release(); }
        }));
        return steps.OrderBy(s => s.Urn, StringComparer.Ordinal).ToList();
    }

    private async Task<StepEvent> ReadAsync(StateEntry entry, CancellationToken ct)
    {
        var step = new StepEvent(StepKind.Refresh, entry.Urn, entry.Type, entry.Name, false);
        try
        {
            var r = await client.ReadAsync(new ReadRequest
            {
                Id = entry.Id, Urn = entry.Urn, Type = entry.Type, Name = entry.Name, Properties = entry.Outputs, Inputs = entry.Inputs,
            }, cancellationToken: ct);
            if (string.IsNullOrEmpty(r.Id))
            {
                _state.TryRemove(entry.Urn, out _);
                return Emit(step with { Kind = StepKind.Delete });
            }
            var changed = Diffs(entry.Outputs, r.Properties);
            entry.Outputs = r.Properties;
            if (r.Inputs is not null) entry.Inputs = r.Inputs;
            return Emit(step with { Outputs = r.Properties, Detailed = changed });
        }
        catch (RpcException e)
        {
            return Emit(step with { Error = e.Status.Detail });
        }
    }

    /// <summary>`pulumi import`: Read with only the id; the answer's inputs become the recorded inputs.</summary>
    public async Task<StepEvent> ImportAsync(string type, string name, string id, CancellationToken ct = default)
    {
        var urn = Urn(type, name);
        var step = new StepEvent(StepKind.Import, urn, type, name, false);
        try
        {
            var r = await client.ReadAsync(new ReadRequest { Id = id, Urn = urn, Type = type, Name = name }, cancellationToken: ct);
            if (r.Properties is null || string.IsNullOrEmpty(r.Id)) return Emit(step with { Error = $"resource '{id}' does not exist" });
            if (r.Inputs is null) return Emit(step with { Error = "provider does not support importing resources" });
            _state[urn] = new StateEntry { Urn = urn, Type = type, Name = name, Id = r.Id, Inputs = r.Inputs, Outputs = r.Properties };
            return Emit(step with { Outputs = r.Properties });
        }
        catch (RpcException e)
        {
            return Emit(step with { Error = e.Status.Detail });
        }
    }

    /// <summary>`pulumi destroy`: delete everything in state.</summary>
    public Task<IReadOnlyList<StepEvent>> DestroyAsync(CancellationToken ct = default) => RunAsync([], preview: false, ct);

    /// <summary>Top-level output properties whose values differ (what a refresh changed).</summary>
    private static Dictionary<string, PropertyDiff.Types.Kind> Diffs(Struct before, Struct after) =>
        before.Fields.Keys.Union(after.Fields.Keys)
            .Where(k => !Equals(before.Fields.GetValueOrDefault(k), after.Fields.GetValueOrDefault(k)))
            .ToDictionary(k => k, k => !before.Fields.ContainsKey(k) ? PropertyDiff.Types.Kind.Add
                : !after.Fields.ContainsKey(k) ? PropertyDiff.Types.Kind.Delete : PropertyDiff.Types.Kind.Update);
}
