using AwsIdentity.TerraformHarness;

namespace AwsIdentity.TerraformTests;

/// <summary>
/// `terraform init` offline from a local mirror, with a stand-in executable (init finds, copies or links and hashes
/// the package; it never runs it). The layout and lock-file behaviour pinned here are what `make install-terraform`
/// relies on (tests/programs/AwsIdentity.TerraformHarness/README.md "Local mirrors").
/// </summary>
public sealed class MirrorInstallTests : IDisposable
{
    private readonly StandIn _standIn = new();

    /// <summary>GOOS_GOARCH; linux_amd64 on the machines this runs on.</summary>
    private static readonly string Platform = TerraformMirror.Platform();

    [Fact]
    public async Task TheImpliedMirrorUnderHomeInstallsOfflineAndLocksTheH1HashOfThePackage()
    {
        using var ws = Workspace(ProviderInstall.ImpliedMirror, "0.1.0");
        // The layout, spelled out rather than taken from TerraformMirror, so a change there cannot move it unseen.
        var package = Path.Combine(ws.Home, ".terraform.d/plugins/registry.terraform.io/awsidentity/awsidentity/0.1.0", Platform);
        Assert.Equal(package, ws.Package);
        Assert.Equal(["terraform-provider-awsidentity_v0.1.0"], Directory.GetFiles(package).Select(Path.GetFileName));

        var init = (await ws.InitAsync()).EnsureSuccess();

        Assert.Contains("Installed awsidentity/awsidentity v0.1.0 (unauthenticated)", init.Stdout);
        var locked = Assert.Single(ws.ReadLock());
        Assert.Equal(("registry.terraform.io/awsidentity/awsidentity", "0.1.0", (string?)null), (locked.Address, locked.Version, locked.Constraints));
        Assert.Equal([DirHash.Hash1(package)], locked.Hashes);
        // An unpacked mirror package is linked, not copied, into the working directory.
        var installed = new DirectoryInfo(Path.Combine(ws.Dir, ".terraform/providers/registry.terraform.io/awsidentity/awsidentity/0.1.0", Platform));
        Assert.Equal(package, installed.LinkTarget);
    }

    [Fact]
    public async Task AVersionConstraintIsRecordedAndTheNewestMirroredVersionIsChosen()
    {
        using var ws = Workspace(ProviderInstall.ImpliedMirror, "0.1.0");
        TerraformMirror.InstallUnpacked(ws.MirrorDir, _standIn.Path, "0.2.0");
        ws.WriteMain(Hcl.RequiredProviders(version: "~> 0.1.0"));

        (await ws.InitAsync()).EnsureSuccess();
        Assert.Equal(("0.1.0", "~> 0.1.0"), (ws.ReadLock()[0].Version, ws.ReadLock()[0].Constraints));

        ws.WriteMain(Hcl.RequiredProviders());
        File.Delete(Path.Combine(ws.Dir, LockFile.FileName));
        (await ws.InitAsync()).EnsureSuccess();
        Assert.Equal("0.2.0", Assert.Single(ws.ReadLock()).Version);
    }

    [Fact]
    public async Task ReinstallingTheSameVersionWithAnotherBinaryFailsAgainstTheLockUntilTheLockEntryIsRemoved()
    {
        using var ws = Workspace(ProviderInstall.ImpliedMirror, "0.1.0");
        (await ws.InitAsync()).EnsureSuccess();
        var before = ws.ReadLock()[0].Hashes;

        File.AppendAllText(Path.Combine(ws.Package!, TerraformMirror.ExecutableName("0.1.0")), "# rebuilt\n");
        var init = (await ws.InitAsync()).EnsureFailure();
        Assert.Contains("doesn't match any of the checksums previously recorded in the dependency lock file", Flat(init.Stderr));
        // -upgrade does not help while the version is unchanged: the lock's hashes still bind it.
        (await ws.InitAsync("-upgrade")).EnsureFailure();

        File.Delete(Path.Combine(ws.Dir, LockFile.FileName));
        (await ws.InitAsync()).EnsureSuccess();
        Assert.NotEqual(before, ws.ReadLock()[0].Hashes);
        Assert.Equal([DirHash.Hash1(ws.Package!)], ws.ReadLock()[0].Hashes);
    }

    [Theory]
    [InlineData(ProviderInstall.FilesystemMirror)]
    [InlineData(ProviderInstall.PackedFilesystemMirror)]
    [InlineData(ProviderInstall.PluginDir)]
    public async Task AnExplicitMirrorOrPluginDirInstallsTheSamePackage(ProviderInstall install)
    {
        using var ws = Workspace(install, "0.3.0");

        (await ws.InitAsync()).EnsureSuccess();

        var installed = Path.Combine(ws.Dir, ".terraform/providers/registry.terraform.io/awsidentity/awsidentity/0.3.0", Platform);
        Assert.Equal(["terraform-provider-awsidentity_v0.3.0"], Directory.GetFiles(installed).Select(Path.GetFileName));
        // A packed archive is extracted (the executable bit kept); its h1 is the hash of the extracted files.
        Assert.True(TerraformMirror.IsExecutable(Directory.GetFiles(installed)[0]));
        Assert.Equal([DirHash.Hash1(installed)], Assert.Single(ws.ReadLock()).Hashes);
    }

    [Fact]
    public async Task AProviderNoMirrorHoldsFailsAtOnceWithoutLeavingTheMachine()
    {
        using var ws = Workspace(ProviderInstall.ImpliedMirror, "0.1.0");
        ws.WriteMain("""
            terraform {
              required_providers {
                other = { source = "registry.terraform.io/awsidentity/other" }
              }
            }
            """);

        var init = (await ws.InitAsync()).EnsureFailure();

        Assert.Contains(TerraformEnvironment.NoNetworkProxy.Replace("http://", ""), init.Stderr);
        Assert.True(init.Elapsed < TimeSpan.FromSeconds(20), init.ToString());
    }

    private TerraformWorkspace Workspace(ProviderInstall install, string version)
    {
        var ws = TerraformWorkspace.Create(new TerraformWorkspaceOptions { Install = install, Version = version, ProviderBinary = _standIn.Path });
        ws.WriteMain(Hcl.RequiredProviders());
        return ws;
    }

    /// <summary>terraform wraps its messages at 78 columns.</summary>
    private static string Flat(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _standIn.Dispose();
}
