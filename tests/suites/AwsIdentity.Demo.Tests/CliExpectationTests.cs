using System.Text.Json.Nodes;

namespace AwsIdentity.Demo.Tests;

/// <summary>
/// CLI mode's command lines and environment against Fixtures/cli-expectation.json, recorded by hand with the
/// pulumi/pulumi source line that accepts every flag and variable (the Pulumi CLI cannot run here).
/// </summary>
public sealed class CliExpectationTests
{
    private static readonly JsonObject Expectation = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "cli-expectation.json")))!;

    [Fact]
    public void CommandsAreTheRecordedOnes()
    {
        var stack = Expectation["stack"]!.GetValue<string>();
        var expected = Expectation["commands"]!.AsArray().Select(c => (c!["name"]!.GetValue<string>(), string.Join(' ', c["args"]!.AsArray().Select(a => a!.GetValue<string>())))).ToList();
        var actual = CliCommands.All(stack).Select(c => (c.Name, string.Join(' ', c.Args))).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryFlagAndSubcommandAliasCitesItsSource()
    {
        foreach (var command in Expectation["commands"]!.AsArray())
        {
            var sources = command!["sources"]!.AsObject();
            foreach (var flag in command["args"]!.AsArray().Select(a => a!.GetValue<string>()).Where(a => a.StartsWith("--", StringComparison.Ordinal)))
                Assert.True(sources.ContainsKey(flag), $"{command["name"]}: {flag} has no source");
            Assert.All(sources, kv => Assert.Matches(@"^(pkg|sdk)/[\w/]+\.go:\d+", kv.Value!.GetValue<string>()));
        }
    }

    [Fact]
    public void EveryCommandNamesTheStackAndNeverForces()
    {
        foreach (var (name, args) in CliCommands.All("local").Where(c => c.Name != "version"))
        {
            Assert.True(args.Contains("--stack") && args[Array.IndexOf(args, "--stack") + 1] == "local", $"{name} does not name the stack");
            Assert.Contains("--non-interactive", args);
            Assert.DoesNotContain("--force", args);
            Assert.DoesNotContain("-f", args);
        }
        Assert.Contains("--no-select", CliCommands.StackInit("local"));
    }

    [Fact]
    public void EnvironmentIsTheUsersWithoutPulumiOrAwsVariablesPlusTheRecordedOnes()
    {
        var work = Path.Combine(Path.GetTempPath(), "awsidentity-demo-x");
        var user = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/local/bin:/usr/bin", ["HOME"] = "/home/user", ["LANG"] = "C.UTF-8",
            ["PULUMI_OPTION_YES"] = "false", ["PULUMI_OPTION_PARALLEL"] = "1", ["PULUMI_DEBUG_COMMANDS"] = "true", ["PULUMI_DEBUG_GRPC"] = "/tmp/grpc.log",
            ["PULUMI_ACCESS_TOKEN"] = "pul-secret", ["PULUMI_HOME"] = "/home/user/.pulumi", ["PULUMI_BACKEND_URL"] = "https://api.pulumi.com",
            ["PULUMI_CONFIG_PASSPHRASE_FILE"] = "/home/user/pass", ["AWS_PROFILE"] = "production", ["AWS_ACCESS_KEY_ID"] = "AKIAREAL",
        };
        var expected = new Dictionary<string, string> { ["PATH"] = user["PATH"], ["HOME"] = user["HOME"], ["LANG"] = user["LANG"] };
        foreach (var (k, v) in Expectation["environment"]!.AsObject())
            expected[k] = v!["value"]!.GetValue<string>().Replace("<work>", work, StringComparison.Ordinal);
        var actual = CliEnvironment.Build(user, CliWorkspace.At(work, "local"));
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void MinimumVersionIsTheRecordedOne() =>
        Assert.Equal(Version.Parse(Expectation["minimumVersion"]!["value"]!.GetValue<string>()), PulumiVersion.Minimum);
}
