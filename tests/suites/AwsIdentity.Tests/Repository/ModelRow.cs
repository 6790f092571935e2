using AwsIdentity.Core.Model;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// A row the README must have for one property of a shape: its dotted path from the table's shape, a type in words
/// ("string", "list of string", "set of string", "map of string", "object") and its flags.
/// </summary>
internal sealed record ModelRow(string Name, string Type, IReadOnlySet<string> Flags)
{
    /// <summary>The rows of a shape's properties and, after each object property, those of its properties.</summary>
    public static IEnumerable<ModelRow> Of(IEnumerable<IPropertySpec> properties, Func<IPropertySpec, IEnumerable<string>> flags, string prefix = "")
    {
        foreach (var p in properties)
        {
            var path = prefix + p.Name;
            yield return new ModelRow(path, TypeWords(p.Kind), flags(p).ToHashSet());
            foreach (var (step, nested) in Nested(p.Kind))
                foreach (var row in Of(nested.Properties, flags, path + step)) yield return row;
        }
    }

    /// <summary>Input flags: required, computed (AWS fills it in when unset), replaces, secret.</summary>
    public static IEnumerable<string> InputFlags(IPropertySpec p) =>
        new[] { (p.Required, "required"), (p.Computed, "computed"), (p.ReplaceOnChanges, "replaces"), (p.Secret, "secret") }
            .Where(f => f.Item1).Select(f => f.Item2);

    /// <summary>Output flags: always set (a required output), secret.</summary>
    public static IEnumerable<string> OutputFlags(IPropertySpec p) =>
        new[] { (p.Required, "always set"), (p.Secret, "secret") }.Where(f => f.Item1).Select(f => f.Item2);

    /// <summary>The row as the README would hold it, meaning aside.</summary>
    public string Describe() => $"| `{Name}` | {Type} | {string.Join(", ", Flags)}{(Flags.Count > 0 ? " " : "")}|";

    // The kind's type in words, from its neutral type (Model/TypeDescription.cs), so every kind has one.
    private static string TypeWords(Kind kind) => Words(kind.Type);

    private static string Words(TypeDescription type) => type switch
    {
        ObjectTypeDescription => "object",
        ListTypeDescription list => "list of " + Words(list.Item),
        SetTypeDescription set => "set of " + Words(set.Item),
        MapTypeDescription map => "map of " + Words(map.Item),
        ScalarTypeDescription { Scalar: ScalarType.Boolean } => "boolean",
        ScalarTypeDescription { Scalar: ScalarType.Integer } => "integer",
        _ => "string",
    };

    // An object property's own properties follow as "path.name"; those of a list's or map's objects as "path[].name".
    private static IEnumerable<(string Step, IRecordShape Shape)> Nested(Kind kind) =>
        kind is IRecordShape shape ? [(".", shape)] : kind.ReferencedShapes.Select(s => ("[].", s));
}
