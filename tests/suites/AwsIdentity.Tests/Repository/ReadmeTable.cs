namespace AwsIdentity.Tests.Repository;

/// <summary>One row of a README property table: `| `name` | type | flags | meaning |`.</summary>
internal sealed record ReadmeRow(int Line, string Name, string Type, IReadOnlySet<string> Flags, string Meaning);

/// <summary>
/// A Markdown table of README.md whose header starts with <see cref="Kind"/> ("key", "input", "output"), read from
/// the lines of one section. Cells split at '|' outside `code`, so a meaning may quote a pipe.
/// </summary>
internal sealed record ReadmeTable(string Kind, int Line, IReadOnlyList<ReadmeRow> Rows)
{
    public static IReadOnlyList<ReadmeTable> All(ReadmeSection section)
    {
        var tables = new List<ReadmeTable>();
        var lines = section.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Text.StartsWith('|')) continue;
            var header = Cells(lines[i].Text);
            var rows = new List<ReadmeRow>();
            var start = lines[i].Number;
            for (i += 2; i < lines.Count && lines[i].Text.StartsWith('|'); i++)
                rows.Add(Row(lines[i].Number, Cells(lines[i].Text)));
            tables.Add(new ReadmeTable(header[0], start, rows));
        }
        return tables;
    }

    private static ReadmeRow Row(int line, List<string> cells)
    {
        string Cell(int i) => i < cells.Count ? cells[i] : "";
        var name = Cell(0).Length > 1 && Cell(0)[0] == '`' && Cell(0)[^1] == '`' ? Cell(0)[1..^1] : Cell(0);
        var flags = Cell(2).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        return new ReadmeRow(line, name, Cell(1), flags, Cell(3));
    }

    internal static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var code = false;
        foreach (var c in line.Trim().Trim('|'))
        {
            if (c == '`') code = !code;
            if (c == '|' && !code)
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
            }
            else current.Append(c);
        }
        cells.Add(current.ToString().Trim());
        return cells;
    }
}
