namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// How one kind of LMUS object (an association, a product subscription) reports its life through a free-string
/// Status (ARCHITECTURE.md "AWS facts"): the statuses a create waits for, the one the state shows before AWS lists the
/// object (and a delete shows while AWS lists no status), those that mean it was removed while being made, and those
/// that mean it is gone.
/// </summary>
internal sealed record LmusStatuses<T>(
    Func<T, string?> Status,
    Func<T, string?> Message,
    IReadOnlyList<string> Done,
    string Starting,
    string Stopping,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Gone,
    string RemovedReason)
{
    public bool IsDone(string? status) => Done.Any(s => LmusErrors.Is(status, s));

    public bool IsDone(T item) => IsDone(Status(item));

    public bool IsGone(T item) => Gone.Any(s => LmusErrors.Is(Status(item), s));

    public bool IsRemoved(T item) => Removed.Any(s => LmusErrors.Is(Status(item), s));

    /// <summary>Whether the object is made or being made (what an earlier create attempt leaves behind).</summary>
    public bool IsLive(T item) => IsDone(item) || LmusErrors.Is(Status(item), Starting);

    public string ReasonOf(T item) => Message(item) ?? "License Manager gave no status message";
}
