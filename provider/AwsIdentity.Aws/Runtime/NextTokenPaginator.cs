using Amazon.Runtime;

namespace AwsIdentity.Aws.Runtime;

/// <summary>A list request whose <c>NextToken</c> the paginator sets per page, as the official paginators do.</summary>
internal interface INextTokenRequest
{
    string? NextToken { get; set; }
}

/// <summary>
/// Base of the public <c>List…Paginator</c> classes: one <see cref="TokenPaginator{TResponse, TItem}"/> driven by
/// the request's NextToken. Each paginator only names its operation and the page's item list.
/// </summary>
public abstract class NextTokenPaginator<TResponse, TItem>
{
    private readonly TokenPaginator<TResponse, TItem> _paginator;

    private protected NextTokenPaginator(
        object client,
        INextTokenRequest request,
        Func<CancellationToken, Task<TResponse>> fetch,
        Func<TResponse, string?> nextToken,
        Func<TResponse, IEnumerable<TItem>?> items)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        _paginator = new(
            request.NextToken,
            (token, ct) =>
            {
                request.NextToken = token;
                return fetch(ct);
            },
            nextToken,
            items);
    }

    /// <summary>Every page, following NextToken until the service stops returning one.</summary>
    public IPaginatedEnumerable<TResponse> Responses => _paginator.Responses;

    /// <summary>The items of every page, in order.</summary>
    private protected IPaginatedEnumerable<TItem> Items => _paginator.Items;
}
