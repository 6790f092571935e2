namespace AwsIdentity.Emulator.Wire;

/// <summary>A matched operation and its decoded URI labels.</summary>
public sealed record RouteMatch(WireOperation Operation, IReadOnlyDictionary<string, string> Labels);

/// <summary>Matches a method and a raw (still percent-encoded) path to an operation of the wire model.</summary>
public static class Router
{
    /// <param name="signingService">The service named by the SigV4 credential scope, when known: it settles
    /// the paths both services share (<c>/tags/{arn}</c>).</param>
    public static RouteMatch? Match(string method, string rawPath, string? signingService)
    {
        var segments = rawPath.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var matches = new List<RouteMatch>();
        foreach (var op in WireModel.Instance.Operations)
        {
            if (op.Method == method && TryBind(op, segments) is { } labels)
            {
                matches.Add(new RouteMatch(op, labels));
            }
        }

        if (matches.Count <= 1)
        {
            return matches.FirstOrDefault();
        }

        return matches.FirstOrDefault(m => m.Operation.Service == signingService)
            ?? matches.FirstOrDefault(m => m.Labels.Values.Any(v => ArnService(v) == m.Operation.Service))
            ?? matches[0];
    }

    /// <summary>The emulated service an ARN belongs to, or null.</summary>
    public static string? ArnService(string arn)
    {
        var parts = arn.Split(':');
        return parts.Length > 2 && parts[0] == "arn" ? ServiceKind.FromSigningName(parts[2]) : null;
    }

    private static Dictionary<string, string>? TryBind(WireOperation op, string[] segments)
    {
        if (op.Segments.Count != segments.Length)
        {
            return null;
        }

        var labels = new Dictionary<string, string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var pattern = op.Segments[i];
            if (pattern.StartsWith('{') && pattern.EndsWith('}'))
            {
                labels[pattern[1..^1]] = segments[i];
            }
            else if (pattern != segments[i])
            {
                return null;
            }
        }

        return labels;
    }
}
