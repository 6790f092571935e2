using System.Collections.Immutable;
using System.Text;

namespace AwsIdentity.Core.Values;

/// <summary>Parses Pulumi property paths as users write them in <c>ignoreChanges</c>: a.b, a["k.x"], a[0].</summary>
public static class PropertyPathParser
{
    public static bool TryParse(string text, out PropertyPath path)
    {
        var segments = ImmutableArray.CreateBuilder<object>();
        var i = 0;
        path = PropertyPath.Root;
        while (i < text.Length)
        {
            if (text[i] == '.' && segments.Count > 0) i++;
            if (i < text.Length && text[i] == '[')
            {
                int close;
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    // A quoted key may itself hold ']' or '"': scan to the closing quote, not the first ']'.
                    if (!TryUnquote(text, i + 1, out var key, out close)) return false;
                    segments.Add(key);
                }
                else
                {
                    close = text.IndexOf(']', i);
                    if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), out var index)) return false;
                    segments.Add(index);
                }
                i = close + 1;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] != '.' && text[i] != '[') i++;
            if (i == start) return false;
            segments.Add(text[start..i]);
        }
        path = new PropertyPath(segments.ToImmutable());
        return segments.Count > 0;
    }

    private static bool TryUnquote(string text, int quote, out string key, out int close)
    {
        var sb = new StringBuilder();
        for (var i = quote + 1; i < text.Length; i++)
        {
            // As in Pulumi's parser, a backslash escapes only a quote; elsewhere it is an ordinary character.
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '"') { sb.Append(text[++i]); continue; }
            if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == ']')
            {
                key = sb.ToString();
                close = i + 1;
                return true;
            }
            sb.Append(text[i]);
        }
        key = "";
        close = -1;
        return false;
    }
}
