using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AwsIdentity.Harness;

public sealed partial class MiniEngine
{
    /// <summary>The provider's checked inputs as the engine stores them (CheckConfig's answer; olds of the next DiffConfig).</summary>
    public Struct ProviderInputs { get; private set; } = new();

    /// <summary>
    /// The next `pulumi up` with a changed provider configuration, served by <paramref name="next"/> (a new plugin
    /// process, possibly with another environment). The engine's order: CheckConfig of the new config (olds = the
    /// stored provider inputs), then DiffConfig on the new provider (pkg/resource/deploy/providers/registry.go Diff;
    /// pkg/resource/deploy/step_generator.go providerChanged asks the same for every resource). A replacement
    /// replaces every resource of the provider with ReplaceKeys ["provider"] without calling Diff, so no
    /// deleteBeforeReplace: the new provider creates each one, and the old one is deleted by the old provider after
    /// the creates. Otherwise the resources stay and are diffed by the new provider as usual.
    /// </summary>
    public async Task<ProviderChange> ChangeProviderAsync(ResourceProvider.ResourceProviderClient next, JsonObject config,
        IEnumerable<Declared> program, CancellationToken ct = default)
    {
        var urn = Urn("pulumi:providers:awsidentity", "default");
        var check = await next.CheckConfigAsync(new CheckRequest
        {
            Urn = urn, Type = "pulumi:providers:awsidentity", Name = "default", Olds = ProviderInputs, News = Values.ToStruct(config),
        }, cancellationToken: ct);
        if (check.Failures.Count > 0)
            throw new InvalidOperationException("provider config: " + string.Join("; ", check.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        var diff = await next.DiffConfigAsync(new DiffRequest
        {
            Urn = urn, Type = "pulumi:providers:awsidentity", Name = "default", Id = "provider-id",
            Olds = ProviderInputs, OldInputs = ProviderInputs, News = check.Inputs,
        }, cancellationToken: ct);
        var engine = new MiniEngine(next, project, stack) { Parallelism = Parallelism, DeleteTimeoutSeconds = DeleteTimeoutSeconds };
        await engine.ConfigureAsync(Values.ToJson(check.Inputs));
        if (diff.Replaces.Count == 0)
        {
            engine.Adopt(_state.Values);
            return new ProviderChange(diff, engine, await engine.UpAsync(program, ct), []);
        }
        var created = await engine.UpAsync(program, ct);
        var deleted = await DestroyAsync(ct);
        return new ProviderChange(diff, engine, created, deleted);
    }
}

/// <summary>What a provider configuration change did: the DiffConfig answer, the engine that carries on with the
/// new provider, its steps, and the deletes the old provider made (when the provider was replaced).</summary>
public sealed record ProviderChange(DiffResponse Diff, MiniEngine Next, IReadOnlyList<StepEvent> Steps, IReadOnlyList<StepEvent> OldDeleted);
