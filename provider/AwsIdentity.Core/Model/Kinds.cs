namespace AwsIdentity.Core.Model;

/// <summary>The kinds properties are built from.</summary>
public static class Kinds
{
    public static readonly StringKind String = new();
    public static readonly BoolKind Bool = new();

    public static IntegerKind Integer(int min, int max) => new(min, max);

    public static ListKind<T> ListOf<T>(Kind<T> item, int maxItems = 1000) => new(item, maxItems);

    /// <summary>A list whose order and duplicates do not matter: equal sets are no change, and written in one order.</summary>
    public static SetKind<T> SetOf<T>(Kind<T> item, int maxItems = 1000) => new(item, maxItems);

    public static MapKind<T> MapOf<T>(Kind<T> item, int maxEntries = 1000, Func<string, string?>? keyRule = null, string? limitReason = null) =>
        new(item, maxEntries, keyRule, limitReason);

    /// <summary>A string from a fixed set, compared exactly as AWS does (case-sensitive).</summary>
    public static Kind<string> OneOf(params string[] allowed) =>
        String.Where(s => allowed.Contains(s, StringComparer.Ordinal) ? null : $"must be one of {string.Join(", ", allowed)}, got \"{s}\"");

    /// <summary>A string whose length in characters lies in [min, max].</summary>
    public static Kind<string> Text(int min, int max) => String.Where(s => Rules.Length(s, min, max));
}
