using System.Net;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// Sits under the SDK's HTTP client: every attempt (the SDK's retries included) waits for the service's
/// <see cref="AdaptivePacer"/>, and every answer tells the pacer whether AWS throttled it. A throttled request is
/// sent again from the head of the pacer's queue, up to <paramref name="maxAgain"/> times, before the SDK sees the
/// throttle: the pacer's rate is the backoff, and the SDK's retry delays (then the provider's) would only add a
/// tail of seconds to requests that were turned away while the pacer learnt the rate.
/// </summary>
/// <param name="maxAgain">At most <see cref="MaxAgain"/>, and no more than the client's MaxErrorRetry: a client
/// configured not to retry sees the first throttle.</param>
internal sealed class PacingHandler(AdaptivePacer pacer, HttpMessageHandler inner, int maxAgain) : DelegatingHandler(inner)
{
    public const int MaxAgain = 4;

    /// <summary>The call being sent (its lane, and the token it may already hold), set by the client for the
    /// duration of the call.</summary>
    public static readonly AsyncLocal<PacingTicket?> Ticket = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var ticket = Ticket.Value;
        for (var again = 0; ; again++)
        {
            var sent = (again == 0 ? ticket?.TakeGranted() : null)
                ?? await pacer.WaitAsync(ticket?.Lane ?? PacingLane.Change, again > 0, cancellationToken).ConfigureAwait(false);
            // The SDK buffers request bodies (ByteArrayContent), so the same message can go out again;
            // the signature stays valid for minutes.
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsThrottled(response))
            {
                if (response.IsSuccessStatusCode) pacer.OnSuccess();
                return response;
            }
            pacer.OnThrottled(sent);
            if (again >= maxAgain) return response;
            response.Dispose();
        }
    }

    // rest-json errors name their type in X-Amzn-ErrorType, read the way the error unmarshaller reads it; 429 is throttling too.
    private static bool IsThrottled(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.TooManyRequests
        || (response.Headers.TryGetValues("X-Amzn-ErrorType", out var types)
            && types.Any(t => ServiceError.SanitizeCode(t) == "ThrottlingException"));
}

/// <summary>Gives the SDK HTTP clients whose requests go through one service's pacer.</summary>
internal sealed class PacedHttpClientFactory(AdaptivePacer pacer) : Amazon.Runtime.HttpClientFactory
{
    public AdaptivePacer Pacer => pacer;

    /// <summary>Connections to one service at most. Until AWS first throttles, the pacer lets every call go at once,
    /// and 2,200 calls (make bench, section scale) opened over 1,000 connections, each with its own buffers: the
    /// provider's peak RSS followed how many went out before the first throttle (92 MB at ~200, 109-124 MB at
    /// 700-1,600). The calls above this wait in the handler's queue, a request message each; 64 answers of ~0.1 s
    /// are far more than the tens of requests a second these APIs accept.</summary>
    public const int MaxConnections = 64;

    public override HttpClient CreateHttpClient(Amazon.Runtime.IClientConfig clientConfig) =>
        new(new PacingHandler(pacer, new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = MaxConnections,
            },
            Math.Min(PacingHandler.MaxAgain, clientConfig.MaxErrorRetry)))
        {
            Timeout = Timeout.InfiniteTimeSpan, // the SDK applies its own timeouts per request
        };

    // One client for the lifetime of the service client, like the SDK's own cache.
    public override bool UseSDKHttpClientCaching(Amazon.Runtime.IClientConfig clientConfig) => true;

    public override bool DisposeHttpClientsAfterUse(Amazon.Runtime.IClientConfig clientConfig) => false;
}
