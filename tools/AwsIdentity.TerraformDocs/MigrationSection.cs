using AwsIdentity.Core.Model;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Wire;

namespace AwsIdentity.TerraformDocs;

/// <summary>
/// The "Migrating from terraform-provider-aws" section of a resource page whose type has a counterpart in the
/// hashicorp/aws provider: a `removed` block that forgets the old resource without destroying it, an `import` block
/// and the renamed resource block, planned and applied together; or a `moved` block (Wire/MoveRpc.cs). What terraform
/// prints is what tests/suites/AwsIdentity.TerraformTests/AwsProviderMigrationTests.cs and AwsProviderMoveTests.cs
/// assert with terraform 1.11.4 and hashicorp/aws 5.100.0.
/// </summary>
public static class MigrationSection
{
    public const string Heading = "## Migrating from terraform-provider-aws";

    public static bool Applies(ResourceModel model) => MoveRpc.AwsTypes.ContainsKey(TerraformSchema.TypeName(model.Token));

    /// <summary>The section, starting with a blank line, or "" for a type without a counterpart.</summary>
    public static string Render(ResourceModel model, HclExample example)
    {
        var type = TerraformSchema.TypeName(model.Token);
        if (!MoveRpc.AwsTypes.TryGetValue(type, out var awsType)) return "";
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

            With Terraform v1.8.0 or later a `moved` block does the same in one step: this provider takes the old
            resource's stored state over (the MoveResourceState call), and terraform then reads the config through it.
            Replace the old block by:

            ```terraform
            moved {
              from = {{awsType}}.{{label}}
              to   = {{type}}.{{label}}
            }

            {{resource}}
            ```

            `terraform plan` prints `# {{awsType}}.{{label}} has moved to {{type}}.{{label}}` and
            `Plan: 0 to add, 0 to change, 0 to destroy.`; after `terraform apply` the `moved` block can go. Only
            `{{awsType}}` at schema version 0 (as hashicorp/aws 5.100.0 stores it) can be moved here; for any other
            source the plan fails with "Unsupported resource move", pointing to the `removed` and `import` blocks above.
            """;
    }
}
