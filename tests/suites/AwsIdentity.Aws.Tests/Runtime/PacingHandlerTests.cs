using System.Net;
using AwsIdentity.Aws.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace AwsIdentity.Aws.Tests.Runtime;

/// <summary>The token a typed client waits for before the SDK builds the request (PacingTicket.cs) is spent by
/// the first attempt only; throttled resends still wait, ahead of the queue.</summary>
public sealed class PacingHandlerTests
{
    private readonly FakeTimeProvider _time = new();

    /// <summary>A pacer limited to 8.5 requests/s with no token left: a wait for a token does not finish by itself.</summary>
    private async Task<AdaptivePacer> LimitedAsync()
    {
        var pacer = new AdaptivePacer(_time);
        long sent = 0;
        for (var i = 0; i < 10; i++) sent = await pacer.WaitAsync(PacingLane.Change, again: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        pacer.OnThrottled(sent);
        return pacer;
    }

    private static readonly TimeSpan Token = TimeSpan.FromSeconds(1 / 8.5) + TimeSpan.FromMilliseconds(1);

    private static Task<HttpResponseMessage> Send(HttpMessageInvoker invoker) =>
        invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1/"), CancellationToken.None);

    [Fact]
    public async Task SendAsync_WithAGrantedTicket_SendsWithoutWaitingOnce()
    {
        var pacer = await LimitedAsync();
        var inner = new Answers(HttpStatusCode.OK, HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new PacingHandler(pacer, inner, maxAgain: 4));
        PacingHandler.Ticket.Value = new PacingTicket(PacingLane.Change, granted: 0);

        using var first = await Send(invoker).WaitAsync(TimeSpan.FromSeconds(5));
        var second = Send(invoker); // the SDK's own retry of the same call: the ticket is spent
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        Assert.Equal(1, inner.Calls);

        _time.Advance(Token);
        using var answer = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task SendAsync_ThrottledAfterAGrantedTicket_IsSentAgainBeforeQueuedChanges()
    {
        var pacer = await LimitedAsync();
        var inner = new Answers(HttpStatusCode.TooManyRequests, HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new PacingHandler(pacer, inner, maxAgain: 4));
        var queued = pacer.WaitAsync(PacingLane.Change, again: false, CancellationToken.None);
        PacingHandler.Ticket.Value = new PacingTicket(PacingLane.Change, granted: 0);

        var send = Send(invoker);
        await Task.Delay(50);
        Assert.Equal(1, inner.Calls);
        Assert.False(send.IsCompleted);

        _time.Advance(Token);
        using var answer = await send.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.False(queued.IsCompleted);
    }

    [Fact]
    public async Task SendAsync_WithoutATicket_WaitsForAToken()
    {
        var pacer = await LimitedAsync();
        var inner = new Answers(HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new PacingHandler(pacer, inner, maxAgain: 4));
        PacingHandler.Ticket.Value = null;

        var send = Send(invoker);
        await Task.Delay(50);
        Assert.Equal(0, inner.Calls);

        _time.Advance(Token);
        using var answer = await send.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, inner.Calls);
    }

    private sealed class Answers(params HttpStatusCode[] codes) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(codes[Interlocked.Increment(ref _calls) - 1]));
    }
}
