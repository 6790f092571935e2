namespace AwsIdentity.Core.Model;

/// <summary>One named part of a resource id; optional parts come last.</summary>
public sealed record IdPart(string Name, bool Optional = false);

/// <summary>
/// The form of a resource id, which is also what an import takes: named parts joined by ':', the optional ones last
/// (no part may hold ':', so the parts split unambiguously), and examples that must parse and print back unchanged
/// (AwsIdentity.Tests/Model/ResourceModelTests.cs).
/// </summary>
public sealed record ImportId
{
    public const char Separator = ':';

    /// <summary>The rule for an input that becomes a part of the id: it must not hold the separator.</summary>
    public static string? PartRule(string s) => s.Contains(Separator) ? "must not contain ':' (it separates the parts of the resource id)" : null;

    public ImportId(IReadOnlyList<IdPart> parts, params IReadOnlyList<string> examples)
    {
        if (parts.Count == 0 || parts.SkipWhile(p => !p.Optional).Any(p => !p.Optional))
            throw new ArgumentException("an id has at least one part, and its optional parts come last", nameof(parts));
        if (examples.Count == 0) throw new ArgumentException("an id form needs an example", nameof(examples));
        Parts = parts;
        Examples = examples;
    }

    public IReadOnlyList<IdPart> Parts { get; }

    public IReadOnlyList<string> Examples { get; }

    private int RequiredCount => Parts.Count(p => !p.Optional);

    /// <summary>"&lt;instanceId&gt;:&lt;directoryId&gt;:&lt;username&gt;[:&lt;domain&gt;]".</summary>
    public string Form => string.Concat(Parts.Select((p, i) =>
        (p.Optional ? "[" : "") + (i == 0 ? "" : Separator.ToString()) + $"<{p.Name}>")) + new string(']', Parts.Count - RequiredCount);

    /// <summary>Every form without brackets: one per number of optional parts given.</summary>
    public IEnumerable<string> Forms =>
        Enumerable.Range(RequiredCount, Parts.Count - RequiredCount + 1)
            .Select(n => string.Join(Separator, Parts.Take(n).Select(p => $"<{p.Name}>")));

    /// <summary>What a parse failure says is expected: the forms, and the fullest example.</summary>
    public string Expected => string.Join(" or ", Forms.Select(f => $"\"{f}\"")) + $", for example \"{Examples[^1]}\"";

    /// <summary>The parts of an id of this form, or null when it has too few or too many, or an empty one.</summary>
    public string[]? Split(string id)
    {
        var parts = id.Split(Separator);
        return parts.Length >= RequiredCount && parts.Length <= Parts.Count && parts.All(p => p.Length > 0) ? parts : null;
    }
}
