using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// The NuGet package `make sdk-dotnet` packs (bin/nuget). The .NET language host learns which plugin a program
/// needs from content/pulumi-plugin.json of each referenced package in the NuGet global packages folder
/// (pulumi-dotnet, pulumi-language-dotnet/main.go, DeterminePackageDependency): `resource: false` or a missing
/// file means no plugin; name and version fall back to the package id and version.
/// </summary>
public sealed class PackageTests
{
    private static readonly string Version = Repo.Schema.GetProperty("version").GetString()!;
    private static readonly string Nupkg = Path.Combine(Repo.Root, "bin", "nuget", $"AwsIdentity.Pulumi.{Version}.nupkg");

    [Fact]
    public void Package_CarriesPulumiPluginJson_WhereTheLanguageHostReadsIt()
    {
        using var zip = Open();
        var entry = zip.GetEntry("content/pulumi-plugin.json");
        Assert.NotNull(entry);
        using var json = JsonDocument.Parse(entry.Open());
        Assert.True(json.RootElement.GetProperty("resource").GetBoolean());
        Assert.Equal("awsidentity", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(Version, json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Package_HoldsTheNet8Library_AndDependsOnPulumi3()
    {
        using var zip = Open();
        Assert.NotNull(zip.GetEntry("lib/net8.0/AwsIdentity.Pulumi.dll"));
        var nuspec = XDocument.Load(zip.GetEntry("AwsIdentity.Pulumi.nuspec")!.Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(("AwsIdentity.Pulumi", Version), (metadata.Element(ns + "id")!.Value, metadata.Element(ns + "version")!.Value));
        var pulumi = metadata.Descendants(ns + "dependency").Single(d => (string?)d.Attribute("id") == "Pulumi");
        Assert.Equal("[3.112.1, 4.0.0)", (string?)pulumi.Attribute("version"));
    }

    private static ZipArchive Open()
    {
        Assert.True(File.Exists(Nupkg), $"{Nupkg} is missing: run `make sdk-dotnet` (make test-csharp packs it before the tests)");
        return ZipFile.OpenRead(Nupkg);
    }
}
