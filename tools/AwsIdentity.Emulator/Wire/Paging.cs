using System.Text;

namespace AwsIdentity.Emulator.Wire;

/// <summary>Offset-based pagination with opaque next tokens.</summary>
public static class Paging
{
    /// <summary>Returns one page and the token for the next, or throws <paramref name="invalid"/> for a bad token.</summary>
    public static (List<T> Page, string? NextToken) Page<T>(
        IReadOnlyList<T> items, int? maxResults, string? nextToken, int defaultMax, Func<string, AwsException> invalid)
    {
        var offset = nextToken is null ? 0 : Decode(nextToken) ?? throw invalid("The nextToken provided is not valid.");
        if (offset > items.Count)
        {
            throw invalid("The nextToken provided is not valid.");
        }

        var size = maxResults ?? defaultMax;
        if (size < 1)
        {
            throw invalid("maxResults must be greater than 0.");
        }

        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < items.Count ? Encode(offset + page.Count) : null;
        return (page, next);
    }

    private static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"page:{offset}"));

    private static int? Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return text.StartsWith("page:", StringComparison.Ordinal) && int.TryParse(text[5..], out var n) && n >= 0 ? n : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
