using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.TerraformDocs;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// docs/ is what `make docs` writes (tools/AwsIdentity.TerraformDocs) from the Terraform schema, the models and
/// examples/terraform/main.tf: regenerated in memory here, so a schema or model change without `make docs` fails,
/// naming the page.
/// </summary>
public sealed class TerraformDocsTests
{
    private static readonly string Root = CommentCitationTests.RepositoryRoot();

    [Fact]
    public void Docs_AreWhatMakeDocsWrites()
    {
        var generated = RegistryDocs.Generate(Root);
        var onDisk = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(generated.Keys, onDisk);
        var stale = generated.Where(p => File.ReadAllText(Path.Combine(Root, p.Key)) != p.Value).Select(p => p.Key).ToList();
        Assert.True(stale.Count == 0, "docs/ differs from the schema; run `make docs`: " + string.Join(", ", stale));
    }

    [Fact]
    public void ResourcePage_HasTheRegistryLayout_AndTheModelsFacts()
    {
        foreach (var model in TerraformSchema.Models)
        {
            var page = RegistryDocs.Generate(Root)[$"docs/resources/{ResourcePage.FileName(model)}"];
            var type = TerraformSchema.TypeName(model.Token);
            Assert.StartsWith($"---\npage_title: \"{type} Resource - awsidentity\"\nsubcategory: \"", page, StringComparison.Ordinal);
            var headings = page.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
            string[] migration = MigrationSection.Applies(model) ? [MigrationSection.Heading] : [];
            Assert.Equal(["## Example Usage", "## Argument Reference", "## Attribute Reference", "## Timeouts", "## Import", .. migration], headings);
            Assert.Contains($"resource \"{type}\"", page, StringComparison.Ordinal);
            Assert.Contains($"* `create` - (Default `{TerraformSchema.Duration(model.DefaultTimeouts.Create)}`)", page, StringComparison.Ordinal);
            Assert.Contains($"`{TerraformSchema.IdForm(model.Id)}`", page, StringComparison.Ordinal);
            foreach (var id in model.Id.Examples)
            {
                Assert.Contains($"  id = \"{id}\"", page, StringComparison.Ordinal);
                Assert.Contains($"% terraform import {type}.", page, StringComparison.Ordinal);
                Assert.Contains($" {id}\n", page, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void EveryArgumentAndAttribute_IsListed_WithItsFlags()
    {
        var page = RegistryDocs.Generate(Root)["docs/resources/eks_identity_provider_config.md"];
        Assert.Contains("* `cluster_name` - (Required, string) ", page, StringComparison.Ordinal);
        Assert.Contains("Changing this forces a new resource.", page, StringComparison.Ordinal);
        Assert.Contains("### `oidc` block", page, StringComparison.Ordinal);
        Assert.Contains("* `region` - (Optional, string, Computed when unset) ", page, StringComparison.Ordinal);
        Assert.Contains("* `tags_all` - (map of string) ", page, StringComparison.Ordinal);
        var lmus = RegistryDocs.Generate(Root)["docs/resources/licensemanager_user_association.md"];
        Assert.Contains("### `identity_provider.active_directory_identity_provider.active_directory_settings` block", lmus, StringComparison.Ordinal);
        var index = RegistryDocs.Generate(Root)["docs/index.md"];
        foreach (var a in TerraformSchema.Provider().Block.Attributes)
            Assert.Contains($"* `{a.Name}` - ({(a.Required ? "Required" : "Optional")}, {a.Type!.FriendlyName}{(a.Sensitive ? ", Sensitive" : "")}) ", index, StringComparison.Ordinal);
        foreach (var b in TerraformSchema.Provider().Block.Blocks)
            Assert.Contains($"### `{b.TypeName}` block", index, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEksPage_SaysHowToMoveFromTheAwsProvider_AndTheOtherDoesNot()
    {
        var docs = RegistryDocs.Generate(Root);
        var eks = docs["docs/resources/eks_identity_provider_config.md"];
        var section = eks[eks.IndexOf(MigrationSection.Heading, StringComparison.Ordinal)..];
        Assert.Contains("removed {\n  from = aws_eks_identity_provider_config.corp\n\n  lifecycle {\n    destroy = false\n  }\n}", section, StringComparison.Ordinal);
        Assert.Contains("import {\n  to = awsidentity_eks_identity_provider_config.corp\n  id = \"my-cluster:corp-sso\"\n}", section, StringComparison.Ordinal);
        Assert.Contains("resource \"awsidentity_eks_identity_provider_config\" \"corp\" {", section, StringComparison.Ordinal);
        Assert.Contains("\nPlan: 1 to import, 0 to add, 0 to change, 0 to destroy.\n", section, StringComparison.Ordinal);
        Assert.Contains("moved {\n  from = aws_eks_identity_provider_config.corp\n  to   = awsidentity_eks_identity_provider_config.corp\n}", section, StringComparison.Ordinal);
        Assert.DoesNotContain(MigrationSection.Heading, docs["docs/resources/licensemanager_user_association.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeoutTheModelChanges_ChangesThePage()
    {
        var model = TerraformSchema.Models[0] with { DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(45)) };
        var page = ResourcePage.Render(model, new HclExample(File.ReadAllText(Path.Combine(Root, HclExample.Path))));
        Assert.Contains("* `delete` - (Default `45m`)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExampleWithoutTheResource_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new HclExample("provider \"awsidentity\" {\n}\n").Resource("awsidentity_x"));
        Assert.Contains("resource \"awsidentity_x\"", error.Message, StringComparison.Ordinal);
    }
}
