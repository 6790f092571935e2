using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Terraform.Schema;

namespace AwsIdentity.TerraformDocs;

/// <summary>
/// The "Migrating from terraform-provider-aws" section of a resource page whose type has a counterpart in the
/// hashicorp/aws provider: a `removed` block that forgets the old resource without destroying it, an `import` block
/// and the renamed resource block, planned and applied together. What terraform prints is what
/// tests/suites/AwsIdentity.TerraformTests/AwsProviderMigrationTests.cs asserts with terraform 1.11.4 and
/// hashicorp/aws 5.100.0.
/// </summary>
public static class MigrationSection
{
    public const string Heading = "## Migrating from terraform-provider-aws";

    /// <summary>Our tokens with a hashicorp/aws resource type managing the same AWS object under the same id form and
    /// argument names (hashicorp/terraform-provider-aws internal/service/eks/identity_provider_config.go). The user
    /// association has none in 5.100.0.</summary>
    private static readonly Dictionary<string, string> AwsTypes = new(StringComparer.Ordinal)
    {
        ["awsidentity:eks:IdentityProviderConfig"] = "aws_eks_identity_provider_config",
    };

    public static bool Applies(ResourceModel model) => AwsTypes.ContainsKey(model.Token);

    /// <summary>The section, starting with a blank line, or "" for a type without a counterpart.</summary>
    public static string Render(ResourceModel model, HclExample example)
    {
        if (!AwsTypes.TryGetValue(model.Token, out var awsType)) return "";
        var type = TerraformSchema.TypeName(model.Token);
        var resource = example.Resource(type);
        var label = resource.Split('"')[3];
        return $$"""

            {{Heading}}

            An `{{awsType}}` managed by the hashicorp/aws provider moves to `{{type}}` without being
            disassociated (Terraform v1.7.0 or later). The arguments have the same names, and the id the same form
            `{{TerraformSchema.IdForm(model.Id)}}`. In the configuration that holds the old resource, replace its block by
            a `removed` block that keeps the AWS object, an `import` block, and the same block under the new type:

            ```terraform
            removed {
              from = {{awsType}}.{{label}}

              lifecycle {
                destroy = false
              }
            }

            import {
              to = {{type}}.{{label}}
              id = "{{model.Id.Examples[0]}}"
            }

            {{resource}}
            ```

            Keep the hashicorp/aws provider in the configuration for this one run: terraform needs its schema to read
            the old resource's state (it does not refresh a resource it forgets, so nothing is read from AWS for it).
            `terraform plan` then prints, among the rest:

            ```console
             # {{awsType}}.{{label}} will no longer be managed by Terraform, but will not be destroyed
              # {{type}}.{{label}} will be imported
            Plan: 1 to import, 0 to add, 0 to change, 0 to destroy.
            Warning: Some objects will no longer be managed by Terraform
            ```

            and `terraform apply` ends with `Apply complete! Resources: 1 imported, 0 added, 0 changed, 0 destroyed.`:
            nothing is disassociated or recreated in AWS. Remove the `removed` and `import` blocks afterwards; the next
            plan shows no changes.

            A `moved` block from `{{awsType}}` is not supported: this provider does not implement the
            MoveResourceState call that moves a resource across providers.
            """;
    }
}
