using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// One rest-json operation, both directions: AWSSDK.Core calls <see cref="Marshall(AmazonWebServiceRequest)"/>
/// before signing and <see cref="Unmarshall(JsonUnmarshallerContext)"/> or
/// <see cref="UnmarshallException(JsonUnmarshallerContext, Exception, HttpStatusCode)"/> on the answer.
/// Bodies are parsed with JsonDocument (no reflection), so the library stays trim- and AOT-safe.
/// </summary>
internal abstract class RestJsonOperation<TRequest, TResponse>
    : JsonResponseUnmarshaller, IMarshaller<IRequest, AmazonWebServiceRequest>
    where TRequest : AmazonWebServiceRequest
    where TResponse : AmazonWebServiceResponse, new()
{
    protected RestJsonOperation(RestJsonService service, string name, string method, string uriTemplate)
    {
        Service = service;
        Name = name;
        Method = method;
        UriTemplate = uriTemplate;
        Lane = name.StartsWith("Describe", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal)
            || name.StartsWith("Get", StringComparison.Ordinal) ? PacingLane.Read : PacingLane.Change;
    }

    public RestJsonService Service { get; }

    public string Name { get; }

    public string Method { get; }

    public string UriTemplate { get; }

    /// <summary>Reads (AWS names them Describe*, List*, Get*) wait behind changes when the service is paced.</summary>
    public PacingLane Lane { get; }

    public IRequest Marshall(AmazonWebServiceRequest input) => Marshall((TRequest)input);

    public IRequest Marshall(TRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var builder = new RestJsonRequestBuilder(request, Service, Name, Method, UriTemplate);
        Write(request, builder);
        return builder.Build();
    }

    /// <summary>Parses a response body (exposed for tests); empty bodies read as {}.</summary>
    public TResponse Read(byte[] body)
    {
        var response = new TResponse();
        Read(JsonRead.ParseOrEmpty(body), response);
        return response;
    }

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input) =>
        Read(ReadAll(input.Stream));

    public override AmazonServiceException UnmarshallException(
        JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        var data = input.ResponseData;
        var error = ServiceError.Parse(
            data?.GetHeaderValue("X-Amzn-ErrorType"),
            data?.GetHeaderValue("x-amzn-RequestId"),
            ReadAll(input.Stream),
            statusCode,
            innerException);
        return Service.Errors.Create(error);
    }

    protected abstract void Write(TRequest request, RestJsonRequestBuilder builder);

    protected abstract void Read(JsonElement root, TResponse response);

    private static byte[] ReadAll(Stream? stream)
    {
        if (stream is null)
        {
            return [];
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
