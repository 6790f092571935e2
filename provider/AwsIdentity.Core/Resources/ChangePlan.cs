namespace AwsIdentity.Core.Resources;

public enum ChangeKind { Add, Update, Delete }

/// <summary>One changed value: how, whether it forces a replacement, and whether the user's inputs changed (an
/// output such as tagsAll can change with the provider's defaultTags while the resource's inputs do not).</summary>
public sealed record PropertyChange(ChangeKind Kind, bool Replaces, bool InputDiff);

/// <summary>
/// A planned change of one resource, in no engine's terms: the changed top-level properties, which of them force a
/// replacement, every changed path (a.b, a[0], a["k"]), and whether a replacement must delete the old object first.
/// </summary>
public sealed record ChangePlan(
    IReadOnlyList<string> ChangedKeys,
    IReadOnlyList<string> ReplaceKeys,
    IReadOnlyDictionary<string, PropertyChange> Changes,
    bool DeleteFirst)
{
    public bool HasChanges => ChangedKeys.Count > 0;

    public bool Replaces => ReplaceKeys.Count > 0;
}
