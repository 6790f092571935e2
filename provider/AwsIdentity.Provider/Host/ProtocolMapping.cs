using AwsIdentity.Provider.Model;
using AwsIdentity.Provider.Resources;
using AwsIdentity.Provider.Values;
using Pulumirpc;

namespace AwsIdentity.Provider.Host;

/// <summary>Protocol-free results → pulumirpc messages.</summary>
public static class ProtocolMapping
{
    public static CheckResponse ToCheckResponse(ObjectValue inputs, IEnumerable<ValidationFailure> failures)
    {
        var response = new CheckResponse { Inputs = StructCodec.Encode(inputs) };
        response.Failures.AddRange(failures.Select(f => new CheckFailure { Property = f.Path.ToString(), Reason = f.Reason }));
        return response;
    }

    public static DiffResponse ToDiffResponse(DiffResult diff)
    {
        var response = new DiffResponse
        {
            Changes = diff.HasChanges ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
            DeleteBeforeReplace = diff.DeleteBeforeReplace,
            // The engine ignores detailedDiff unless this is set (PROTOCOL.md A2, provider_plugin.go decodeDetailedDiff).
            HasDetailedDiff = true,
        };
        response.Replaces.AddRange(diff.Replaces);
        response.Diffs.AddRange(diff.ChangedKeys);
        foreach (var (path, (kind, inputDiff)) in diff.Detailed)
            response.DetailedDiff[path] = new PropertyDiff { Kind = (PropertyDiff.Types.Kind)(int)kind, InputDiff = inputDiff };
        return response;
    }

    public static TimeSpan? Timeout(double seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
}
