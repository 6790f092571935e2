using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>
/// Wire shapes of the identity-provider registration operations (RegisterIdentityProvider,
/// UpdateIdentityProviderSettings, DeregisterIdentityProvider), per botocore license-manager-user-subscriptions-2018-05-10.
/// </summary>
public sealed class LmusRegistrationMarshallingTests : LmusStubTest
{
    private const string ProviderArn = "arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:identity-provider/abc";
    private const string Product = "VISUAL_STUDIO_PROFESSIONAL";
    private const string ShortPair = "{\"IdentityProvider\":" + ShortProviderJson + ",\"Product\":\"" + Product + "\"";

    private const string SummaryReply = "{\"IdentityProviderSummary\":{\"IdentityProvider\":" + IdentityProviderJson + """
        ,"Settings":{"Subnets":["subnet-0123456789abcdef0","subnet-0123456789abcdef1"],"SecurityGroupId":"sg-0123456789abcdef0"},
         "Product":"VISUAL_STUDIO_PROFESSIONAL","Status":"REGISTERING",
         "IdentityProviderArn":"arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:identity-provider/abc",
         "FailureMessage":"not yet","OwnerAccountId":"123456789012"}}
        """;

    [Fact]
    public async Task RegisterIdentityProvider_PostsFullBody_AndReadsSummary()
    {
        var (request, response) = await CallAsync(SummaryReply, c => c.RegisterIdentityProviderAsync(new RegisterIdentityProviderRequest
        {
            IdentityProvider = FullIdentityProvider(),
            Product = Product,
            Settings = new Settings { Subnets = ["subnet-0123456789abcdef0"], SecurityGroupId = "sg-0123456789abcdef0" },
            Tags = new() { ["team"] = "a" },
        }));

        AssertPost(request, "/identity-provider/RegisterIdentityProvider", "{\"IdentityProvider\":" + IdentityProviderJson + """
            ,"Product":"VISUAL_STUDIO_PROFESSIONAL",
             "Settings":{"Subnets":["subnet-0123456789abcdef0"],"SecurityGroupId":"sg-0123456789abcdef0"},"Tags":{"team":"a"}}
            """);
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task RegisterIdentityProvider_WithoutSettings_SendsNoSettingsMember()
    {
        var (request, _) = await CallAsync(SummaryReply, c => c.RegisterIdentityProviderAsync(
            new RegisterIdentityProviderRequest { IdentityProvider = ShortProvider(), Product = Product }));

        AssertPost(request, "/identity-provider/RegisterIdentityProvider", ShortPair + "}");
    }

    [Fact]
    public async Task UpdateIdentityProviderSettings_ByPair_SendsEmptyListsAsGiven()
    {
        var (request, response) = await CallAsync(SummaryReply, c => c.UpdateIdentityProviderSettingsAsync(new UpdateIdentityProviderSettingsRequest
        {
            IdentityProvider = ShortProvider(),
            Product = Product,
            UpdateSettings = new UpdateSettings { AddSubnets = ["subnet-0123456789abcdef1"], RemoveSubnets = [], SecurityGroupId = "sg-0123456789abcdef0" },
        }));

        AssertPost(request, "/identity-provider/UpdateIdentityProviderSettings", ShortPair + """
            ,"UpdateSettings":{"AddSubnets":["subnet-0123456789abcdef1"],"RemoveSubnets":[],"SecurityGroupId":"sg-0123456789abcdef0"}}
            """);
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task UpdateIdentityProviderSettings_ByArn_SendsArnAndSettingsOnly()
    {
        var (request, _) = await CallAsync(SummaryReply, c => c.UpdateIdentityProviderSettingsAsync(new UpdateIdentityProviderSettingsRequest
        {
            IdentityProviderArn = ProviderArn,
            UpdateSettings = new UpdateSettings { AddSubnets = [], RemoveSubnets = ["subnet-0123456789abcdef0"] },
        }));

        AssertPost(request, "/identity-provider/UpdateIdentityProviderSettings", "{\"IdentityProviderArn\":\"" + ProviderArn + """
            ","UpdateSettings":{"AddSubnets":[],"RemoveSubnets":["subnet-0123456789abcdef0"]}}
            """);
    }

    [Fact]
    public async Task DeregisterIdentityProvider_ByPair_PostsPair_AndReadsSummary()
    {
        var (request, response) = await CallAsync(SummaryReply, c => c.DeregisterIdentityProviderAsync(
            new DeregisterIdentityProviderRequest { IdentityProvider = ShortProvider(), Product = Product }));

        AssertPost(request, "/identity-provider/DeregisterIdentityProvider", ShortPair + "}");
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task DeregisterIdentityProvider_ByArn_SendsOnlyThat()
    {
        var (request, _) = await CallAsync(SummaryReply, c => c.DeregisterIdentityProviderAsync(
            new DeregisterIdentityProviderRequest { IdentityProviderArn = ProviderArn }));

        AssertPost(request, "/identity-provider/DeregisterIdentityProvider", "{\"IdentityProviderArn\":\"" + ProviderArn + "\"}");
    }

    private static void AssertSummary(IdentityProviderSummary? summary)
    {
        Assert.NotNull(summary);
        Assert.Equal("d-1234567890", summary.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("corp.example.com", summary.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectorySettings!.DomainName);
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], summary.Settings!.Subnets!);
        Assert.Equal("sg-0123456789abcdef0", summary.Settings.SecurityGroupId);
        Assert.Equal((Product, "REGISTERING"), (summary.Product, summary.Status));
        Assert.Equal((ProviderArn, "not yet", "123456789012"), (summary.IdentityProviderArn, summary.FailureMessage, summary.OwnerAccountId));
    }
}
