namespace AwsIdentity.Demo;

/// <summary>`pulumi version`, printed, before CLI mode is chosen: an older CLI than <see cref="PulumiVersion.Minimum"/> gets engine mode.</summary>
public static class CliVersionCheck
{
    public static async Task<string?> RefusalAsync(string pulumi, string root, CancellationToken ct)
    {
        var home = Directory.CreateTempSubdirectory("awsidentity-demo-version-");
        try
        {
            var env = new Dictionary<string, string>(CliEnvironment.Current().Where(kv => !kv.Key.StartsWith("PULUMI_", StringComparison.OrdinalIgnoreCase)))
            {
                ["PULUMI_HOME"] = home.FullName, ["PULUMI_SKIP_UPDATE_CHECK"] = "true",
            };
            var result = await new PulumiCli(pulumi, root, env, TimeSpan.FromSeconds(60)).RunAsync(CliCommands.Version(), ct, allowFailure: true);
            if (result.ExitCode != 0) return $"`pulumi version` exited with {result.ExitCode}";
            var refusal = PulumiVersion.Refusal(result.Stdout);
            if (refusal is not null) Console.WriteLine($"make demo: {refusal}: running engine mode instead");
            return refusal;
        }
        catch (DemoFailure e)
        {
            return e.Message;
        }
        finally
        {
            try { home.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
