using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AwsIdentity.Sdk.Tests;

/// <summary>
/// The generated C# SDK and the C# example against sdk/schema.json, read with Roslyn's syntax trees: resource
/// tokens, [Input]/[Output] names and required flags, input types, and every resource the example declares.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly JsonElement Resources = RepoFiles.Schema.GetProperty("resources");
    private static readonly JsonElement Types = RepoFiles.Schema.GetProperty("types");

    private static readonly List<ClassDeclarationSyntax> SdkClasses = RepoFiles.CSharpFiles("sdk/dotnet")
        .SelectMany(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f)).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
        .ToList();

    [Fact]
    public void ResourceClasses_CarryEverySchemaResourceToken()
    {
        var tokens = SdkClasses.Select(c => AttributeString(c.AttributeLists, "ResourceType")).OfType<string>().Order().ToList();
        var expected = Resources.EnumerateObject().Select(r => r.Name).Append("pulumi:providers:awsidentity").Order().ToList();
        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void ResourceClasses_DeclareEverySchemaOutput()
    {
        foreach (var resource in Resources.EnumerateObject())
        {
            var cls = SdkClasses.Single(c => AttributeString(c.AttributeLists, "ResourceType") == resource.Name);
            var outputs = Members(cls, "Output").Select(m => m.Name).Order().ToList();
            Assert.Equal(resource.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order().ToList(), outputs);
        }
    }

    [Fact]
    public void ArgsClasses_DeclareEveryInputWithItsRequiredFlag()
    {
        foreach (var resource in Resources.EnumerateObject())
            AssertInputs(NameOf(resource.Name) + "Args", resource.Value.GetProperty("inputProperties"), resource.Value.GetProperty("requiredInputs"));
        foreach (var type in Types.EnumerateObject())
        {
            var required = type.Value.TryGetProperty("required", out var r) ? r : JsonDocument.Parse("[]").RootElement;
            AssertInputs(NameOf(type.Name) + "Args", type.Value.GetProperty("properties"), required);
        }
        var provider = RepoFiles.Schema.GetProperty("provider");
        AssertInputs("ProviderArgs", provider.GetProperty("inputProperties"), JsonDocument.Parse("[]").RootElement);
    }

    [Fact]
    public void Example_DeclaresBothResources_WithSchemaInputs()
    {
        var file = RepoFiles.CSharpFiles("examples/csharp").Single();
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
        var problems = new List<string>();
        var found = new List<string>();
        foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            var resource = Resources.EnumerateObject().FirstOrDefault(r => NameOf(r.Name) == SimpleName(creation.Type));
            if (resource.Value.ValueKind == JsonValueKind.Undefined) continue;
            found.Add(resource.Name);
            var args = creation.ArgumentList?.Arguments.ElementAtOrDefault(1)?.Expression as ObjectCreationExpressionSyntax;
            if (args?.Initializer is null)
            {
                problems.Add($"{resource.Name}: the second argument is not a new {NameOf(resource.Name)}Args {{ … }}");
                continue;
            }
            CheckObject(args.Initializer, resource.Value.GetProperty("inputProperties"), resource.Value.GetProperty("requiredInputs"), resource.Name, problems);
        }
        Assert.Empty(problems);
        Assert.Contains("awsidentity:eks:IdentityProviderConfig", found);
        Assert.Contains("awsidentity:licensemanager:UserAssociation", found);
    }

    [Fact]
    public void ExampleCheck_CatchesUnknownAndMissingProperties()
    {
        var code = "var x = new UserAssociation(\"u\", new UserAssociationArgs { Username = \"a\", InstanceID = \"i\" });";
        var creation = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().First();
        var args = (ObjectCreationExpressionSyntax)creation.ArgumentList!.Arguments[1].Expression;
        var resource = Resources.GetProperty("awsidentity:licensemanager:UserAssociation");
        var problems = new List<string>();
        CheckObject(args.Initializer!, resource.GetProperty("inputProperties"), resource.GetProperty("requiredInputs"), "u", problems);
        Assert.Contains(problems, p => p.Contains("InstanceID"));
        Assert.Contains(problems, p => p.Contains("identityProvider"));
    }

    private static void CheckObject(InitializerExpressionSyntax init, JsonElement properties, JsonElement required, string where, List<string> problems)
    {
        var set = new HashSet<string>();
        foreach (var assignment in init.Expressions.OfType<AssignmentExpressionSyntax>())
        {
            var pascal = SimpleName(assignment.Left);
            var name = char.ToLowerInvariant(pascal[0]) + pascal[1..];
            if (!properties.TryGetProperty(name, out var spec))
            {
                problems.Add($"{where}: {pascal} is not a schema property");
                continue;
            }
            set.Add(name);
            if (spec.TryGetProperty("$ref", out var reference) && assignment.Right is ObjectCreationExpressionSyntax { Initializer: { } nested })
            {
                var type = Types.GetProperty(reference.GetString()!["#/types/".Length..]);
                var nestedRequired = type.TryGetProperty("required", out var r) ? r : JsonDocument.Parse("[]").RootElement;
                CheckObject(nested, type.GetProperty("properties"), nestedRequired, $"{where}.{name}", problems);
            }
        }
        foreach (var r in required.EnumerateArray().Select(e => e.GetString()!))
            if (!set.Contains(r)) problems.Add($"{where}: required input {r} is not set");
    }

    private static void AssertInputs(string className, JsonElement properties, JsonElement required)
    {
        var cls = SdkClasses.Single(c => c.Identifier.Text == className);
        var inputs = Members(cls, "Input").ToList();
        Assert.Equal(properties.EnumerateObject().Select(p => p.Name).Order().ToList(), inputs.Select(i => i.Name).Order().ToList());
        Assert.Equal(required.EnumerateArray().Select(e => e.GetString()!).Order().ToList(),
            inputs.Where(i => i.Required).Select(i => i.Name).Order().ToList());
    }

    /// <summary>[Input("x", required: true)] / [Output("x")] on the fields and properties of a class.</summary>
    private static IEnumerable<(string Name, bool Required)> Members(ClassDeclarationSyntax cls, string attribute) =>
        cls.Members.SelectMany(m => m.AttributeLists.SelectMany(l => l.Attributes))
            .Where(a => SimpleName(a.Name) == attribute)
            .Select(a => (
                ((LiteralExpressionSyntax)a.ArgumentList!.Arguments[0].Expression).Token.ValueText,
                a.ArgumentList.Arguments.Any(arg => arg.NameColon?.Name.Identifier.Text == "required" && arg.Expression.IsKind(SyntaxKind.TrueLiteralExpression))));

    private static string? AttributeString(SyntaxList<AttributeListSyntax> lists, string attribute) =>
        lists.SelectMany(l => l.Attributes).Where(a => SimpleName(a.Name) == attribute)
            .Select(a => ((LiteralExpressionSyntax)a.ArgumentList!.Arguments[0].Expression).Token.ValueText)
            .FirstOrDefault();

    private static string SimpleName(SyntaxNode node) => node switch
    {
        QualifiedNameSyntax q => q.Right.Identifier.Text,
        AliasQualifiedNameSyntax a => a.Name.Identifier.Text,
        MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
        SimpleNameSyntax s => s.Identifier.Text,
        _ => node.ToString(),
    };

    private static string NameOf(string token) => token.Split(':')[2];
}
