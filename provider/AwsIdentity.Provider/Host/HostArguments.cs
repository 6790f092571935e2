namespace AwsIdentity.Provider.Host;

/// <summary>
/// The plugin's command line: <c>[--logtostderr] [-v=N] [--tracing X] [engine-address]</c>, engine address last
/// (pulumi/pulumi sdk/go/common/resource/plugin/plugin.go buildPluginArguments). No address means attach mode:
/// the engine address arrives through Handshake or Attach (PULUMI_DEBUG_PROVIDERS, pulumi/providertest).
/// </summary>
public sealed record HostArguments
{
    public bool LogToStderr { get; init; }
    public int Verbosity { get; init; }
    public string? Tracing { get; init; }
    public string? EngineAddress { get; init; }

    public bool AttachMode => EngineAddress is null;

    public static HostArguments Parse(IReadOnlyList<string> args)
    {
        var result = new HostArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--logtostderr" or "-logtostderr") result = result with { LogToStderr = true };
            else if (arg.StartsWith("-v=", StringComparison.Ordinal) || arg.StartsWith("--v=", StringComparison.Ordinal))
                result = result with { Verbosity = int.TryParse(arg[(arg.IndexOf('=') + 1)..], out var v) ? v : 0 };
            else if (arg is "--tracing" or "-tracing" && i + 1 < args.Count) result = result with { Tracing = args[++i] };
            else if (arg.StartsWith("--tracing=", StringComparison.Ordinal)) result = result with { Tracing = arg["--tracing=".Length..] };
            else if (arg.StartsWith('-')) continue; // flags of newer engines that we do not use
            else result = result with { EngineAddress = arg };
        }
        return result;
    }
}
