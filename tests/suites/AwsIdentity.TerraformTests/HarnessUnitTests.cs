using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>The harness's pure parts: environment, flags, dirhash, lock file, HCL quoting.</summary>
public sealed class HarnessUnitTests
{
    [Fact]
    public void TheEnvironmentDropsTheUsersTerraformAwsXdgAndProxyVariables()
    {
        var user = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin", ["LANG"] = "C.UTF-8", ["HOME"] = "/root", ["TF_CLI_CONFIG_FILE"] = "/root/.terraformrc",
            ["TF_LOG"] = "trace", ["TF_VAR_x"] = "1", ["TF_CLI_ARGS_plan"] = "-refresh=false", ["TERRAFORM_CONFIG"] = "/x",
            ["AWS_PROFILE"] = "prod", ["AWS_CA_BUNDLE"] = "/etc/ssl/ca.pem", ["XDG_DATA_DIRS"] = "/usr/share", ["no_proxy"] = "x",
            ["HTTP_PROXY"] = "http://proxy:3128",
        };

        var env = TerraformEnvironment.Build(user, "/tmp/h", "/tmp/rc", "http://127.0.0.1:1");

        Assert.Equal(new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin", ["LANG"] = "C.UTF-8", ["HOME"] = "/tmp/h", ["TF_CLI_CONFIG_FILE"] = "/tmp/rc",
            ["XDG_DATA_HOME"] = "/tmp/h/.local/share", ["XDG_DATA_DIRS"] = "/tmp/h/.xdg-data-dirs",
            ["CHECKPOINT_DISABLE"] = "1", ["TF_IN_AUTOMATION"] = "1",
            ["HTTPS_PROXY"] = "http://127.0.0.1:9", ["https_proxy"] = "http://127.0.0.1:9",
            ["AWS_ACCESS_KEY_ID"] = "test", ["AWS_SECRET_ACCESS_KEY"] = "test", ["AWS_REGION"] = "us-east-1",
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["AWS_ENDPOINT_URL_EKS"] = "http://127.0.0.1:1", ["AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS"] = "http://127.0.0.1:1",
        }.OrderBy(kv => kv.Key), env.OrderBy(kv => kv.Key));
    }

    [Theory]
    [InlineData("plan -detailed-exitcode", "plan -no-color -input=false -detailed-exitcode")]
    [InlineData("import a.b id", "import -no-color -input=false a.b id")]
    [InlineData("state rm a.b", "state rm -no-color a.b")]
    [InlineData("state pull", "state pull -no-color")]
    [InlineData("show -json", "show -no-color -json")]
    [InlineData("providers lock -platform=linux_amd64", "providers lock -no-color -platform=linux_amd64")]
    [InlineData("apply -no-color", "apply -input=false -no-color")]
    public void StandardFlagsGoRightAfterTheCommand(string args, string expected) =>
        Assert.Equal(expected, string.Join(' ', TerraformCli.WithStandardFlags(args.Split(' '))));

    [Fact]
    public void DirHashMatchesWhatTerraform1114Locked()
    {
        // Locked by terraform init for this one file in a mirror package (tests/programs/AwsIdentity.TerraformHarness/README.md).
        var dir = Directory.CreateTempSubdirectory("awsidentity-dirhash-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "terraform-provider-awsidentity_v0.1.0"), "#!/bin/sh\necho placeholder >&2; exit 1\n");
            Assert.Equal("h1:2lARDBEP8mTiab/tZi/XF1Ook3PPn8PUd5B0PW/fyPY=", DirHash.Hash1(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheLockFileParserReadsEveryEntry()
    {
        const string text = """
            # This file is maintained automatically by "terraform init".

            provider "registry.terraform.io/awsidentity/awsidentity" {
              version     = "0.2.0"
              constraints = "~> 0.2"
              hashes = [
                "h1:GuqBiGtH6WWi347y+e/FmuRENbb+o7T5Zlie/la2KEA=",
                "zh:0123",
              ]
            }

            provider "registry.terraform.io/hashicorp/null" {
              version = "3.2.0"
            }
            """;

        Assert.Collection(LockFile.Parse(text),
            a => Assert.Equal(("registry.terraform.io/awsidentity/awsidentity", "0.2.0", "~> 0.2", "h1:GuqBiGtH6WWi347y+e/FmuRENbb+o7T5Zlie/la2KEA=,zh:0123"),
                (a.Address, a.Version, a.Constraints, string.Join(',', a.Hashes))),
            b => Assert.Equal(("registry.terraform.io/hashicorp/null", "3.2.0", (string?)null, 0), (b.Address, b.Version, b.Constraints, b.Hashes.Count)));
    }

    [Fact]
    public void TheCliConfigOfEachMode()
    {
        Assert.Equal("""
            provider_installation {
              dev_overrides {
                "registry.terraform.io/awsidentity/awsidentity" = "/o"
              }
              direct {}
            }

            """, CliConfig.For(ProviderInstall.DevOverrides, "/o", "/m"));
        Assert.Equal("""
            provider_installation {
              dev_overrides {
                "registry.terraform.io/awsidentity/awsidentity" = "/o"
              }
              filesystem_mirror {
                path = "/m"
              }
              filesystem_mirror {
                path = "/opt/aws"
              }
            }

            """, CliConfig.For(ProviderInstall.DevOverrides, "/o", "/m", ["/opt/aws"]));
        Assert.StartsWith("#", CliConfig.For(ProviderInstall.ImpliedMirror, "/o", "/m"));
        Assert.StartsWith("#", CliConfig.For(ProviderInstall.PluginDir, "/o", "/m"));
        Assert.Throws<ArgumentException>(() => CliConfig.For(ProviderInstall.ImpliedMirror, "/o", "/m", ["/opt/aws"]));
    }

    [Theory]
    [InlineData("/tmp/a b", "\"/tmp/a b\"")]
    [InlineData("say \"hi\"\\", "\"say \\\"hi\\\"\\\\\"")]
    [InlineData("${x} %{y} $z", "\"$${x} %%{y} $z\"")]
    [InlineData("a\nb", "\"a\\nb\"")]
    public void HclQuoteEscapesWhatHclWouldReadOtherwise(string text, string expected) => Assert.Equal(expected, Hcl.Quote(text));
}
