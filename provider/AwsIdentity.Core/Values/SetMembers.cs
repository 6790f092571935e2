namespace AwsIdentity.Core.Values;

/// <summary>
/// The members of a set value (Model/SetKind.cs): order and duplicates do not matter, so a set has one canonical form,
/// its distinct members ordered by their canonical JSON (CanonicalJson.cs, which writes a secret as its plain value).
/// </summary>
public static class SetMembers
{
    /// <summary>An array in canonical form. Anything else, or an array with unknowns (an unknown member may turn out
    /// equal to any other), is returned as it is.</summary>
    public static PropertyValue Canonical(PropertyValue value) => value switch
    {
        SecretValue s => PropertyValue.Secret(Canonical(s.Inner)),
        ArrayValue a when !a.ContainsUnknowns => new ArrayValue([.. a.Items.DistinctBy(Key).OrderBy(Key, StringComparer.Ordinal)]),
        _ => value,
    };

    /// <summary>Whether two known arrays have the same members, secrets revealed (never when either is unknown).</summary>
    public static bool Same(PropertyValue a, PropertyValue b) =>
        !a.ContainsUnknowns && !b.ContainsUnknowns && Canonical(a.Reveal()).Equals(Canonical(b.Reveal()));

    /// <summary>The key a member is ordered and told apart by.</summary>
    public static string Key(PropertyValue member) => CanonicalJson.Write(member);
}
