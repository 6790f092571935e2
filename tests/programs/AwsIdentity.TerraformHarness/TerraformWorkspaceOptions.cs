using AwsIdentity.Harness;

namespace AwsIdentity.TerraformHarness;

/// <summary>What a <see cref="TerraformWorkspace"/> is made with; every member has a default.</summary>
public sealed record TerraformWorkspaceOptions
{
    /// <summary>The provider executable to install (copied, never used in place). Default: bin/terraform-provider-awsidentity,
    /// or as $AWSIDENTITY_BIN says (RepoPaths.BinaryPath). Unused with <see cref="ProviderInstall.None"/>.</summary>
    public string? ProviderBinary { get; init; }

    public ProviderInstall Install { get; init; } = ProviderInstall.DevOverrides;

    /// <summary>The version a mirror layout files the binary under.</summary>
    public string Version { get; init; } = "0.1.0";

    /// <summary>The emulator's URL (EmulatorProcess.Url): AWS_ENDPOINT_URL_EKS and
    /// AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS point at it. Null: no endpoint variables.</summary>
    public string? EmulatorUrl { get; init; }

    /// <summary>Set last in terraform's environment; a null value removes a variable (TerraformEnvironment).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>The default limit of one command; past it the command's process tree is killed.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>More filesystem mirrors for other providers the configuration needs (then run `InitAsync` first, even
    /// with dev_overrides); e.g. a directory holding registry.terraform.io/hashicorp/aws. Not with ImpliedMirror.</summary>
    public IReadOnlyList<string> ExtraMirrors { get; init; } = [];

    /// <summary>The terraform executable; default: `terraform` on PATH (TerraformCli.Find).</summary>
    public string? Terraform { get; init; }

    /// <summary>Keep the temporary directory after dispose (to read a failed test's files); also $AWSIDENTITY_KEEP_TF=1.</summary>
    public bool Keep { get; init; }

    internal string ResolvedBinary() => ProviderBinary ?? RepoPaths.BinaryPath(TerraformMirror.BinaryName);
}
