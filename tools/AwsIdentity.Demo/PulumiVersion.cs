namespace AwsIdentity.Demo;

/// <summary>
/// The oldest `pulumi` CLI mode runs with, from pulumi/pulumi CHANGELOG.md: `plugins.providers` paths in
/// Pulumi.yaml (3.37.0, "Add local plugin linkage in `Pulumi.yaml`", #10146); typed project `config` (3.44.0,
/// "hierarchical and structured project configuration"), read by a YAML program from 3.46.0 (Pulumi YAML v1.0.0,
/// "runtime support for external config"); PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION respected by deployments
/// (3.87.0). Older CLIs make `make demo` say so and run engine mode.
/// </summary>
public static class PulumiVersion
{
    public static readonly Version Minimum = new(3, 87, 0);

    /// <summary>`pulumi version` prints e.g. "v3.190.0" or "v3.191.0-alpha.x1234" (version/version.go).</summary>
    public static Version? Parse(string output)
    {
        var text = output.Trim().Split('\n')[0].Trim().TrimStart('v');
        var core = text.Split('-', '+')[0];
        return Version.TryParse(core, out var v) && v.Build >= 0 ? v : null;
    }

    /// <summary>Why CLI mode cannot run with <paramref name="reported"/>, or null when it can.</summary>
    public static string? Refusal(string reported)
    {
        var version = Parse(reported);
        if (version is null) return $"`pulumi version` printed \"{reported.Trim()}\", not a version";
        return version < Minimum
            ? $"pulumi {version} is older than {Minimum}, the oldest with typed project config read by YAML programs, " +
              "plugins.providers paths and PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION"
            : null;
    }
}
