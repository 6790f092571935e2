using System.Reflection;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// The resource core knows no protocol (issue 12): no Grpc, Google.Protobuf or front-end assembly is reachable from
/// AwsIdentity.Core, and no source file under provider/AwsIdentity.Core names their namespaces.
/// </summary>
public sealed partial class CoreReferenceTests
{
    private static readonly string[] Forbidden = ["Grpc", "Google.Protobuf", "pulumi-resource-awsidentity", "Microsoft.AspNetCore"];

    [Fact]
    public void CoreAssembly_ReachesNoProtocolAssembly()
    {
        var reached = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(PropertyValue).Assembly]);
        while (pending.TryPop(out var assembly))
            foreach (var name in assembly.GetReferencedAssemblies())
                if (reached.Add(name.Name!) && !name.Name!.StartsWith("System", StringComparison.Ordinal))
                    pending.Push(Assembly.Load(name));

        Assert.Contains("AwsIdentity.Aws", reached);
        Assert.DoesNotContain(reached, n => Forbidden.Any(f => n.StartsWith(f, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^\s*using\s+(static\s+)?(\w+\s*=\s*)?(Pulumirpc|Google\.Protobuf|Grpc|AwsIdentity\.Provider)\b", RegexOptions.Multiline)]
    private static partial Regex ProtocolUsing();

    [Fact]
    public void CoreSources_UseNoProtocolNamespace()
    {
        var core = Path.Combine(CommentCitationTests.RepositoryRoot(), "provider", "AwsIdentity.Core");
        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => ProtocolUsing().IsMatch(File.ReadAllText(f)) || File.ReadAllText(f).Contains("Pulumirpc.", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(core, f))
            .ToList();
        Assert.True(Directory.Exists(core), core);
        Assert.Empty(offenders);
    }
}
