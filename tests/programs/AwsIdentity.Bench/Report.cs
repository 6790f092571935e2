using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsIdentity.Bench;

/// <summary>One figure with its unit and, where the design sets one, its upper target.</summary>
public sealed record Figure(string Name, double Value, string Unit, double? Target = null)
{
    public bool? Pass => Target is { } t ? Value <= t : null;
}

/// <summary>Appends a run record to bench-results.json (a JSON array) and prints the table.</summary>
public static class Report
{
    public static JsonObject Record(IReadOnlyList<Figure> figures, string provider)
    {
        var values = new JsonObject();
        var targets = new JsonObject();
        var pass = new JsonObject();
        foreach (var f in figures)
        {
            values[f.Name] = Math.Round(f.Value, 3);
            if (f.Target is { } t)
            {
                targets[f.Name] = t;
                pass[f.Name] = f.Pass;
            }
        }
        return new JsonObject
        {
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["gitCommit"] = Git("rev-parse HEAD"),
            ["gitDirty"] = Git("status --porcelain") is { Length: > 0 },
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            },
            ["provider"] = provider,
            ["units"] = new JsonObject(figures.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)f.Unit))),
            ["figures"] = values,
            ["targets"] = targets,
            ["pass"] = pass,
            ["allPass"] = figures.All(f => f.Pass != false),
        };
    }

    public static void Append(string path, JsonObject record)
    {
        var runs = File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonArray existing ? existing : [];
        runs.Add(record);
        File.WriteAllText(path, runs.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n");
    }

    public static string Table(IReadOnlyList<Figure> figures)
    {
        var rows = figures.Select(f => (f.Name, Value: f.Value.ToString("0.000", CultureInfo.InvariantCulture) + " " + f.Unit,
            Target: f.Target is { } t ? "≤ " + t.ToString("0.###", CultureInfo.InvariantCulture) + " " + f.Unit : "",
            Result: f.Pass switch { true => "pass", false => "FAIL", null => "" })).ToList();
        var w = (Name: Math.Max(6, rows.Max(r => r.Name.Length)), Value: Math.Max(5, rows.Max(r => r.Value.Length)),
            Target: Math.Max(6, rows.Max(r => r.Target.Length)));
        var lines = new List<string>
        {
            $"{"figure".PadRight(w.Name)}  {"value".PadLeft(w.Value)}  {"target".PadRight(w.Target)}  result",
            new string('-', w.Name + w.Value + w.Target + 12),
        };
        lines.AddRange(rows.Select(r => $"{r.Name.PadRight(w.Name)}  {r.Value.PadLeft(w.Value)}  {r.Target.PadRight(w.Target)}  {r.Result}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string? Git(string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var git = Process.Start(info);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }
}
