using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources;

/// <summary>
/// When two input values mean the same to AWS although they are written differently: names AWS compares ignoring case,
/// and a default AWS fills in for a value the program did not send. Diff writes the new inputs in the old form where
/// they mean the same (so no change, no replacement), and Read keeps the program's form where AWS answers the same
/// value in its own form: a refresh replaces the stack's inputs with Read's (pulumi/pulumi
/// pkg/resource/deploy/step.go RefreshStep.Apply), so AWS's form would otherwise show as a change on the next up.
/// </summary>
public sealed record SameForAws
{
    /// <summary>Values mean the same only when they are equal.</summary>
    public static readonly SameForAws Exact = new();

    /// <summary>Input paths whose strings AWS compares ignoring case.</summary>
    public IReadOnlyList<PropertyPath> IgnoreCase { get; init; } = [];

    /// <summary>Whether a value is the one AWS uses at a path when none is sent, given the program's inputs.</summary>
    public Func<PropertyPath, ObjectValue, PropertyValue, bool> IsDefault { get; init; } = (_, _, _) => false;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> at <paramref name="path"/> mean the same to AWS
    /// (never when either is unknown). <paramref name="inputs"/> are the program's inputs (defaults may depend on them).</summary>
    public bool Same(PropertyPath path, PropertyValue? a, PropertyValue? b, ObjectValue inputs)
    {
        if (a is { ContainsUnknowns: true } || b is { ContainsUnknowns: true }) return false;
        var (x, y) = (Differ.Absent(a) ? null : a!.Reveal(), Differ.Absent(b) ? null : b!.Reveal());
        return (x, y) switch
        {
            (null, null) => true,
            (null, _) => IsDefault(path, inputs, y),
            (_, null) => IsDefault(path, inputs, x),
            (StringValue s, StringValue t) when IgnoreCase.Contains(path) => string.Equals(s.Value, t.Value, StringComparison.OrdinalIgnoreCase),
            _ => x.Equals(y),
        };
    }

    /// <summary>
    /// <paramref name="fresh"/> (new inputs, or inputs read from AWS) with every value that means the same as in
    /// <paramref name="kept"/> (the old inputs, the program's) written as in <paramref name="kept"/>. Records are
    /// compared property by property; anything else (lists, maps, scalars) as a whole.
    /// </summary>
    public ObjectValue Keep(IRecordShape shape, ObjectValue kept, ObjectValue fresh) => Keep(shape, PropertyPath.Root, kept, fresh, kept);

    private ObjectValue Keep(IRecordShape shape, PropertyPath at, ObjectValue kept, ObjectValue fresh, ObjectValue inputs)
    {
        var result = fresh;
        foreach (var prop in shape.Properties)
        {
            var path = at.Key(prop.Name);
            var (k, f) = (kept[prop.Name], fresh[prop.Name]);
            if (prop.Kind is IRecordShape nested && k?.Reveal() is ObjectValue ko && f is ObjectValue fo && !Differ.Absent(ko))
                result = result.With(prop.Name, Keep(nested, path, ko, fo, inputs));
            else if (Same(path, k, f, inputs) || SameMembers(prop, k, f))
                result = Differ.Absent(k) ? result.Without(prop.Name) : result.With(prop.Name, k!);
        }
        return result;
    }

    /// <summary>Two values of a set property with the same members (Model/SetKind.cs): the kept order stands.</summary>
    private static bool SameMembers(IPropertySpec prop, PropertyValue? kept, PropertyValue? fresh) =>
        prop.Kind.Type is SetTypeDescription && kept is not null && fresh is not null && !Differ.Absent(kept) && SetMembers.Same(kept, fresh);
}
