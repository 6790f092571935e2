namespace AwsIdentity.Provider.Terraform.Resources;

/// <summary>
/// Terraform's wording of the core's advice (as Host/PulumiWording.cs is Pulumi's). terraform gives a provider no
/// resource address (no request in Protos/terraform/tfplugin6.8.proto carries one), so the import command the core puts in an ownership
/// refusal (Resources/Ownership.cs in AwsIdentity.Core) has a placeholder for it, and the detail says what goes there.
/// </summary>
public static class TerraformWording
{
    /// <summary>`terraform import ADDR ID` less the id, the address left for the user to fill in.</summary>
    public const string ImportCommand = "terraform import <ADDRESS>";

    /// <summary>The detail of an error diagnostic: the core's message, and what &lt;ADDRESS&gt; stands for when it has
    /// the import command.</summary>
    public static string Detail(string message, string typeName) =>
        message.Contains(ImportCommand, StringComparison.Ordinal)
            ? $"{message}. <ADDRESS> is this resource's address in your configuration ({typeName}.<name>, preceded by " +
              "module.<module>. inside a module): terraform does not tell a provider the address of the resource it creates. " +
              "An `import` block with `to = <ADDRESS>` and the same id does the same in a plan"
            : message;
}
