namespace AwsIdentity.Provider.Host;

/// <summary>Which front end a start means, decided from the command line, the environment and the name it was started by.</summary>
public enum LaunchKind
{
    /// <summary>Started by the Pulumi engine (its address as the last argument) or with no argument (Pulumi's attach mode).</summary>
    Pulumi,
    /// <summary>Started by terraform: its magic cookie is set and it offers plugin protocol 6.</summary>
    Terraform,
    Help,
    Version,
    /// <summary>Run by hand under its terraform name (no cookie, or one that is not terraform's): go-plugin's message, exit 1.</summary>
    NotStartedByTerraform,
    /// <summary>Terraform's cookie, but no protocol 6 on offer (a terraform older than 0.15 or a go-plugin client of another program).</summary>
    NoProtocol6,
}

/// <summary>
/// The one decision between the two front ends. Terraform marks the plugins it starts with its magic cookie and
/// lists the protocol versions it speaks (hashicorp/terraform internal/plugin/serve.go Handshake; hashicorp/go-plugin
/// server.go Serve, protocolVersion); anything else is the Pulumi engine or a person (ARCHITECTURE.md "Start-up and handshake").
/// </summary>
public sealed record LaunchMode(LaunchKind Kind, string? ClientCertificatePem = null, string? OfferedProtocols = null)
{
    public const string CookieKey = "TF_PLUGIN_MAGIC_COOKIE";
    public const string CookieValue = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";
    public const string ProtocolVersionsKey = "PLUGIN_PROTOCOL_VERSIONS";
    public const string ClientCertKey = "PLUGIN_CLIENT_CERT";
    public const string TerraformName = "terraform-provider-awsidentity";

    public static LaunchMode Decide(IReadOnlyList<string> args, Func<string, string?> environment, string programName)
    {
        if (args.Any(a => a is "--help" or "-help" or "-h")) return new(LaunchKind.Help);
        if (args.Any(a => a is "--version" or "-version")) return new(LaunchKind.Version);
        var cookie = environment(CookieKey);
        if (cookie == CookieValue)
        {
            var offered = environment(ProtocolVersionsKey) ?? "";
            if (!offered.Split(',').Any(v => v.Trim() == "6")) return new(LaunchKind.NoProtocol6, OfferedProtocols: offered);
            var pem = environment(ClientCertKey);
            return new(LaunchKind.Terraform, string.IsNullOrWhiteSpace(pem) ? null : pem);
        }
        // Under its Pulumi name a stray or foreign cookie changes nothing: the engine passes its whole environment on.
        return Path.GetFileName(programName).StartsWith("terraform-provider-", StringComparison.Ordinal)
            ? new(LaunchKind.NotStartedByTerraform)
            : new(LaunchKind.Pulumi);
    }
}
