namespace AwsIdentity.TerraformHarness;

/// <summary>
/// The order terraform worked in, from the lines an apply or destroy prints per resource
/// (`ADDRESS: Creating...`, `ADDRESS: Creation complete after 1s [id=…]`, `Destroying...`, `Destruction complete`).
/// </summary>
public static class ApplyLog
{
    public const string Creating = "Creating...";
    public const string Created = "Creation complete";
    public const string Destroying = "Destroying...";
    public const string Destroyed = "Destruction complete";

    /// <summary>Null when every resource of each of <paramref name="types"/> logged <paramref name="ended"/> before
    /// any resource of the next type logged <paramref name="began"/>; else what came out of order.</summary>
    public static string? OutOfOrder(string stdout, string began, string ended, IReadOnlyList<string> types) =>
        OutOfOrder(stdout, began, ended, [.. types.Zip(types.Skip(1))], "every", "any");

    /// <summary>Null when, for each (before, after) pair of addresses or address prefixes, every resource matching
    /// `before` logged <paramref name="ended"/> before any matching `after` logged <paramref name="began"/>: the order
    /// of a resource and those it takes attributes from, where resources of one type need not all finish first.</summary>
    public static string? OutOfOrder(string stdout, string began, string ended, IReadOnlyList<(string Before, string After)> pairs,
        string every = "", string any = "")
    {
        var lines = stdout.Split('\n');
        // A type matches "type.name: …"; an address matches "type.name: …" itself.
        bool Logs(string line, string what, string of) =>
            (line.StartsWith(of + ".", StringComparison.Ordinal) || line.StartsWith(of + ":", StringComparison.Ordinal))
            && line.Contains($": {what}", StringComparison.Ordinal);
        foreach (var (first, next) in pairs)
        {
            var done = Array.FindLastIndex(lines, l => Logs(l, ended, first));
            var start = Array.FindIndex(lines, l => Logs(l, began, next));
            if (done < 0 || start <= done)
                return $"expected {every} {first} \"{ended}\" (last at line {done}) before {any} {next} \"{began}\" (first at line {start})".Replace("  ", " ", StringComparison.Ordinal);
        }
        return null;
    }
}
