using System.Globalization;
using System.Text.RegularExpressions;

namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>Durations as Terraform users write timeouts: Go's form, such as "40m", "1h30m", "90s", "2.5h".</summary>
public static partial class GoDuration
{
    [GeneratedRegex(@"\G(\d+(?:\.\d+)?)(h|m|s|ms)")]
    private static partial Regex Part();

    /// <summary>The duration, or null with <paramref name="error"/> saying what is allowed.</summary>
    public static TimeSpan? Parse(string text, out string? error)
    {
        error = null;
        var total = TimeSpan.Zero;
        var at = 0;
        while (at < text.Length && Part().Match(text, at) is { Success: true } m)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(n),
                "m" => TimeSpan.FromMinutes(n),
                "s" => TimeSpan.FromSeconds(n),
                _ => TimeSpan.FromMilliseconds(n),
            };
            at += m.Length;
        }
        if (at == text.Length && at > 0 && total > TimeSpan.Zero) return total;
        error = $"\"{text}\" is not a duration: write a positive number with a unit, such as \"40m\", \"1h30m\" or \"90s\"";
        return null;
    }
}
