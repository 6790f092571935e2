using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// Which existing objects a create may adopt. Every create tags its object with <see cref="TagKey"/> set to the
/// owner marker its front end supplies (<see cref="CreateRequest.Owner"/>), in the call that makes the object:
/// AssociateUser and AssociateIdentityProviderConfig both take tags (botocore models), so no crash can leave an
/// object of ours without the marker. When a create finds the object already there, it carries on only if the
/// marker is its own: that object is what an earlier, interrupted attempt of the same resource made. Anything
/// else is refused, or two resources would own one object and destroying either would remove it for both.
/// The marker is one of the 50 tags AWS allows (so a resource's own tags may have 49, CommonKinds.Tags), and it
/// never shows in tags or tagsAll.
/// </summary>
public static class Ownership
{
    public const string TagKey = Rules.OwnerTagKey;

    public enum Verdict
    {
        /// <summary>Made by an earlier attempt of this resource: adopt it.</summary>
        Own,
        /// <summary>Carries another resource's marker.</summary>
        Elsewhere,
        /// <summary>No marker: made outside this provider (or by a version before markers).</summary>
        Unmarked,
    }

    public static Verdict Judge(IReadOnlyDictionary<string, string>? liveTags, string? owner) =>
        liveTags is null || !liveTags.TryGetValue(TagKey, out var marker) ? Verdict.Unmarked
        : owner is not null && marker == owner ? Verdict.Own
        : Verdict.Elsewhere;

    /// <summary>The tags to create an object with: <paramref name="tagsAll"/> plus the marker, when there is one.</summary>
    public static IReadOnlyDictionary<string, string> Marked(IReadOnlyDictionary<string, string> tagsAll, string? owner)
    {
        if (owner is null) return tagsAll;
        var marked = new SortedDictionary<string, string>(tagsAll.ToDictionary(), StringComparer.Ordinal) { [TagKey] = owner };
        return marked;
    }

    /// <summary>Live tags as the resource reports them (tags, tagsAll): without the marker.</summary>
    public static IReadOnlyDictionary<string, string>? Hide(IReadOnlyDictionary<string, string>? live) =>
        live is null || !live.ContainsKey(TagKey) ? live : live.Where(kv => kv.Key != TagKey).ToDictionary();

    /// <summary>
    /// Why <paramref name="what"/> (the existing object, named) is not adopted. An object owned elsewhere gets no import
    /// hint: importing it would make the double ownership this refusal prevents. An unmarked one gets the exact
    /// command that imports it, <paramref name="importCommand"/> followed by <paramref name="importId"/>.
    /// </summary>
    public static InvalidOperationException Refusal(Verdict verdict, string what, string importId, string? importCommand) => verdict switch
    {
        Verdict.Elsewhere => new($"{what} already exists and is owned elsewhere: its {TagKey} tag names another resource " +
            "(another stack, or another resource of this one). It is not adopted, because destroying either resource would " +
            "then remove it for both; remove it from the resource that manages it first, or drop this one"),
        Verdict.Unmarked => new($"{what} already exists and was not created by this resource (it has no {TagKey} tag). " +
            "If nothing else (another stack or workspace) manages it, import it to manage it here" +
            (importCommand is null ? $" (id {importId})" : $": `{importCommand} {importId}`")),
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "an own object is adopted, not refused"),
    };
}
