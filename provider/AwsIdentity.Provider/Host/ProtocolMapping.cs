using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Values;
using Pulumirpc;

namespace AwsIdentity.Provider.Host;

/// <summary>Protocol-free results → pulumirpc messages.</summary>
public static class ProtocolMapping
{
    public static CheckResponse ToCheckResponse(ObjectValue inputs, IEnumerable<ValidationFailure> failures)
    {
        var response = new CheckResponse { Inputs = StructCodec.Encode(inputs) };
        response.Failures.AddRange(failures.Select(ToCheckFailure));
        return response;
    }

    /// <summary>
    /// The engine prints a failure with <c>inputs[property]</c>, a top-level key lookup
    /// (pkg/resource/deploy/step_generator.go issueCheckFailures): a nested path there prints <c>value {&lt;nil&gt;}</c>.
    /// So the property is the top-level input and a nested path leads the reason; validators keep full paths. An
    /// empty top-level key is an empty property, which the engine prints as a failure of the whole resource: the
    /// path (<c>[""]</c>) leads the reason then too.
    /// </summary>
    public static CheckFailure ToCheckFailure(ValidationFailure failure)
    {
        var path = failure.Path;
        var located = path.Segments.Length == 1 && path.Head.Length > 0 || path.IsRoot;
        return new CheckFailure { Property = path.Head, Reason = located ? failure.Reason : $"{path}: {failure.Reason}" };
    }

    public static DiffResponse ToDiffResponse(ChangePlan diff)
    {
        var response = new DiffResponse
        {
            Changes = diff.HasChanges ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
            DeleteBeforeReplace = diff.DeleteFirst,
            // The engine ignores detailedDiff unless this is set (pulumi/pulumi pkg/resource/plugin/provider_plugin.go decodeDetailedDiff).
            HasDetailedDiff = true,
        };
        response.Replaces.AddRange(diff.ReplaceKeys);
        response.Diffs.AddRange(diff.ChangedKeys);
        foreach (var (path, change) in diff.Changes)
            response.DetailedDiff[path] = new PropertyDiff { Kind = KindOf(change), InputDiff = change.InputDiff };
        return response;
    }

    /// <summary>Pulumi's kinds pair each change with its replacing form (pulumi/pulumi proto/pulumi/provider.proto PropertyDiff).</summary>
    public static PropertyDiff.Types.Kind KindOf(PropertyChange change) => (change.Kind, change.Replaces) switch
    {
        (ChangeKind.Add, false) => PropertyDiff.Types.Kind.Add,
        (ChangeKind.Add, true) => PropertyDiff.Types.Kind.AddReplace,
        (ChangeKind.Delete, false) => PropertyDiff.Types.Kind.Delete,
        (ChangeKind.Delete, true) => PropertyDiff.Types.Kind.DeleteReplace,
        (_, false) => PropertyDiff.Types.Kind.Update,
        (_, true) => PropertyDiff.Types.Kind.UpdateReplace,
    };

    public static TimeSpan? Timeout(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
}
