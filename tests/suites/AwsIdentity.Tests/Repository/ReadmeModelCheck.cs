using AwsIdentity.Core.Model;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// What README.md must say of the model, as a list of problems, each naming the README line and row: the
/// "Provider configuration" table has a row per configuration property; each "Resource: `token`" section starts
/// with the model's description, has an input row per input property and an output row per output that is not an
/// input, and names the default timeouts, the id form and every id example of the model. Rows give the type and
/// the flags the model declares; no row names what the model lacks.
/// </summary>
internal static class ReadmeModelCheck
{
    public const string ConfigHeading = "Provider configuration";

    public static List<string> Problems(string readme, IReadOnlyList<ResourceModel> resources, IRecordShape config)
    {
        var problems = new List<string>();
        var sections = ReadmeSection.All(readme);
        if (sections.FirstOrDefault(s => s.Heading == ConfigHeading) is not { } configSection)
            problems.Add($"README.md has no section \"## {ConfigHeading}\"");
        else
            Compare(ConfigHeading, configSection, "key", ModelRow.Of(config.Properties, ModelRow.InputFlags), problems);

        foreach (var section in sections.Where(s => s.Heading.StartsWith("Resource: ", StringComparison.Ordinal)))
            if (!resources.Any(r => section.Heading == Heading(r)))
                problems.Add($"README.md line {section.Lines[0].Number - 1}: \"## {section.Heading}\" names no resource of the model");
        foreach (var model in resources)
        {
            if (sections.FirstOrDefault(s => s.Heading == Heading(model)) is { } section) Resource(model, section, problems);
            else problems.Add($"README.md has no section \"## {Heading(model)}\"");
        }
        return problems;
    }

    private static string Heading(ResourceModel model) => $"Resource: `{model.Token}`";

    private static void Resource(ResourceModel model, ReadmeSection section, List<string> problems)
    {
        var where = $"\"## {section.Heading}\"";
        if (!section.FirstParagraph.StartsWith(model.Description, StringComparison.Ordinal))
            problems.Add($"{where}: the first paragraph must start with the model's description \"{model.Description}\"");

        Compare($"{where} inputs", section, "input", ModelRow.Of(model.Inputs.Properties, ModelRow.InputFlags), problems);
        var inputNames = model.Inputs.Properties.Select(p => p.Name).ToHashSet();
        foreach (var name in inputNames.Where(n => model.Outputs.Properties.All(p => p.Name != n)))
            problems.Add($"{where}: the model's outputs lack the input `{name}`, but the README says outputs hold every input");
        if (!section.Text.Contains("Outputs: every input, plus", StringComparison.Ordinal))
            problems.Add($"{where}: no \"Outputs: every input, plus\" before the outputs table");
        Compare($"{where} outputs", section, "output",
            ModelRow.Of(model.Outputs.Properties.Where(p => !inputNames.Contains(p.Name)), ModelRow.OutputFlags), problems);

        var timeouts = model.DefaultTimeouts.Describe();
        if (section.Bullet("Timeouts") is not { } bullet || !bullet.Contains(timeouts + " by default", StringComparison.Ordinal))
            problems.Add($"{where}: the \"- **Timeouts:**\" bullet must say \"{timeouts} by default\"");
        var id = section.Bullet("Id and import") ?? "";
        foreach (var needed in model.Id.Examples.Select(e => $" {e}`").Prepend($"`{model.Id.Form}`"))
            if (!id.Contains(needed, StringComparison.Ordinal))
                problems.Add($"{where}: the \"- **Id and import:**\" bullet must name {needed.Trim()}");
    }

    private static void Compare(string where, ReadmeSection section, string kind, IEnumerable<ModelRow> expected, List<string> problems)
    {
        var tables = ReadmeTable.All(section).Where(t => t.Kind == kind).ToList();
        if (tables.Count != 1)
        {
            problems.Add($"{where}: expected one table whose header starts with \"{kind}\", found {tables.Count}");
            return;
        }
        var table = tables[0];
        var wanted = expected.ToList();
        foreach (var row in table.Rows.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Last()))
            problems.Add($"README.md line {row.Line}, {where}: row `{row.Name}` appears more than once");
        foreach (var missing in wanted.Where(w => table.Rows.All(r => r.Name != w.Name)))
            problems.Add($"README.md line {table.Line}, {where}: no row for the model's property: {missing.Describe()}");
        foreach (var row in table.Rows)
        {
            var at = $"README.md line {row.Line}, {where}: row `{row.Name}`";
            if (wanted.FirstOrDefault(w => w.Name == row.Name) is not { } model)
            {
                problems.Add($"{at} names no property of the model");
                continue;
            }
            if (row.Type != model.Type) problems.Add($"{at}: type is \"{row.Type}\", the model's is \"{model.Type}\"");
            if (!row.Flags.SetEquals(model.Flags))
                problems.Add($"{at}: flags are \"{string.Join(", ", row.Flags)}\", the model's are \"{string.Join(", ", model.Flags)}\"");
            if (row.Meaning.Length == 0) problems.Add($"{at} has no meaning");
        }
    }
}
