using AwsIdentity.Emulator.Auth;
using AwsIdentity.Emulator.Eks;
using AwsIdentity.Emulator.Faults;
using AwsIdentity.Emulator.State;
using AwsIdentity.Emulator.Wire;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AwsIdentity.Emulator.Hosting;

/// <summary>
/// One AWS request end to end: body limit, SigV4, routing, stats, rate limit, faults, model validation,
/// the handler under the state lock, and the reply. Input errors never reach the state.
/// </summary>
public sealed class AwsPipeline(
    EmulatorOptions options, EmulatorStore store, FaultInjector faults, RateLimiter limiter, Stats stats, ILogger logger)
{
    private readonly SigV4Verifier _verifier = new(options.AccessKey, options.SecretKey);

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget
            ?? http.Request.Path.ToUriComponent() + http.Request.QueryString;
        var rawPath = rawTarget.Split('?', 2)[0];
        var hinted = ServiceKind.FromSigningName(SigV4Credential.Parse(http.Request.Headers.Authorization.ToString())?.Service);
        var service = hinted ?? GuessService(rawPath);
        try
        {
            var body = await BodyReader.ReadAsync(http.Request, options.MaxBodyBytes, ct)
                ?? throw Errors.Invalid(service, "", $"The request body exceeds the limit of {options.MaxBodyBytes} bytes.");
            var credential = _verifier.Verify(http.Request, rawTarget, body);
            var route = Router.Match(http.Request.Method, rawPath, hinted) ?? throw Errors.UnknownOperation();
            var op = route.Operation;
            var signingName = ServiceKind.SigningName(op.Service);
            if (credential.Service != signingName)
            {
                throw new AwsException("InvalidSignatureException", 403, $"Credential should be scoped to correct service: '{signingName}'. ");
            }

            stats.CountRequest(op.Service, op.Name);
            if (!limiter.TryAcquire(op.Service))
            {
                stats.CountRateLimited(op.Name);
                throw Errors.Throttled(op.Service);
            }

            if (!await InjectFaultAsync(http, route, ct))
            {
                return;
            }

            var input = InputBinder.Bind(route, http.Request.Query, body);
            var request = new ApiRequest(op, credential.Region, input);
            var result = store.Run((state, now, transition) =>
                Dispatcher.Dispatch(new OperationContext(request, state, now, transition)));
            await HttpReplies.JsonAsync(http, op.SuccessCode, result, ct);
        }
        catch (AwsException e)
        {
            await HttpReplies.ErrorAsync(http, e, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Unexpected failure handling {Method} {Path}", http.Request.Method, rawPath);
            await HttpReplies.ErrorAsync(http, Errors.ServerError(service), ct);
        }
    }

    /// <summary>Applies latency and any injected fault; false when the connection was reset.</summary>
    private async Task<bool> InjectFaultAsync(HttpContext http, RouteMatch route, CancellationToken ct)
    {
        var op = route.Operation;
        var (decision, latencyMs) = faults.Decide(op.Name);
        if (latencyMs > 0)
        {
            stats.CountFault("latency");
            await Task.Delay(latencyMs, ct);
        }

        if (decision.Kind == "none")
        {
            return true;
        }

        var reset = decision.Kind == "reset" || decision.ErrorCode is "reset" or "ConnectionReset";
        stats.CountFault(reset ? "reset" : decision.Kind);
        if (reset)
        {
            http.Abort();
            return false;
        }

        throw decision.Kind switch
        {
            "throttle" => Errors.Throttled(op.Service),
            "serverError" => Errors.ServerError(op.Service),
            "busy" => EksUpdateOps.Busy(op.Name, route.Labels.GetValueOrDefault("name") ?? "", Guid.NewGuid().ToString()),
            _ => new AwsException(decision.ErrorCode!,
                decision.HttpStatus ?? Errors.StatusFor(op.Service, decision.ErrorCode!),
                decision.Message ?? $"Injected {decision.ErrorCode}"),
        };
    }

    private static string GuessService(string rawPath) =>
        rawPath.StartsWith("/user/", StringComparison.Ordinal) ||
        rawPath.StartsWith("/identity-provider/", StringComparison.Ordinal) ||
        rawPath.StartsWith("/instance/", StringComparison.Ordinal) ||
        rawPath.Contains("license-manager-user-subscriptions", StringComparison.Ordinal)
            ? ServiceKind.Lmus
            : ServiceKind.Eks;
}
