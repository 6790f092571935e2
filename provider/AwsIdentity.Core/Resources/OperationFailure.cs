using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// The one error rule of the resource operations: a failure's message starts with what the operation was doing
/// ("creating identity provider config c:n: …"), formatted here and nowhere else. Input errors (a bad id, an
/// invalid property) and cancellation are not wrapped: they are located already, or are no failure of AWS's.
/// </summary>
public static class OperationFailure
{
    public static bool IsWrapped(Exception e) =>
        e is not (OperationCanceledException or ArgumentException or InvalidPropertiesException or ResourceInitFailedException
            or OperationFailedException);

    /// <summary>Why a partly done operation failed, and that what it started is kept.</summary>
    public static string StartedReason(string action, string what, Exception e) =>
        $"{action}: {(e is OperationCanceledException ? "cancelled while waiting" : e.Message)}; the {what} was started, so it is kept in state";
}

/// <summary>An operation failed; <see cref="Exception.Message"/> is "action: cause".</summary>
public sealed class OperationFailedException(string action, Exception cause) : Exception($"{action}: {cause.Message}", cause)
{
    public string Action { get; } = action;
}

/// <summary>
/// Thrown by a typed resource operation that failed after AWS accepted its object (a timeout, a failed update, a
/// cancel): <paramref name="state"/> is what is known of the object. The resource base turns it into
/// <see cref="ResourceInitFailedException"/>, so the front end keeps the object in state and nothing is orphaned.
/// </summary>
public sealed class StartedException(object state, string what, Exception cause) : Exception(cause.Message, cause)
{
    public object State { get; } = state;
    public string What { get; } = what;
}

/// <summary>
/// The value-level partial failure: the object <see cref="Id"/> exists with these outputs and inputs, and the
/// operation that made or changed it failed for <see cref="Reasons"/>. Each front end keeps it in state its own way
/// (Pulumi: pulumirpc.ErrorResourceInitFailed; Terraform: a new state with an error diagnostic).
/// </summary>
public sealed class ResourceInitFailedException(string id, ObjectValue outputs, ObjectValue inputs, IReadOnlyList<string> reasons, Exception? inner = null)
    : Exception(string.Join("; ", reasons), inner)
{
    public string Id { get; } = id;
    public ObjectValue Outputs { get; } = outputs;
    public ObjectValue Inputs { get; } = inputs;
    public IReadOnlyList<string> Reasons { get; } = reasons;
}
