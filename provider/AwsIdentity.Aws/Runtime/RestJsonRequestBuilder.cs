using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Builds one rest-json HTTP request: method, URI template with labels, query string and JSON body.
/// Labels are escaped by AWSSDK.Core when it composes the URL (so an ARN's '/' becomes %2F).
/// </summary>
internal sealed class RestJsonRequestBuilder
{
    private readonly DefaultRequest _request;
    private readonly string _operation;
    private ArrayBufferWriter<byte>? _buffer;
    private Utf8JsonWriter? _writer;

    public RestJsonRequestBuilder(
        AmazonWebServiceRequest original, RestJsonService service, string operation, string method, string uriTemplate)
    {
        _operation = operation;
        _request = new DefaultRequest(original, service.ServiceName)
        {
            HttpMethod = method,
            ResourcePath = uriTemplate,
        };
        _request.Headers["X-Amz-Api-Version"] = service.ApiVersion;
    }

    /// <summary>Fills a required URI label such as {name}; AWS rejects an empty label, so we fail first.</summary>
    public RestJsonRequestBuilder Label(string label, string? value, string member)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new AmazonClientException(
                $"{_operation}: request member {member} is required and must not be empty.");
        }

        _request.AddPathResource("{" + label + "}", value);
        return this;
    }

    public RestJsonRequestBuilder Query(string name, string? value)
    {
        if (value is not null)
        {
            _request.Parameters[name] = value;
            _request.UseQueryString = true;
        }

        return this;
    }

    public RestJsonRequestBuilder Query(string name, int? value) =>
        Query(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>A list in the query string repeats the key: ?tagKeys=a&amp;tagKeys=b.</summary>
    public RestJsonRequestBuilder Query(string name, List<string>? values)
    {
        if (values is not null)
        {
            _request.ParameterCollection.Add(name, values);
            _request.UseQueryString = true;
        }

        return this;
    }

    /// <summary>The JSON body object; members are written into it by the operation's marshaller.</summary>
    public Utf8JsonWriter Body
    {
        get
        {
            if (_writer is null)
            {
                _buffer = new ArrayBufferWriter<byte>();
                _writer = new Utf8JsonWriter(_buffer);
                _writer.WriteStartObject();
            }

            return _writer;
        }
    }

    public static void Require(string operation, string member, object? value)
    {
        if (value is null)
        {
            throw new AmazonClientException($"{operation}: request member {member} is required.");
        }
    }

    public IRequest Build()
    {
        if (_writer is not null && _buffer is not null)
        {
            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Dispose();
            _request.Content = _buffer.WrittenSpan.ToArray();
            _request.Headers["Content-Type"] = "application/json";
        }

        return _request;
    }
}
