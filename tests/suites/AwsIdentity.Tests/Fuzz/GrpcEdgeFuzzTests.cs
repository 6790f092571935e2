using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Xunit.Abstractions;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// Fuzzed bags through the pulumirpc edge in process (ProviderService.Check and CheckConfig): a known type never
/// yields an RpcException (every problem is a CheckFailure with a property and a reason); an unknown type yields
/// InvalidArgument only; and the response carries the same failures as the handler.
/// </summary>
public sealed class GrpcEdgeFuzzTests(ITestOutputHelper output)
{
    private const int BagsPerTarget = 300;

    private static ProviderService Service()
    {
        var services = new ResourceServices(new Mock<IAwsClients>(MockBehavior.Strict).Object, new FakeTimeProvider(),
            new Mock<IOperationLog>(MockBehavior.Strict).Object);
        var context = new ProviderContext();
        var registry = new ResourceRegistry([
            new IdentityProviderConfigHandler(context, services),
            new UserAssociationHandler(context, services, new AssociationLookup(new FakeTimeProvider())),
            new ProductSubscriptionHandler(context, services),
            new IdentityProviderRegistrationHandler(context, services),
        ]);
        return new ProviderService(registry, context, new EngineLog(false), new CancellationRoot(), new ProviderInfo());
    }

    [Theory]
    [InlineData("IdentityProviderConfig", "awsidentity:eks:IdentityProviderConfig")]
    [InlineData("UserAssociation", "awsidentity:licensemanager:UserAssociation")]
    [InlineData("ProductSubscription", "awsidentity:licensemanager:ProductSubscription")]
    [InlineData("IdentityProviderRegistration", "awsidentity:licensemanager:IdentityProviderRegistration")]
    [InlineData("ProviderConfig", "pulumi:providers:awsidentity")]
    public async Task Check_at_the_grpc_edge_answers_failures_not_errors(string name, string type)
    {
        var target = name switch
        {
            "IdentityProviderConfig" => FuzzTargets.Eks(), "UserAssociation" => FuzzTargets.User(), "ProductSubscription" => LmusFuzzTargets.Subscription(),
            "IdentityProviderRegistration" => LmusFuzzTargets.Registration(), _ => FuzzTargets.Config(),
        };
        var factory = new BagFactory(target);
        var service = Service();
        var problems = new List<string>();
        int failures = 0, errors = 0;
        // Every 33rd bag of the full run (sweep cases and mutated ones alike), then the smallest known troublemakers.
        var hostile = name == "ProviderConfig"
            ? FuzzFindingsTests.HostileConfigJson.Select(row => ((string)row[0], (string)row[1])).Append(FuzzFindingsTests.LoneSurrogateText)
                .Select(row => ObjectValue.Empty.With(row.Item1, PropertyValue.Of(row.Item2))).ToList()
            : [];
        for (var i = 0; i < BagsPerTarget + hostile.Count; i++)
        {
            var n = i < BagsPerTarget ? i * 33 : -(i - BagsPerTarget + 1); // negative: FuzzFindingsTests' bags
            var bag = i < BagsPerTarget ? factory.Bag(n) : hostile[i - BagsPerTarget];
            var request = new Pulumirpc.CheckRequest
            {
                Urn = $"urn:pulumi:dev::proj::{type}::fuzz{n}",
                Type = type,
                Olds = StructCodec.Encode(factory.Olds(Math.Abs(n))),
                News = StructCodec.Encode(bag),
            };
            try
            {
                var response = name == "ProviderConfig"
                    ? await service.CheckConfig(request, new FakeServerCallContext("CheckConfig"))
                    : await service.Check(request, new FakeServerCallContext("Check"));
                failures += response.Failures.Count;
                var expected = target.Check(StructCodec.Decode(request.Olds), StructCodec.Decode(request.News)).Failures;
                // The edge names the top-level input (the engine looks it up in the inputs); the handler's full path
                // leads the reason whenever that name alone does not locate the failure.
                var agrees = response.Failures.Count == expected.Count && response.Failures.Zip(expected).All(p =>
                    p.First.Property == p.Second.Path.Head && (p.First.Reason == $"{p.Second.Path}: {p.Second.Reason}"
                        || p.Second.Path.Segments.Length == 1 && p.Second.Path.Head.Length > 0 && p.First.Reason == p.Second.Reason));
                if (!agrees)
                    problems.Add($"bag #{n}: response failures differ from the handler's");
                if (response.Failures.Any(f => f.Reason.Length == 0 || f.Property.Length == 0 && !f.Reason.StartsWith("[\"\"]", StringComparison.Ordinal)))
                    problems.Add($"bag #{n}: a failure without reason, or without property and path");
            }
            catch (RpcException e)
            {
                errors++;
                problems.Add($"bag #{n}: RpcException {e.StatusCode}: {CheckOracle.Short(e.Status.Detail)}\n    bag: {Bags.Render(bag)}");
            }
            catch (Exception e)
            {
                problems.Add($"bag #{n}: {e.GetType().Name} escaped the service: {CheckOracle.Short(e.Message)}");
            }
        }
        output.WriteLine($"{name}: {BagsPerTarget + hostile.Count} bags through ProviderService, {failures} check failures, {errors} RpcExceptions");
        foreach (var p in problems.Take(10)) output.WriteLine(p);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Fact]
    public async Task Unknown_types_are_invalid_arguments()
    {
        var service = Service();
        var factory = new BagFactory(FuzzTargets.Eks());
        for (var n = 0; n < 50; n++)
        {
            var request = new Pulumirpc.CheckRequest { Urn = $"urn:pulumi:dev::proj::awsidentity:eks:Nope{n}::x", News = StructCodec.Encode(factory.Bag(n * 97)) };
            var e = await Assert.ThrowsAsync<RpcException>(() => service.Check(request, new FakeServerCallContext("Check")));
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        }
    }
}
