using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsIdentity.PulumiSdk.Tests;

/// <summary>
/// What a C# user writes beside `using Pulumi;`, compiled with Roslyn against the real Pulumi.dll and the
/// generated AwsIdentity.Pulumi.dll (the references of this test run). The common usings need no alias; the
/// two traps the names could set are shown failing so the README's advice stays true.
/// </summary>
public sealed class UsingPulumiTests
{
    private const string AllUsings = """
        using System.Collections.Generic;
        using Pulumi;
        using AwsIdentity.Pulumi;
        using AwsIdentity.Pulumi.Inputs;
        using AwsIdentity.Pulumi.Eks;
        using AwsIdentity.Pulumi.Eks.Inputs;
        using AwsIdentity.Pulumi.LicenseManager;
        using AwsIdentity.Pulumi.LicenseManager.Inputs;
        """;

    [Fact]
    public void EveryNamespaceBesideUsingPulumi_CompilesWithoutAliases()
    {
        var program = AllUsings + """

            return await Deployment.RunAsync(() =>
            {
                var config = new Config();
                var platform = new StackReference("platform", new StackReferenceArgs { Name = config.Require("platformStack") });
                var west = new Provider("west", new ProviderArgs
                {
                    Region = ProviderConfig.Region ?? "eu-west-1",
                    Endpoints = new EndpointsArgs { Eks = "http://127.0.0.1:4599" },
                    DefaultTags = new DefaultTagsArgs { Tags = { { "team", "platform" } } },
                });
                var oidc = new IdentityProviderConfig("oidc", new IdentityProviderConfigArgs
                {
                    ClusterName = platform.RequireOutput("clusterName").Apply(v => (string)v),
                    Oidc = new OidcIdentityProviderConfigArgs { IdentityProviderConfigName = "sso", IssuerUrl = "https://sso.example.com", ClientId = "k8s" },
                }, new CustomResourceOptions { Provider = west });
                var user = new UserAssociation("alice", new UserAssociationArgs
                {
                    Username = "alice",
                    InstanceId = "i-0123456789abcdef0",
                    IdentityProvider = new IdentityProviderArgs
                    {
                        ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs { DirectoryId = "d-1234567890" },
                    },
                }, new CustomResourceOptions { Provider = west, DependsOn = { oidc } });
                return new Dictionary<string, object?> { ["arn"] = oidc.Arn, ["user"] = Output.Tuple(user.Status, oidc.Status) };
            });
            """;
        Assert.Empty(Errors(program, OutputKind.ConsoleApplication));
    }

    [Fact]
    public void AConfigClassInTheRootNamespace_WouldBeAmbiguousWithPulumiConfig()
    {
        // Why the generated class is ProviderConfig: Pulumi's convention (a static Config beside Provider) clashes.
        var program = AllUsings + "\nnamespace AwsIdentity.Pulumi { public static class Config { } }\nclass P { object C() => new Config(); }";
        Assert.Contains(Errors(program, OutputKind.DynamicallyLinkedLibrary), e => e.StartsWith("CS0104") && e.Contains("'Config'"));
    }

    [Fact]
    public void InsideAnAwsIdentityNamespace_PulumiMeansThisPackage_UnlessGlobalQualified()
    {
        const string usings = "using Pulumi;\n";
        var trap = usings + "namespace AwsIdentity.Infra { class P { object O() => Pulumi.Output.Create(1); } }";
        Assert.Contains(Errors(trap, OutputKind.DynamicallyLinkedLibrary), e => e.StartsWith("CS0234") && e.Contains("'AwsIdentity.Pulumi'"));
        var qualified = usings + "namespace AwsIdentity.Infra { class P { object O() => global::Pulumi.Output.Create(1); object U() => Output.Create(2); } }";
        Assert.Empty(Errors(qualified, OutputKind.DynamicallyLinkedLibrary));
        var elsewhere = usings + "namespace Corp.Infra { class P { object O() => Pulumi.Output.Create(1); } }";
        Assert.Empty(Errors(elsewhere, OutputKind.DynamicallyLinkedLibrary));
    }

    private static List<string> Errors(string source, OutputKind kind)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("UserProgram",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Id}: {d.GetMessage()}").ToList();
    }
}
