using AwsIdentity.Core.Config;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;

namespace AwsIdentity.Tests.Model;

/// <summary>Write → Read → Write of complete records of every shape.</summary>
public sealed class RoundTripTests
{
    private static void AssertRoundTrip<T>(RecordShape<T> shape, ObjectValue complete) where T : class, new()
    {
        var record = shape.Decode(complete);
        var written = shape.WriteObject(record);
        Assert.Equal(shape.Properties.Select(p => p.Name).Order(StringComparer.Ordinal), written.Fields.Keys);
        Assert.Equal(complete, written);
        Assert.Equal(written, shape.WriteObject(shape.Decode(written)));
    }

    [Fact]
    public void WriteRead_ProviderConfig_RoundTrips() => AssertRoundTrip(ProviderConfig.Shape, Samples.ProviderConfig());

    [Fact]
    public void WriteRead_EksArgs_RoundTrips() => AssertRoundTrip(IdentityProviderConfigArgs.Shape, Samples.EksInputs());

    [Fact]
    public void WriteRead_EksState_RoundTrips() => AssertRoundTrip(IdentityProviderConfigState.Shape, Samples.EksOutputs());

    [Fact]
    public void WriteRead_UserAssociationArgs_RoundTrips() => AssertRoundTrip(UserAssociationArgs.Shape, Samples.UserInputs());

    [Fact]
    public void WriteRead_UserAssociationState_RoundTrips() => AssertRoundTrip(UserAssociationState.Shape, Samples.UserOutputs());

    [Fact]
    public void WriteRead_NestedShapes_RoundTrip()
    {
        AssertRoundTrip(OidcIdentityProviderConfigArgs.Shape, Samples.Oidc());
        AssertRoundTrip(ActiveDirectorySettingsArgs.Shape, Samples.ActiveDirectorySettings());
        AssertRoundTrip(IdentityProviderArgs.Shape, Samples.IdentityProvider());
    }

    [Fact]
    public void WriteRead_TypedState_KeepsEveryField()
    {
        var state = new UserAssociationState
        {
            Args = new UserAssociationArgs
            {
                Username = "bob",
                InstanceId = "i-0123abcd",
                IdentityProvider = new IdentityProviderArgs
                {
                    ActiveDirectoryIdentityProvider = new ActiveDirectoryIdentityProviderArgs
                    {
                        DirectoryId = "sd-abcdef0123",
                        ActiveDirectoryType = "AWS_MANAGED",
                        IsSharedActiveDirectory = true,
                    },
                },
                Tags = new Dictionary<string, string> { ["a"] = "b" },
            },
            InstanceUserArn = "arn",
            Status = "ASSOCIATING",
            TagsAll = new Dictionary<string, string> { ["a"] = "b", ["d"] = "e" },
        };
        var read = UserAssociationState.Shape.Decode(UserAssociationState.Shape.Write(state));
        Assert.Equal("bob", read.Args.Username);
        Assert.Equal("sd-abcdef0123", read.Args.IdentityProvider.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.True(read.Args.IdentityProvider.ActiveDirectoryIdentityProvider.IsSharedActiveDirectory);
        Assert.Null(read.Args.Domain);
        Assert.Null(read.StatusMessage);
        Assert.Equal(state.TagsAll, read.TagsAll);
        Assert.Equal("ASSOCIATING", read.Status);
    }

    [Fact]
    public void WriteRead_ProviderConfigTyped_SecretsWrittenAsSecrets()
    {
        var config = new ProviderConfig
        {
            Region = "us-east-1",
            AccessKey = "AKIA",
            SecretKey = "sk",
            Token = "t",
            MaxRetries = 0,
            SkipCredentialsValidation = false,
            Endpoints = new EndpointsConfig { Eks = "http://localhost:4566" },
        };
        var written = ProviderConfig.Shape.WriteObject(config);
        foreach (var key in new[] { "accessKey", "secretKey", "token" }) Assert.IsType<SecretValue>(written[key]);
        Assert.Equal(config, ProviderConfig.Shape.Decode(written));
    }
}
