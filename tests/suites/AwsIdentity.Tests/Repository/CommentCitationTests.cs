using System.Text.RegularExpressions;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// No comment in provider/, tests/ or tools/ cites a file that is not in this repository. The rule, per C# comment
/// block (consecutive // or /// lines, read as one text so a citation may wrap):
/// - A citation is a path-like word ending in an extension this repository uses (.md, .cs, .proto, .json, ...),
///   with or without folders: README.md, Resources/Ownership.cs, tools/AwsIdentity.Emulator/README.md. Words with
///   an extension this repository does not use (step_generator.go) can only be external and are not checked.
/// - It resolves when a tracked file's path from the repository root equals it or ends with "/" + it, so a path may
///   start at the root, at a project or at any folder.
/// - An external file is cited as `owner/repo path`: the word right before it is owner/repo (pulumi/pulumi,
///   boto/botocore), which must not be a folder of this repository (else tools/AwsIdentity.Emulator README.md would
///   pass as external).
/// - URLs are not citations; <see cref="NotCitations"/> lists the few file names comments mention as things a
///   program writes or reads, each with why.
/// </summary>
public sealed partial class CommentCitationTests
{
    private static readonly string[] Extensions =
        ["md", "cs", "csproj", "proto", "json", "js", "ts", "sh", "yaml", "yml", "props", "sln", "slnx"];

    /// <summary>Named in comments, never cited as a source: not files of this repository by design.</summary>
    private static readonly Dictionary<string, string> NotCitations = new()
    {
        ["bench-results.json"] = "make bench's output (README \"Make targets\"), not tracked",
        ["content/pulumi-plugin.json"] = "a path inside the NuGet package make sdk-dotnet packs",
    };

    [GeneratedRegex(@"(?<![:\w])//+(.*)$")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"^[A-Za-z0-9][\w.-]*/[\w.-]+$")]
    private static partial Regex OwnerRepo();

    private static readonly Regex Citation = new(
        @"(?<![\w/.:-])((?:[\w.-]+/)*[\w-]+(?:\.[\w-]+)*\.(?:" + string.Join('|', Extensions) + @"))(?![\w/])",
        RegexOptions.CultureInvariant);

    [Fact]
    public void CommentsCiteOnlyFilesThatExist()
    {
        var root = RepositoryRoot();
        var files = Tracked(root).ToList();
        var folders = files.SelectMany(Folders).ToHashSet();
        var missing = new List<string>();
        foreach (var file in files.Where(f => f.EndsWith(".cs") && f.Split('/')[0] is "provider" or "tests" or "tools"))
            foreach (var (line, text) in CommentBlocks(File.ReadAllLines(Path.Combine(root, file))))
                foreach (var cited in Unresolved(text, files, folders))
                    missing.Add($"{file}:{line}: {cited}");
        Assert.True(missing.Count == 0, "comments cite files that are not in the repository:\n" + string.Join('\n', missing));
    }

    [Theory]
    [InlineData("see Resources/Ownership.cs and README.md", null)]
    [InlineData("(pulumi/pulumi pkg/resource/deploy/step_generator.go; proto/pulumi/provider.proto)", "proto/pulumi/provider.proto")]
    [InlineData("(pulumi/pulumi proto/pulumi/provider.proto)", null)]
    [InlineData("(DESIGN.md \"Start-up\")", "DESIGN.md")]
    [InlineData("tools/AwsIdentity.Emulator NOTES.md", "NOTES.md")]
    [InlineData("https://example.com/guide.md", null)]
    public void TheRule(string comment, string? flagged)
    {
        var root = RepositoryRoot();
        var files = Tracked(root).ToList();
        Assert.Equal(flagged is null ? [] : [flagged], Unresolved(comment, files, files.SelectMany(Folders).ToHashSet()));
    }

    private static IEnumerable<string> Unresolved(string text, List<string> files, HashSet<string> folders)
    {
        foreach (Match m in Citation.Matches(text))
        {
            var cited = m.Groups[1].Value;
            var before = text[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.TrimStart('(', '[', '`');
            if (before is not null && OwnerRepo().IsMatch(before) && !folders.Contains(before)) continue;
            if (NotCitations.ContainsKey(cited) || text.Contains("://" + cited)) continue;
            if (!files.Any(f => f == cited || f.EndsWith('/' + cited))) yield return cited;
        }
    }

    private static IEnumerable<(int Line, string Text)> CommentBlocks(string[] lines)
    {
        var start = 0;
        var block = new List<string>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var m = i < lines.Length ? LineComment().Match(lines[i]) : Match.Empty;
            if (m.Success)
            {
                if (block.Count == 0) start = i + 1;
                block.Add(m.Groups[1].Value.Trim());
                continue;
            }
            if (block.Count > 0) yield return (start, string.Join(' ', block));
            block.Clear();
        }
    }

    private static IEnumerable<string> Folders(string file)
    {
        for (var i = file.IndexOf('/'); i > 0; i = file.IndexOf('/', i + 1)) yield return file[..i];
    }

    /// <summary>Files of the working tree, without build output and installed packages.</summary>
    private static IEnumerable<string> Tracked(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or ".git"));

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Provider.sln"))) return dir.FullName;
        throw new InvalidOperationException("no Provider.sln above " + AppContext.BaseDirectory);
    }
}
