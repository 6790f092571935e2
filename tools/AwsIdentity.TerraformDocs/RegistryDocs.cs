using System.Collections.Immutable;
using AwsIdentity.Provider.Terraform.Schema;

namespace AwsIdentity.TerraformDocs;

/// <summary>Every page under docs/, by its path relative to the repository root ('/'-separated).</summary>
public static class RegistryDocs
{
    public static ImmutableSortedDictionary<string, string> Generate(string repositoryRoot)
    {
        var example = new HclExample(File.ReadAllText(Path.Combine(repositoryRoot, HclExample.Path)));
        var pages = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        pages.Add("docs/index.md", ProviderPage.Render(example));
        foreach (var model in TerraformSchema.Models)
            pages.Add($"docs/resources/{ResourcePage.FileName(model)}", ResourcePage.Render(model, example));
        return pages.ToImmutable();
    }
}
