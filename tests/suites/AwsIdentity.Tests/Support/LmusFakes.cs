using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using Moq;
using Moq.Language.Flow;

namespace AwsIdentity.Tests.Support;

/// <summary>Scripted License Manager User Subscriptions calls that record their requests (LmusScenario, SubscriptionScenario).</summary>
internal static class LmusFakes
{
    /// <summary>Records each request in <paramref name="recorded"/> and answers <paramref name="answers"/> in order (EksFakes.Script), else <paramref name="fallback"/>.</summary>
    public static void Answers<TRequest, TResponse>(this ISetup<IAmazonLicenseManagerUserSubscriptions, Task<TResponse>> setup,
        List<TRequest> recorded, object[] answers, TResponse fallback) =>
        setup.Callback((TRequest r, CancellationToken _) => { lock (recorded) recorded.Add(r); })
            .Returns(EksFakes.Script<TResponse>(answers.Length > 0 ? answers : [fallback!]));

    /// <summary>ListTagsForResource of <paramref name="arn"/> answers <paramref name="live"/>; TagResource and UntagResource are recorded.</summary>
    public static void Tags(Mock<IAmazonLicenseManagerUserSubscriptions> lmus, string arn, Dictionary<string, string>? live,
        List<TagResourceRequest> tagged, List<UntagResourceRequest> untagged)
    {
        lmus.Setup(l => l.ListTagsForResourceAsync(It.Is<ListTagsForResourceRequest>(r => r.ResourceArn == arn), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListTagsForResourceResponse { Tags = live });
        lmus.Setup(l => l.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((TagResourceRequest r, CancellationToken _) => tagged.Add(r)).ReturnsAsync(new TagResourceResponse());
        lmus.Setup(l => l.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((UntagResourceRequest r, CancellationToken _) => untagged.Add(r)).ReturnsAsync(new UntagResourceResponse());
    }

    /// <summary>How a List request's filters read in a test: "Username eq alice,Domain eq corp.example.com".</summary>
    public static string Filters(List<Filter>? filters) => string.Join(",", (filters ?? []).Select(f => $"{f.Attribute} {f.Operation} {f.Value}"));
}
