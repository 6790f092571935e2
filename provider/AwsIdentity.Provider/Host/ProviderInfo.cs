using System.Reflection;
using AwsIdentity.Core.Resources;
using AwsIdentity.Provider.Schema;

namespace AwsIdentity.Provider.Host;

/// <summary>Build facts: the version stamped by `make` (-p:Version) and the schema built from it once.</summary>
public sealed class ProviderInfo
{
    private string? _schema;

    public string Version { get; } = typeof(ProviderInfo).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public string Schema(ResourceRegistry registry) => _schema ??= SchemaWriter.Write(registry, Version);
}
