using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>
/// Wire shapes of the identity-provider registration operations (RegisterIdentityProvider,
/// UpdateIdentityProviderSettings, DeregisterIdentityProvider), per botocore license-manager-user-subscriptions-2018-05-10.
/// </summary>
public sealed class LmusRegistrationMarshallingTests : StubServerTest
{
    private const string ProviderArn = "arn:aws:license-manager-user-subscriptions:us-west-2:123456789012:identity-provider/abc";
    private const string ShortProviderJson = """{"ActiveDirectoryIdentityProvider":{"DirectoryId":"d-1234567890"}}""";

    private static readonly string SummaryReply = "{\"IdentityProviderSummary\":{\"IdentityProvider\":" + LmusMarshallingTests.IdentityProviderJson + $$$"""
        ,"Settings":{"Subnets":["subnet-0123456789abcdef0","subnet-0123456789abcdef1"],"SecurityGroupId":"sg-0123456789abcdef0"},
         "Product":"VISUAL_STUDIO_PROFESSIONAL","Status":"REGISTERING","IdentityProviderArn":"{{{ProviderArn}}}",
         "FailureMessage":"not yet","OwnerAccountId":"123456789012"}}
        """;

    private static IdentityProvider ShortProvider() =>
        new() { ActiveDirectoryIdentityProvider = new() { DirectoryId = "d-1234567890" } };

    [Fact]
    public async Task RegisterIdentityProvider_PostsFullBody_AndReadsSummary()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        var response = await client.RegisterIdentityProviderAsync(new RegisterIdentityProviderRequest
        {
            IdentityProvider = LmusMarshallingTests.FullIdentityProvider(),
            Product = "VISUAL_STUDIO_PROFESSIONAL",
            Settings = new Settings { Subnets = ["subnet-0123456789abcdef0"], SecurityGroupId = "sg-0123456789abcdef0" },
            Tags = new() { ["team"] = "a" },
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/identity-provider/RegisterIdentityProvider"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"IdentityProvider\":" + LmusMarshallingTests.IdentityProviderJson + """
            ,"Product":"VISUAL_STUDIO_PROFESSIONAL",
             "Settings":{"Subnets":["subnet-0123456789abcdef0"],"SecurityGroupId":"sg-0123456789abcdef0"},"Tags":{"team":"a"}}
            """,
            request.Body);
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task RegisterIdentityProvider_WithoutSettings_SendsNoSettingsMember()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        await client.RegisterIdentityProviderAsync(new RegisterIdentityProviderRequest { IdentityProvider = ShortProvider(), Product = "OFFICE_PROFESSIONAL_PLUS" });

        JsonAssert.Equal("{\"IdentityProvider\":" + ShortProviderJson + ",\"Product\":\"OFFICE_PROFESSIONAL_PLUS\"}", Stub.Single().Body);
    }

    [Fact]
    public async Task UpdateIdentityProviderSettings_ByPair_SendsEmptyListsAsGiven()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        var response = await client.UpdateIdentityProviderSettingsAsync(new UpdateIdentityProviderSettingsRequest
        {
            IdentityProvider = ShortProvider(),
            Product = "VISUAL_STUDIO_PROFESSIONAL",
            UpdateSettings = new UpdateSettings { AddSubnets = ["subnet-0123456789abcdef1"], RemoveSubnets = [], SecurityGroupId = "sg-0123456789abcdef0" },
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/identity-provider/UpdateIdentityProviderSettings"), (request.Method, request.Path));
        JsonAssert.Equal(
            "{\"IdentityProvider\":" + ShortProviderJson + """
            ,"Product":"VISUAL_STUDIO_PROFESSIONAL",
             "UpdateSettings":{"AddSubnets":["subnet-0123456789abcdef1"],"RemoveSubnets":[],"SecurityGroupId":"sg-0123456789abcdef0"}}
            """,
            request.Body);
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task UpdateIdentityProviderSettings_ByArn_SendsArnAndSettingsOnly()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        await client.UpdateIdentityProviderSettingsAsync(new UpdateIdentityProviderSettingsRequest
        {
            IdentityProviderArn = ProviderArn,
            UpdateSettings = new UpdateSettings { AddSubnets = [], RemoveSubnets = ["subnet-0123456789abcdef0"] },
        });

        JsonAssert.Equal(
            $$$"""{"IdentityProviderArn":"{{{ProviderArn}}}","UpdateSettings":{"AddSubnets":[],"RemoveSubnets":["subnet-0123456789abcdef0"]}}""",
            Stub.Single().Body);
    }

    [Fact]
    public async Task DeregisterIdentityProvider_ByPair_PostsPair_AndReadsSummary()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        var response = await client.DeregisterIdentityProviderAsync(new DeregisterIdentityProviderRequest
        {
            IdentityProvider = ShortProvider(),
            Product = "VISUAL_STUDIO_PROFESSIONAL",
        });

        var request = Stub.Single();
        Assert.Equal(("POST", "/identity-provider/DeregisterIdentityProvider"), (request.Method, request.Path));
        JsonAssert.Equal("{\"IdentityProvider\":" + ShortProviderJson + ",\"Product\":\"VISUAL_STUDIO_PROFESSIONAL\"}", request.Body);
        AssertSummary(response.IdentityProviderSummary);
    }

    [Fact]
    public async Task DeregisterIdentityProvider_ByArn_SendsOnlyThat()
    {
        Stub.Reply(new StubReply(200, SummaryReply));
        using var client = TestClients.Lmus(Stub);

        await client.DeregisterIdentityProviderAsync(new DeregisterIdentityProviderRequest { IdentityProviderArn = ProviderArn });

        JsonAssert.Equal($$"""{"IdentityProviderArn":"{{ProviderArn}}"}""", Stub.Single().Body);
    }

    private static void AssertSummary(IdentityProviderSummary? summary)
    {
        Assert.NotNull(summary);
        Assert.Equal("d-1234567890", summary.IdentityProvider!.ActiveDirectoryIdentityProvider!.DirectoryId);
        Assert.Equal("corp.example.com", summary.IdentityProvider.ActiveDirectoryIdentityProvider.ActiveDirectorySettings!.DomainName);
        Assert.Equal(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"], summary.Settings!.Subnets!);
        Assert.Equal("sg-0123456789abcdef0", summary.Settings.SecurityGroupId);
        Assert.Equal(("VISUAL_STUDIO_PROFESSIONAL", "REGISTERING"), (summary.Product, summary.Status));
        Assert.Equal((ProviderArn, "not yet", "123456789012"), (summary.IdentityProviderArn, summary.FailureMessage, summary.OwnerAccountId));
    }
}
