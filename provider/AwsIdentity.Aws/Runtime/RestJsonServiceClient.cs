using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Base of our clients: AWSSDK.Core's pipeline (credentials, SigV4, retries, HTTP) with the
/// endpoint resolver and auth-scheme handler swapped in the way a generated v4 client does it.
/// </summary>
public abstract class RestJsonServiceClient : AmazonServiceClient
{
    private protected RestJsonServiceClient(AWSCredentials? credentials, ClientConfig config)
        : base(credentials, config)
    {
    }

    private protected RestJsonServiceClient(ClientConfig config)
        : base(config)
    {
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.RemoveHandler<EndpointResolver>();
        pipeline.AddHandlerAfter<Marshaller>(new RegionalEndpointResolver());
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthSchemeHandler());
    }

    private protected async Task<TResponse> SendAsync<TRequest, TResponse>(
        TRequest request, RestJsonOperation<TRequest, TResponse> operation, CancellationToken cancellationToken)
        where TRequest : AmazonWebServiceRequest
        where TResponse : AmazonWebServiceResponse, new()
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new InvokeOptions
        {
            RequestMarshaller = operation,
            ResponseUnmarshaller = operation,
        };
        // The first token before the SDK builds anything (PacingTicket.cs says why); the ticket flows down to the
        // PacingHandler under the SDK's HTTP client, and the caller's value is back when this returns.
        long? granted = Config.HttpClientFactory is PacedHttpClientFactory paced
            ? await paced.Pacer.WaitAsync(operation.Lane, again: false, cancellationToken).ConfigureAwait(false)
            : null;
        PacingHandler.Ticket.Value = new PacingTicket(operation.Lane, granted);
        return await InvokeAsync<TResponse>(request, options, cancellationToken).ConfigureAwait(false);
    }
}
