namespace AwsIdentity.Tests.Repository;

/// <summary>The lines of one "## heading" section of README.md, up to the next "## ", with their line numbers.</summary>
internal sealed record ReadmeSection(string Heading, IReadOnlyList<(int Number, string Text)> Lines)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>The first paragraph after the heading, its lines joined by spaces.</summary>
    public string FirstParagraph => string.Join(' ', Lines.SkipWhile(l => l.Text.Length == 0).TakeWhile(l => l.Text.Length > 0).Select(l => l.Text));

    /// <summary>The text of the bullet that starts with "- **<paramref name="label"/>:**", continuation lines joined.</summary>
    public string? Bullet(string label)
    {
        var start = Lines.ToList().FindIndex(l => l.Text.StartsWith($"- **{label}:**", StringComparison.Ordinal));
        if (start < 0) return null;
        return string.Join(' ', Lines.Skip(start).Take(1).Concat(Lines.Skip(start + 1).TakeWhile(l => l.Text.StartsWith("  ")))
            .Select(l => l.Text.Trim()));
    }

    public static IReadOnlyList<ReadmeSection> All(string readme)
    {
        var sections = new List<ReadmeSection>();
        var lines = readme.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("## ", StringComparison.Ordinal)) continue;
            var body = new List<(int, string)>();
            var heading = lines[i][3..].Trim();
            for (i++; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++) body.Add((i + 1, lines[i].TrimEnd('\r')));
            i--;
            sections.Add(new ReadmeSection(heading, body));
        }
        return sections;
    }
}
