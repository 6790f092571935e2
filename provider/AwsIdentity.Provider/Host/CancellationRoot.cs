namespace AwsIdentity.Provider.Host;

/// <summary>
/// The provider-wide cancellation: tripped by the Cancel RPC (the engine's Ctrl-C) and by SIGINT/SIGTERM.
/// Every operation links its call token with <see cref="Token"/>.
/// </summary>
public sealed class CancellationRoot : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    public void Cancel()
    {
        if (!_source.IsCancellationRequested) _source.Cancel();
    }

    public CancellationTokenSource Link(CancellationToken callToken) =>
        CancellationTokenSource.CreateLinkedTokenSource(_source.Token, callToken);

    public void Dispose() => _source.Dispose();
}
