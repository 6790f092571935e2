using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Host;
using DiffKind = Pulumirpc.PropertyDiff.Types.Kind;

namespace AwsIdentity.Tests.Support;

/// <summary>A Diff as the Pulumi host makes it: ignoreChanges applied (PulumiIgnoreChanges.cs), then the core's plan.</summary>
public sealed record DiffRequest(string Id, string Urn, ObjectValue OldOutputs, ObjectValue OldInputs, ObjectValue News,
    IReadOnlyList<string> IgnoreChanges);

public static class PulumiDiff
{
    public static ChangePlan Diff(this IResourceHandler handler, DiffRequest r) =>
        handler.PlanChange(new PlanRequest(r.Id, r.OldOutputs, r.OldInputs,
            PulumiIgnoreChanges.Apply(handler, r.OldOutputs, r.OldInputs, r.News, r.IgnoreChanges)));

    /// <summary>The plan's changes as the engine receives them (ProtocolMapping.KindOf).</summary>
    public static IReadOnlyDictionary<string, (DiffKind Kind, bool InputDiff)> Pulumi(this IReadOnlyDictionary<string, PropertyChange> changes) =>
        changes.ToDictionary(kv => kv.Key, kv => (ProtocolMapping.KindOf(kv.Value), kv.Value.InputDiff));
}

/// <summary>Previews as the Pulumi host answers them (ProviderService.Resources.cs): the core's plans, no AWS.</summary>
public static class PulumiPreview
{
    public static Task<CreateResult> PlanCreateAsync(this IResourceHandler handler, ObjectValue inputs) =>
        Task.FromResult(new CreateResult("", handler.PlanCreate(inputs).Outputs));

    public static Task<ObjectValue> PlanUpdateAsync(this IResourceHandler handler, UpdateRequest request) =>
        Task.FromResult(handler.PlanUpdate(request));
}
