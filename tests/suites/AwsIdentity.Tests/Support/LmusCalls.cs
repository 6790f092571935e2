using System.Linq.Expressions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions.Model;
using Moq;

namespace AwsIdentity.Tests.Support;

/// <summary>Scripted License Manager User Subscriptions calls for the scenarios.</summary>
internal static class LmusCalls
{
    /// <summary>
    /// Answers <paramref name="call"/> with <paramref name="answers"/> in order (the last one repeats; an exception is
    /// thrown) and records every request in <paramref name="requests"/>.
    /// </summary>
    public static void Script<TRequest, TResponse>(this Mock<IAmazonLicenseManagerUserSubscriptions> lmus,
        Expression<Func<IAmazonLicenseManagerUserSubscriptions, Task<TResponse>>> call, List<TRequest> requests, params object[] answers) =>
        lmus.Setup(call).Callback((TRequest r, CancellationToken _) => requests.Add(r)).Returns(EksFakes.Script<TResponse>(answers));

    /// <summary>Tags of <paramref name="arn"/> read as <paramref name="live"/>; TagResource and UntagResource recorded.</summary>
    public static void Tags(this Mock<IAmazonLicenseManagerUserSubscriptions> lmus, string arn, Dictionary<string, string>? live,
        List<TagResourceRequest> tagged, List<UntagResourceRequest> untagged)
    {
        lmus.Setup(l => l.ListTagsForResourceAsync(It.Is<ListTagsForResourceRequest>(r => r.ResourceArn == arn), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ListTagsForResourceResponse { Tags = live });
        lmus.Setup(l => l.TagResourceAsync(It.IsAny<TagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((TagResourceRequest r, CancellationToken _) => tagged.Add(r)).ReturnsAsync(new TagResourceResponse());
        lmus.Setup(l => l.UntagResourceAsync(It.IsAny<UntagResourceRequest>(), It.IsAny<CancellationToken>()))
            .Callback((UntagResourceRequest r, CancellationToken _) => untagged.Add(r)).ReturnsAsync(new UntagResourceResponse());
    }
}
