using AwsIdentity.Core.Model;

namespace AwsIdentity.Provider.Schema;

/// <summary>
/// A resource's schema description in Pulumi's words, from its model (Model/ResourceModel.cs): the description, the
/// notes, the default timeouts with Pulumi's way to change them (the customTimeouts resource option), and an Import
/// section with the command `pulumi import &lt;type&gt; &lt;name&gt; &lt;id&gt;` for every example id.
/// </summary>
public static class ResourceDescription
{
    /// <summary>The resource name in the import examples.</summary>
    public const string ExampleName = "example";

    public static string Markdown(ResourceModel model)
    {
        var id = model.Id;
        var commands = string.Join('\n', id.Examples.Select(e => $"pulumi import {model.Token} {ExampleName} {e}"));
        return $"""
            {model.Description}

            {model.Notes}

            Default timeouts: {model.DefaultTimeouts.Describe()}; the `customTimeouts` resource option changes them.

            ## Import

            The id is `{id.Form}`:

            ```sh
            {commands}
            ```
            """;
    }
}
