using AwsIdentity.Provider.Host;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>The properties every Check answer must have, evaluated for one bag.</summary>
internal static partial class CheckOracle
{
    public const string Crash = "exception escaped Check";
    public const string Unlocated = "failure not located in the bag";
    public const string NoReason = "failure without a reason";
    public const string BadPrint = "path not printed as a Pulumi property path";
    public const string Nondeterministic = "different failures for the same bag";
    public const string NoRoundTrip = "accepted bag changed by StructCodec Encode/Decode";
    public const string NoDecode = "accepted bag failed to decode with the shape";
    public const string Codec = "exception in StructCodec";
    public const string NoIdRoundTrip = "the id of an accepted bag does not parse back to itself";

    /// <summary>Checks one failure: a reason, a printable path, and a location that exists in the bag or names a
    /// property the shape declares at an object of the bag that lacks it (missing, or required with another).</summary>
    public static IEnumerable<string> Failure(IRecordShape shape, ObjectValue bag, ValidationFailure f)
    {
        if (string.IsNullOrWhiteSpace(f.Reason)) yield return $"{NoReason}: at {f.Path}";
        var segments = f.Path.Segments;
        if (segments.IsEmpty) yield return $"{Unlocated}: failure at the root: {Short(f.Reason)}";
        else if (Bags.At(bag, segments) is null && !DeclaredAndMissing(shape, bag, segments, f.Reason))
            yield return $"{Unlocated}: {f.Path}: {Short(f.Reason)}";
        var printed = f.Path.ToString();
        if (printed.Length == 0) yield return $"{BadPrint}: empty path for {Short(f.Reason)}";
        else if (PulumiPath.Representable(segments))
        {
            var parsed = PulumiPath.Parse(printed);
            if (parsed is null || !parsed.SequenceEqual(segments))
                yield return $"{BadPrint}: {Short(printed)} reads back as [{(parsed is null ? "error" : string.Join(", ", parsed.Select(Show)))}]" +
                    $" instead of [{string.Join(", ", segments.Select(Show))}]";
        }
    }

    private static bool DeclaredAndMissing(IRecordShape shape, ObjectValue bag, IReadOnlyList<object> segments, string reason)
    {
        if (segments[^1] is not string name) return false;
        var parentPath = segments.Take(segments.Count - 1).ToList();
        if (Bags.At(bag, parentPath) is not { } parent || Bags.Plain(parent) is not ObjectValue obj) return false;
        if (obj.Fields.GetValueOrDefault(name) is { } present && present is not NullValue) return false;
        var declared = ShapeAt(shape, parentPath)?.Properties.FirstOrDefault(p => p.Name == name);
        return declared is not null && (declared.Required || reason.Contains("required", StringComparison.Ordinal));
    }

    /// <summary>The record shape that describes the object at <paramref name="path"/>, if the schema has one.</summary>
    public static IRecordShape? ShapeAt(IRecordShape root, IReadOnlyList<object> path)
    {
        var current = root;
        for (var i = 0; i < path.Count; i++)
        {
            var prop = current.Properties.FirstOrDefault(p => p.Name == path[i] as string);
            if (prop is null) return null;
            if (prop.Kind is IRecordShape nested) { current = nested; continue; }
            if (prop.Kind.ReferencedShapes.FirstOrDefault() is not { } item) return null;
            i++; // a list index or map key, then the item's record
            current = item;
        }
        return current;
    }

    /// <summary>A reason with its quoted values and numbers taken out, to count distinct kinds of failure.</summary>
    public static string Template(string reason)
    {
        var cut = reason.IndexOfAny(['\'', '"']) is var q and >= 0 ? reason[..q] : reason;
        cut = cut.IndexOf(", got", StringComparison.Ordinal) is var g and >= 0 ? cut[..g] : cut;
        return Digits().Replace(cut, "N").Trim();
    }

    public static string Short(string s) => s.Length > 160 ? s[..160] + $"…({s.Length} chars)" : s;

    private static string Show(object segment) => segment is string s ? $"\"{Short(s)}\"" : segment.ToString()!;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
