using System.Net;
using System.Text;
using Amazon.Runtime;
using AwsIdentity.Aws.Runtime;

namespace AwsIdentity.Aws.Tests.Runtime;

public sealed class ServiceErrorTests
{
    [Theory]
    [InlineData("ResourceInUseException", "ResourceInUseException")]
    [InlineData("ResourceInUseException:http://internal.amazon.com/coral/com.amazonaws.eks/", "ResourceInUseException")]
    [InlineData("com.amazonaws.eks#ResourceNotFoundException", "ResourceNotFoundException")]
    [InlineData("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.rest/", "FooError")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void SanitizeCode_KeepsTheShapeName(string? raw, string? expected)
    {
        Assert.Equal(expected, ServiceError.SanitizeCode(raw));
    }

    [Fact]
    public void Parse_HeaderWinsOverBody_AndStatusSetsErrorType()
    {
        var error = ServiceError.Parse("ServerException", "rid", Encoding.UTF8.GetBytes("""{"__type":"Other","message":"m"}"""), HttpStatusCode.InternalServerError, null);

        Assert.Equal(("ServerException", "m", "rid", ErrorType.Receiver), (error.Code, error.Message, error.RequestId, error.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>Bad Gateway</body></html>")]
    public void Parse_EmptyOrHtmlBody_StillGivesAMessage(string body)
    {
        var error = ServiceError.Parse(null, null, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadGateway, null);

        Assert.Null(error.Code);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
    }
}
