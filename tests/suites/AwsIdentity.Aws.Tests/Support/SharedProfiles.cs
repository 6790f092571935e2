namespace AwsIdentity.Aws.Tests.Support;

/// <summary>
/// Shared config and credentials files for the whole test run, pointed to by AWS_SHARED_CREDENTIALS_FILE
/// and AWS_CONFIG_FILE before AWSSDK.Core first reads them (it keeps the paths for the process).
/// The default profile has no region and no keys, so tests that do not name a profile are unaffected.
/// </summary>
public static class SharedProfiles
{
    private static readonly Lazy<string> Folder = new(Write);

    public static string Directory => Folder.Value;

    public static void EnsureWritten() => _ = Folder.Value;

    private static string Write()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("awsidentity-aws-tests").FullName;
        File.WriteAllText(Path.Combine(dir, "credentials"), """
            [dev]
            aws_access_key_id = AKIDDEV
            aws_secret_access_key = secret-dev
            aws_session_token = token-dev
            """);
        File.WriteAllText(Path.Combine(dir, "config"), """
            [profile dev]
            region = ap-northeast-1

            [profile cfgonly]
            region = sa-east-1
            aws_access_key_id = AKIDCFG
            aws_secret_access_key = secret-cfg
            """);
        Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(dir, "credentials"));
        Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(dir, "config"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(dir, recursive: true);
        return dir;
    }
}
