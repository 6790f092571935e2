using System.Runtime.CompilerServices;
using Amazon.Runtime;

namespace AwsIdentity.Aws.Runtime;

/// <summary>
/// NextToken pagination shared by every list operation. Single use, like the official paginators:
/// the second enumeration throws. A token repeated by the service stops the loop with an error
/// instead of spinning forever (botocore does the same).
/// </summary>
internal sealed class TokenPaginator<TResponse, TItem>
{
    private readonly Func<string?, CancellationToken, Task<TResponse>> _fetch;
    private readonly Func<TResponse, string?> _nextToken;
    private readonly Func<TResponse, IEnumerable<TItem>?> _items;
    private readonly string? _firstToken;
    private int _used;

    public TokenPaginator(
        string? firstToken,
        Func<string?, CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, string?> nextToken,
        Func<TResponse, IEnumerable<TItem>?> items)
    {
        _firstToken = firstToken;
        _fetch = fetch;
        _nextToken = nextToken;
        _items = items;
        Responses = new PaginatedEnumerable<TResponse>(PagesAsync);
        Items = new PaginatedEnumerable<TItem>(ItemsAsync);
    }

    public IPaginatedEnumerable<TResponse> Responses { get; }

    public IPaginatedEnumerable<TItem> Items { get; }

    private async IAsyncEnumerable<TResponse> PagesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _used, 1) != 0)
        {
            throw new InvalidOperationException(
                "This paginator has already been enumerated; create a new one from the client's Paginators.");
        }

        var token = _firstToken;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _fetch(token, cancellationToken).ConfigureAwait(false);
            yield return page;
            var next = _nextToken(page);
            if (next is not null && next == token)
            {
                throw new AmazonClientException($"Paginating: the service returned the same NextToken twice ({next}).");
            }

            token = string.IsNullOrEmpty(next) ? null : next;
        }
        while (token is not null);
    }

    private async IAsyncEnumerable<TItem> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in PagesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in _items(page) ?? [])
            {
                yield return item;
            }
        }
    }

    private sealed class PaginatedEnumerable<T>(Func<CancellationToken, IAsyncEnumerable<T>> source)
        : IPaginatedEnumerable<T>
    {
        public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            source(cancellationToken).GetAsyncEnumerator(cancellationToken);
    }
}
