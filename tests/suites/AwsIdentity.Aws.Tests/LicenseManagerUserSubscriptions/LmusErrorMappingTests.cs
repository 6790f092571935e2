using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>Every modelled LMUS error becomes its own type (status codes as AWS sends them).</summary>
public sealed class LmusErrorMappingTests : StubServerTest
{
    public static TheoryData<string, int, Type> Errors() => new()
    {
        { "ConflictException", 409, typeof(ConflictException) },
        { "ThrottlingException", 429, typeof(ThrottlingException) },
        { "ServiceQuotaExceededException", 402, typeof(ServiceQuotaExceededException) },
        { "ResourceNotFoundException", 404, typeof(ResourceNotFoundException) },
        { "ValidationException", 400, typeof(ValidationException) },
        { "AccessDeniedException", 403, typeof(AccessDeniedException) },
        { "InternalServerException", 500, typeof(InternalServerException) },
        { "BrandNewException", 400, typeof(AmazonLicenseManagerUserSubscriptionsException) },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task ErrorResponse_BecomesTypedException(string code, int status, Type type)
    {
        var reply = new StubReply(status, $$"""{"message":"failed with {{code}}"}""", ErrorType: code);
        Stub.Reply(reply);
        using var client = TestClients.Lmus(Stub);

        await ErrorAssert.MapsTo<AmazonLicenseManagerUserSubscriptionsException>(
            () => client.ListInstancesAsync(new ListInstancesRequest()), type, code, $"failed with {code}", status, reply);
    }

    [Fact]
    public async Task UppercaseMessageMember_IsRead()
    {
        Stub.Reply(new StubReply(400, """{"Message":"bad input"}""", ErrorType: "ValidationException"));
        using var client = TestClients.Lmus(Stub);

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.ListInstancesAsync(new ListInstancesRequest()));

        Assert.Equal("bad input", error.Message);
    }

    [Fact]
    public async Task Throttling_IsRetried()
    {
        Stub.Reply(new StubReply(400, """{"message":"slow down"}""", ErrorType: "ThrottlingException"), new StubReply(200, "{}"));
        using var client = TestClients.Lmus(Stub, maxRetries: 2);

        await client.ListInstancesAsync(new ListInstancesRequest());

        Assert.Equal(2, Stub.Requests.Count);
    }

    [Fact]
    public async Task DeregisterRefused_IsConflictException()
    {
        Stub.Reply(new StubReply(409, """{"message":"directory still has subscribed users"}""", ErrorType: "ConflictException"));
        using var client = TestClients.Lmus(Stub);

        var error = await Assert.ThrowsAsync<ConflictException>(() => client.DeregisterIdentityProviderAsync(
            new DeregisterIdentityProviderRequest { IdentityProviderArn = "arn:aws:license-manager-user-subscriptions:us-west-2:1:identity-provider/a" }));

        Assert.Equal(("directory still has subscribed users", "ConflictException"), (error.Message, error.ErrorCode));
    }
}
