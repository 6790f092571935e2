using System.Net;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using AwsIdentity.Aws.Tests.Support;

namespace AwsIdentity.Aws.Tests.LicenseManagerUserSubscriptions;

/// <summary>Every modelled LMUS error becomes its own type (status codes as AWS sends them).</summary>
public sealed class LmusErrorMappingTests : IDisposable
{
    private readonly EnvironmentScope _env = new();
    private readonly StubAwsServer _stub = new();

    public void Dispose()
    {
        _stub.Dispose();
        _env.Dispose();
    }

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
        _stub.Reply(reply);
        using var client = TestClients.Lmus(_stub);

        var error = await Assert.ThrowsAnyAsync<AmazonLicenseManagerUserSubscriptionsException>(() =>
            client.ListInstancesAsync(new ListInstancesRequest()));

        Assert.IsType(type, error);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal($"failed with {code}", error.Message);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(reply.RequestId, error.RequestId);
    }

    [Fact]
    public async Task UppercaseMessageMember_IsRead()
    {
        _stub.Reply(new StubReply(400, """{"Message":"bad input"}""", ErrorType: "ValidationException"));
        using var client = TestClients.Lmus(_stub);

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.ListInstancesAsync(new ListInstancesRequest()));

        Assert.Equal("bad input", error.Message);
    }

    [Fact]
    public async Task Throttling_IsRetried()
    {
        _stub.Reply(new StubReply(400, """{"message":"slow down"}""", ErrorType: "ThrottlingException"), new StubReply(200, "{}"));
        using var client = TestClients.Lmus(_stub, maxRetries: 2);

        await client.ListInstancesAsync(new ListInstancesRequest());

        Assert.Equal(2, _stub.Requests.Count);
    }
}
