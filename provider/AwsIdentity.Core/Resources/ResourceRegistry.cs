namespace AwsIdentity.Core.Resources;

/// <summary>Handlers keyed by type token, built once at start-up.</summary>
public sealed class ResourceRegistry(IEnumerable<IResourceHandler> handlers)
{
    private readonly IReadOnlyDictionary<string, IResourceHandler> _byToken =
        handlers.ToDictionary(h => h.Token, StringComparer.Ordinal);

    public IEnumerable<IResourceHandler> All => _byToken.Values.OrderBy(h => h.Token, StringComparer.Ordinal);

    public bool TryGet(string token, out IResourceHandler handler) => _byToken.TryGetValue(token, out handler!);

    public string KnownTokens => string.Join(", ", _byToken.Keys.Order(StringComparer.Ordinal));
}
