using System.Globalization;
using System.Text;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>The fuzzer's own navigation of property bags (secrets are looked through), JSON text and rendering.</summary>
internal static class Bags
{
    public static PropertyValue Plain(PropertyValue v) => v is SecretValue s ? Plain(s.Inner) : v;

    /// <summary>Every path of the bag (root included), descending at most <paramref name="maxDepth"/> levels.</summary>
    public static List<object[]> Paths(PropertyValue bag, int maxDepth = 12)
    {
        var result = new List<object[]>();
        Walk(bag, [], result, maxDepth);
        return result;
    }

    private static void Walk(PropertyValue v, object[] path, List<object[]> result, int maxDepth)
    {
        result.Add(path);
        if (path.Length >= maxDepth || result.Count > 2000) return;
        switch (Plain(v))
        {
            case ObjectValue o:
                foreach (var (k, child) in o.Fields) Walk(child, [.. path, k], result, maxDepth);
                break;
            case ArrayValue a:
                for (var i = 0; i < Math.Min(a.Items.Length, 20); i++) Walk(a.Items[i], [.. path, i], result, maxDepth);
                break;
        }
    }

    public static PropertyValue? At(PropertyValue root, IReadOnlyList<object> path)
    {
        PropertyValue? current = root;
        foreach (var segment in path)
        {
            current = (Plain(current!), segment) switch
            {
                (ObjectValue o, string k) => o.Fields.GetValueOrDefault(k),
                (ArrayValue a, int i) when i >= 0 && i < a.Items.Length => a.Items[i],
                _ => null,
            };
            if (current is null) return null;
        }
        return current;
    }

    /// <summary>The node with the value at path[index..] replaced (removed when null), secrets kept.</summary>
    public static PropertyValue SetAt(PropertyValue node, object[] path, int index, PropertyValue? value)
    {
        if (node is SecretValue s) return new SecretValue(SetAt(s.Inner, path, index, value));
        var last = index == path.Length - 1;
        switch (node, path[index])
        {
            case (ObjectValue o, string k):
                if (last) return value is null ? o.Without(k) : o.With(k, value);
                return o.With(k, SetAt(o.Fields[k], path, index + 1, value));
            case (ArrayValue a, int i):
                if (last) return value is null ? new ArrayValue(a.Items.RemoveAt(i)) : new ArrayValue(a.Items.SetItem(i, value));
                return new ArrayValue(a.Items.SetItem(i, SetAt(a.Items[i], path, index + 1, value)));
            default:
                return node;
        }
    }

    /// <summary>JSON text of a value (secrets revealed, unknowns as the sentinel); lone surrogates escaped.</summary>
    public static string ToJson(PropertyValue v)
    {
        var sb = new StringBuilder();
        Json(v, sb, 0);
        return sb.ToString();
    }

    private static void Json(PropertyValue v, StringBuilder sb, int depth)
    {
        if (depth > 300) { sb.Append("null"); return; }
        switch (v)
        {
            case SecretValue s: Json(s.Inner, sb, depth); break;
            case UnknownValue: Quote(Sentinels.Unknown, sb); break;
            case BoolValue b: sb.Append(b.Value ? "true" : "false"); break;
            case NumberValue n: sb.Append(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case StringValue str: Quote(str.Value, sb); break;
            case ArrayValue a:
                sb.Append('[');
                for (var i = 0; i < a.Items.Length; i++) { if (i > 0) sb.Append(','); Json(a.Items[i], sb, depth + 1); }
                sb.Append(']');
                break;
            case ObjectValue o:
                sb.Append('{');
                var first = true;
                foreach (var (k, child) in o.Fields)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    Quote(k, sb);
                    sb.Append(':');
                    Json(child, sb, depth + 1);
                }
                sb.Append('}');
                break;
            default: sb.Append("null"); break;
        }
    }

    private static void Quote(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
    }

    /// <summary>A short, readable rendering of a bag for failure messages (long strings and deep values cut).</summary>
    public static string Render(PropertyValue v, int max = 600)
    {
        var sb = new StringBuilder();
        Render(v, sb, 0);
        return sb.Length > max ? sb.ToString(0, max) + "…" : sb.ToString();
    }

    private static void Render(PropertyValue v, StringBuilder sb, int depth)
    {
        if (sb.Length > 2000) return;
        if (depth > 6) { sb.Append("<" + Paths(v).Count + " nested nodes>"); return; }
        switch (v)
        {
            case SecretValue s: sb.Append("secret("); Render(s.Inner, sb, depth + 1); sb.Append(')'); break;
            case UnknownValue: sb.Append("<unknown>"); break;
            case StringValue str:
                var text = str.Value.Length > 40 ? str.Value[..40] + $"…({str.Value.Length} chars)" : str.Value;
                sb.Append('"').Append(Escape(text)).Append('"');
                break;
            case ArrayValue a:
                sb.Append('[');
                foreach (var item in a.Items.Take(5)) { Render(item, sb, depth + 1); sb.Append(','); }
                if (a.Items.Length > 5) sb.Append($"…({a.Items.Length} items)");
                sb.Append(']');
                break;
            case ObjectValue o:
                sb.Append('{');
                foreach (var (k, child) in o.Fields.Take(12))
                {
                    sb.Append('"').Append(Escape(k.Length > 40 ? k[..40] + "…" : k)).Append("\":");
                    Render(child, sb, depth + 1);
                    sb.Append(',');
                }
                if (o.Fields.Count > 12) sb.Append($"…({o.Fields.Count} keys)");
                sb.Append('}');
                break;
            case NumberValue n: sb.Append(n.Value.ToString("R", CultureInfo.InvariantCulture)); break;
            case BoolValue b: sb.Append(b.Value ? "true" : "false"); break;
            default: sb.Append("null"); break;
        }
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
            sb.Append(c < 0x20 || char.IsSurrogate(c) || c is '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString());
        return sb.ToString();
    }
}
