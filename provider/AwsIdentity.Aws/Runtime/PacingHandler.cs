using System.Net;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Sits under the SDK's HTTP client: every attempt (the SDK's retries included) waits for the service's
/// <see cref="AdaptivePacer"/>, and every answer tells the pacer whether AWS throttled it.
/// </summary>
internal sealed class PacingHandler(AdaptivePacer pacer, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (IsThrottled(response)) pacer.OnThrottled();
        else if (response.IsSuccessStatusCode) pacer.OnSuccess();
        return response;
    }

    // rest-json errors name their type in X-Amzn-ErrorType ("ThrottlingException:…"); 429 is throttling too.
    private static bool IsThrottled(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.Headers.TryGetValues("X-Amzn-ErrorType", out var types)
            && types.Any(t => t.StartsWith("ThrottlingException", StringComparison.Ordinal)));
}

/// <summary>Gives the SDK HTTP clients whose requests go through one service's pacer.</summary>
internal sealed class PacedHttpClientFactory(AdaptivePacer pacer) : Amazon.Runtime.HttpClientFactory
{
    public override HttpClient CreateHttpClient(Amazon.Runtime.IClientConfig clientConfig) =>
        new(new PacingHandler(pacer, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }))
        {
            Timeout = Timeout.InfiniteTimeSpan, // the SDK applies its own timeouts per request
        };

    // One client for the lifetime of the service client, like the SDK's own cache.
    public override bool UseSDKHttpClientCaching(Amazon.Runtime.IClientConfig clientConfig) => true;

    public override bool DisposeHttpClientsAfterUse(Amazon.Runtime.IClientConfig clientConfig) => false;
}
