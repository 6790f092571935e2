using System.Linq.Expressions;
using AwsIdentity.Aws.LicenseManagerUserSubscriptions;
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
}
