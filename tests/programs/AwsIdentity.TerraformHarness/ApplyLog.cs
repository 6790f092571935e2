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
    public static string? OutOfOrder(string stdout, string began, string ended, IReadOnlyList<string> types)
    {
        var lines = stdout.Split('\n');
        bool Logs(string line, string type, string what) =>
            line.StartsWith(type + ".", StringComparison.Ordinal) && line.Contains($": {what}", StringComparison.Ordinal);
        foreach (var (first, next) in types.Zip(types.Skip(1)))
        {
            var done = Array.FindLastIndex(lines, l => Logs(l, first, ended));
            var start = Array.FindIndex(lines, l => Logs(l, next, began));
            if (done < 0 || start <= done) return $"expected every {first} \"{ended}\" (last at line {done}) before any {next} \"{began}\" (first at line {start})";
        }
        return null;
    }
}
