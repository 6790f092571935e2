using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AwsIdentity.Sdk.Tests;

/// <summary>Every C# file of the generated SDK and of the example parses without a syntax error.</summary>
public sealed class SyntaxTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in RepoFiles.CSharpFiles("sdk/dotnet").Concat(RepoFiles.CSharpFiles("examples/csharp")))
            data.Add(RepoFiles.Relative(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_Parses_WithoutErrors(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.Root, relativePath));
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: relativePath);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void SdkAndExample_HaveFilesToParse()
    {
        Assert.True(RepoFiles.CSharpFiles("sdk/dotnet").Length >= 10);
        Assert.Single(RepoFiles.CSharpFiles("examples/csharp"));
    }

    [Fact]
    public void Parser_ReportsBrokenCode()
    {
        var tree = CSharpSyntaxTree.ParseText("namespace X { public class Y { public int Z { get; set; } = ; } }");
        Assert.Contains(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }
}
