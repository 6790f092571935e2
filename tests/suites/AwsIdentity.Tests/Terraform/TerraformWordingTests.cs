using AwsIdentity.Core.Resources;
using AwsIdentity.Provider.Terraform.Resources;

namespace AwsIdentity.Tests.Terraform;

/// <summary>The ownership refusal as a terraform user reads it (Terraform/Resources/TerraformWording.cs): the command
/// with an address placeholder and the real id, and what the placeholder stands for.</summary>
public sealed class TerraformWordingTests
{
    private const string Type = "awsidentity_licensemanager_user_association";

    [Fact]
    public void Refusal_GivesTheCommandWithTheId_AndExplainsTheAddress()
    {
        var refusal = Ownership.Refusal(Ownership.Verdict.Unmarked, "the association x", "i-1:d-1:alice", TerraformWording.ImportCommand).Message;

        var detail = TerraformWording.Detail(refusal, Type);

        Assert.Contains("`terraform import <ADDRESS> i-1:d-1:alice`", detail);
        Assert.Contains($"{Type}.<name>", detail);
        Assert.Contains("terraform does not tell a provider the address", detail);
    }

    [Fact]
    public void OtherErrors_AreLeftAsTheyAre() =>
        Assert.Equal("creating x: throttled", TerraformWording.Detail("creating x: throttled", Type));
}
