using AwsIdentity.Core.Operations;
using AwsIdentity.Core.Aws;
using AwsIdentity.Core.Config;
using AwsIdentity.Provider.Host;
using AwsIdentity.Core.Model;
using AwsIdentity.Core.Resources;
using AwsIdentity.Core.Resources.Eks;
using AwsIdentity.Core.Resources.LicenseManager;
using AwsIdentity.Core.Values;
using AwsIdentity.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static AwsIdentity.Tests.Support.V;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>What is fuzzed: a Check entry point, the shape it validates against, valid seeds to mutate, and the
/// decode that a bag accepted by Check must survive (Create/Configure).</summary>
internal sealed record FuzzTarget
{
    public required string Name { get; init; }
    public required IRecordShape Shape { get; init; }
    public required ObjectValue[] Seeds { get; init; }
    public required Func<ObjectValue, ObjectValue, (ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures)> Check { get; init; }
    public required Action<ObjectValue> Decode { get; init; }
    /// <summary>Asserts that no AWS client, engine log or clock was touched.</summary>
    public required Action VerifyNoSideEffects { get; init; }
    /// <summary>The handlers Check alternates between (none for the provider config), for the Diff fuzzer (DiffFuzzTests.cs).</summary>
    public IResourceHandler[] Handlers { get; init; } = [];
    /// <summary>The id a decoded, accepted bag gets, parsed back and printed again (null: the target has no id).</summary>
    public Func<ObjectValue, (string Id, string Again)>? IdRoundTrip { get; init; }

    public IReadOnlyList<string> Names => AllNames(Shape).Distinct().ToList();

    private static IEnumerable<string> AllNames(IRecordShape shape) =>
        shape.Properties.SelectMany(p => p.Kind.ReferencedShapes.SelectMany(AllNames).Prepend(p.Name));
}

internal static class FuzzTargets
{
    private const string Urn = "urn:pulumi:dev::proj::awsidentity:fuzz:Resource::example";

    public static FuzzTarget Eks() => Resource("IdentityProviderConfig", IdentityProviderConfigArgs.Shape,
        (ctx, services) => new IdentityProviderConfigHandler(ctx, services),
        v => IdentityProviderConfigArgs.Shape.Decode(v),
        [
            Samples.EksInputs(),
            Obj(("clusterName", S("c")), ("oidc", Obj(("identityProviderConfigName", S("n")), ("issuerUrl", S("https://a.b")), ("clientId", S("x"))))),
            Samples.EksInputs().With("clusterName", Unknown).With("oidc", Samples.Oidc().With("requiredClaims", Unknown)),
            Samples.EksInputs().With("oidc", Secret(Samples.Oidc())).With("tags", Obj(("team", Secret(S("platform"))))),
            Samples.EksInputs().With("oidc", Unknown).With("tags", Secret(Map(("a", "b")))),
        ]);

    public static FuzzTarget User() => Resource("UserAssociation", UserAssociationArgs.Shape,
        (ctx, services) => new UserAssociationHandler(ctx, services, new AssociationLookup(new FakeTimeProvider())),
        v => UserAssociationArgs.Shape.Decode(v),
        [
            Samples.UserInputs(),
            Obj(("username", S("u")), ("instanceId", S("i-01234567")), ("identityProvider", Idp(Obj(("directoryId", S("sd-0123456789")))))),
            Samples.UserInputs().With("identityProvider", Secret(Samples.IdentityProvider())).With("username", Secret(S("bob"))),
            Samples.UserInputs().With("instanceId", Unknown).With("identityProvider", Idp(Obj(("directoryId", Unknown),
                ("activeDirectorySettings", Samples.ActiveDirectorySettings().With("domainIpv4List", Arr(Unknown, S("10.0.0.1"))))))),
            Samples.UserInputs().With("tags", Obj(("k", Secret(S("v"))), ("x", Unknown))),
        ]);

    private static ObjectValue Idp(ObjectValue activeDirectory) => Obj(("activeDirectoryIdentityProvider", activeDirectory));

    public static FuzzTarget Config()
    {
        return new FuzzTarget
        {
            Name = "ProviderConfig",
            Shape = ProviderConfig.Shape,
            // CheckConfig returns the bag as sent (no region resolves here); failures are located in its decoded form.
            Check = (_, news) =>
            {
                var (inputs, failures) = ConfigChecker.Check(news, _ => null);
                if (!inputs.Equals(news)) throw new InvalidOperationException("CheckConfig changed the representation of its inputs");
                return (ConfigChecker.Normalize(inputs), failures);
            },
            Decode = v => ConfigChecker.Decode(v),
            VerifyNoSideEffects = () => { },
            Seeds =
            [
                Samples.ProviderConfig(),
                ObjectValue.Empty,
                Obj(("region", S("us-east-1")), ("version", S("0.1.0")), ("pluginDownloadURL", S("https://example.com"))),
                Obj(("maxRetries", S("5")), ("skipCredentialsValidation", S("true")),
                    ("endpoints", S("{\"eks\":\"http://127.0.0.1:4566\"}")), ("defaultTags", Secret(S("{\"tags\":{\"a\":\"b\"}}")))),
                Obj(("accessKey", S("AKIA")), ("secretKey", Unknown), ("token", Secret(S("t"))), ("endpoints", Unknown)),
            ],
        };
    }

    internal static FuzzTarget Resource<THandler>(string name, IRecordShape shape, Func<ProviderContext, ResourceServices, THandler> create,
        Action<ObjectValue> decode, ObjectValue[] seeds) where THandler : IResourceHandler
    {
        var aws = new Mock<IAwsClients>(MockBehavior.Strict);
        var log = new Mock<IOperationLog>(MockBehavior.Strict);
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var start = time.GetUtcNow();
        var configured = new ProviderContext();
        configured.Configure(new ProviderConfig { DefaultTags = new DefaultTagsConfig { Tags = new Dictionary<string, string> { ["owner"] = "ops" } } });
        var services = new ResourceServices(aws.Object, time, log.Object);
        IResourceHandler[] handlers = [create(new ProviderContext(), services), create(configured, services)];
        var calls = 0;
        return new FuzzTarget
        {
            Name = name,
            Shape = shape,
            Seeds = seeds,
            Decode = decode,
            Handlers = handlers,
            // Alternate an unconfigured provider (preview before Configure) with one that has defaultTags.
            Check = (olds, news) =>
            {
                var result = handlers[calls++ % 2].Check(new CheckRequest(olds, news));
                return (result.Inputs, result.Failures);
            },
            VerifyNoSideEffects = () =>
            {
                aws.VerifyNoOtherCalls();
                log.VerifyNoOtherCalls();
                Assert.Equal(start, time.GetUtcNow());
            },
        };
    }
}
