using System.Globalization;
using System.Text;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// A port of pulumi/pulumi sdk/go/common/resource/properties_path.go parsePropertyPath (non-strict), the
/// reference for how the engine and users read property paths. Inside ["…"] only \" is an escape.
/// </summary>
internal static class PulumiPath
{
    public static List<object>? Parse(string path)
    {
        var elements = new List<object>();
        if (path.Length > 0 && path[0] == '.') return null;
        while (path.Length > 0)
        {
            switch (path[0])
            {
                case '.':
                    path = path[1..];
                    if (path.Length == 0) return null;
                    break;
                case '[':
                    object element;
                    if (path.Length > 1 && path[1] == '"')
                    {
                        var key = new StringBuilder();
                        var i = 2;
                        while (true)
                        {
                            if (i >= path.Length) return null;
                            if (path[i] == '"') { i++; break; }
                            if (path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '"') { key.Append('"'); i += 2; }
                            else { key.Append(path[i]); i++; }
                        }
                        if (i >= path.Length || path[i] != ']') return null;
                        element = key.ToString();
                        path = path[i..];
                    }
                    else
                    {
                        var close = path.IndexOf(']');
                        if (close < 0) return null;
                        var segment = path[1..close];
                        if (segment == "*") element = "*";
                        else if (long.TryParse(segment, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index)) element = (int)index;
                        else return null;
                        path = path[close..];
                    }
                    elements.Add(element);
                    path = path[1..];
                    break;
                default:
                    var end = 0;
                    while (end < path.Length && path[end] != '.' && path[end] != '[') end++;
                    elements.Add(path[..end]);
                    path = path[end..];
                    break;
            }
        }
        return elements;
    }

    /// <summary>Keys Pulumi's grammar cannot represent at all (a backslash right before the closing quote).</summary>
    public static bool Representable(IEnumerable<object> segments) =>
        segments.All(s => s is not string k || !k.EndsWith('\\'));
}
