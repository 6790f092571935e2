namespace AwsIdentity.Core.Model;

/// <summary>How long create, update and delete wait for AWS when the engine sets no timeout of its own.</summary>
public sealed record ResourceTimeouts(TimeSpan Create, TimeSpan Update, TimeSpan Delete)
{
    /// <summary>One timeout for all three operations.</summary>
    public static ResourceTimeouts All(TimeSpan timeout) => new(timeout, timeout, timeout);

    /// <summary>"create 40 minutes, update 40 minutes, delete 40 minutes": the words every document uses.</summary>
    public string Describe() => $"create {Words(Create)}, update {Words(Update)}, delete {Words(Delete)}";

    public static string Words(TimeSpan t) =>
        t.TotalMinutes == Math.Floor(t.TotalMinutes) ? Plural((int)t.TotalMinutes, "minute") : Plural((int)t.TotalSeconds, "second");

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
