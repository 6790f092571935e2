using System.Collections.Immutable;
using System.Text;

namespace AwsIdentity.Core.Values;

/// <summary>
/// A location inside a property bag, printed the way Pulumi prints property paths
/// (pulumi/pulumi sdk/go/common/resource/properties_path.go): <c>oidc.issuerUrl</c>, <c>tags["a.b"]</c>,
/// <c>subnets[0]</c>. Used for check failures, detailed diffs and decode errors.
/// </summary>
public sealed record PropertyPath(ImmutableArray<object> Segments)
{
    public static readonly PropertyPath Root = new(ImmutableArray<object>.Empty);

    public static PropertyPath Of(string key) => Root.Key(key);

    public PropertyPath Key(string key) => new(Segments.Add(key));

    public PropertyPath Index(int index) => new(Segments.Add(index));

    public bool IsRoot => Segments.IsEmpty;

    /// <summary>The top-level property name, or "" at the root.</summary>
    public string Head => Segments.IsEmpty ? "" : Segments[0] as string ?? "";

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var segment in Segments)
        {
            switch (segment)
            {
                case int i:
                    sb.Append('[').Append(i).Append(']');
                    break;
                case string s when IsPlainName(s):
                    if (sb.Length > 0) sb.Append('.');
                    sb.Append(s);
                    break;
                case string s:
                    // Pulumi escapes only the quote inside ["…"] (sdk/go/common/resource/properties_path.go).
                    sb.Append("[\"").Append(s.Replace("\"", "\\\"")).Append("\"]");
                    break;
            }
        }
        return sb.ToString();
    }

    public bool Equals(PropertyPath? other) =>
        other is not null && Segments.AsSpan().SequenceEqual(other.Segments.AsSpan());

    public override int GetHashCode() => Segments.Aggregate(17, HashCode.Combine);

    private static bool IsPlainName(string s) =>
        s.Length > 0 && !char.IsDigit(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$');
}
