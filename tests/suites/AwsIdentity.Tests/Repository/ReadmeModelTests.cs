using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Repository;

/// <summary>
/// README.md's configuration and resource tables say what the model says (ReadmeModelCheck.cs), and the check
/// fails, naming the row, when either side loses or gains a property or a flag.
/// </summary>
public sealed class ReadmeModelTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(CommentCitationTests.RepositoryRoot(), "README.md"));

    private static IReadOnlyList<ResourceModel> Models => [.. Handlers.All().Select(h => h.Model)];

    private static List<string> Problems(string readme, IReadOnlyList<ResourceModel>? models = null) =>
        ReadmeModelCheck.Problems(readme, models ?? Models, ProviderConfig.Shape);

    [Fact]
    public void Readme_SaysWhatTheModelSays()
    {
        var problems = Problems(Readme);
        Assert.True(problems.Count == 0, "README.md disagrees with the model:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Readme_HasATableForEachShape() =>
        Assert.Equal(["key", "input", "output", "input", "output", "input", "output", "input", "output"], ReadmeSection.All(Readme)
            .Where(s => s.Heading == ReadmeModelCheck.ConfigHeading || s.Heading.StartsWith("Resource: ", StringComparison.Ordinal))
            .SelectMany(ReadmeTable.All).Select(t => t.Kind).Where(k => k is "key" or "input" or "output"));

    [Theory]
    [InlineData("| `oidc.clientId` |", "no row for the model's property: | `oidc.clientId` | string | required, replaces |")]
    [InlineData("| `secretKey` |", "no row for the model's property: | `secretKey` | string | secret |")]
    [InlineData("| `subscriptionEndDate` |", "no row for the model's property: | `subscriptionEndDate` | string | |")]
    public void RemovedRow_IsNamed(string rowStart, string expected)
    {
        var lines = Readme.Split('\n');
        Assert.Single(lines, l => l.StartsWith(rowStart, StringComparison.Ordinal));
        var problems = Problems(string.Join('\n', lines.Where(l => !l.StartsWith(rowStart, StringComparison.Ordinal))));
        Assert.Contains(problems, p => p.EndsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("| `clusterName` | string | required, replaces |", "| `clusterName` | string | required |", "row `clusterName`: flags are \"required\", the model's are \"required, replaces\"")]
    [InlineData("| `accessKey` | string | secret |", "| `accessKey` | string | |", "row `accessKey`: flags are \"\", the model's are \"secret\"")]
    [InlineData("| `tags` | map of string | | ≤ 49", "| `tags` | map | | ≤ 49", "row `tags`: type is \"map\", the model's is \"map of string\"")]
    [InlineData("| `arn` | string | always set |", "| `arn` | string | always set |\n| `arnSuffix` | string | | made up |", "row `arnSuffix` names no property of the model")]
    [InlineData("| `region` | string | | AWS region", "| `region` | string | | AWS region |\n| `region` | string | | again", "row `region` appears more than once")]
    [InlineData("create 40 minutes, update 40 minutes, delete 40 minutes by default", "create 40 minutes by default", "bullet must say \"create 40 minutes, update 40 minutes, delete 40 minutes by default\"")]
    [InlineData("i-0123456789abcdef0:d-1234567890:alice`, or", "i-0123456789abcdef0:d-1234567890:bob`, or", "must name i-0123456789abcdef0:d-1234567890:alice`")]
    [InlineData("## Resource: `awsidentity:eks:IdentityProviderConfig`", "## Resource: `awsidentity:eks:IdentityProvider`", "\"## Resource: `awsidentity:eks:IdentityProvider`\" names no resource of the model")]
    public void ChangedReadme_IsNamed(string find, string replacement, string expected)
    {
        Assert.Contains(find, Readme, StringComparison.Ordinal);
        var problems = Problems(ReplaceFirst(Readme, find, replacement));
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void PropertyTheReadmeLacks_IsNamed()
    {
        var grown = new RecordShape<Grown>(IdentityProviderConfigState.Token, IdentityProviderConfigArgs.Shape.Description)
            .Include(IdentityProviderConfigArgs.Shape, g => g.Args, (g, a) => g with { Args = a })
            .Property("roleArn", Kinds.String, g => g.RoleArn, (g, v) => g with { RoleArn = v }, "A role.", secret: true);
        var models = Models.Select(m => m.Token == grown.Token ? m with { Inputs = grown } : m).ToList();
        var problems = Problems(Readme, models);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.EndsWith("inputs: no row for the model's property: | `roleArn` | string | secret |", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("the model's outputs lack the input `roleArn`", StringComparison.Ordinal));
    }

    [Fact]
    public void TimeoutTheModelChanged_IsNamed()
    {
        var models = Models.Select(m => m with { DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(45)) }).ToList();
        Assert.Equal(models.Count, Problems(Readme, models).Count(p => p.Contains("45 minutes", StringComparison.Ordinal)));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    private sealed record Grown
    {
        public IdentityProviderConfigArgs Args { get; init; } = new();
        public string? RoleArn { get; init; }
    }
}
