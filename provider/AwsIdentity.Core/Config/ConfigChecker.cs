using AwsIdentity.Core.Model;
using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Config;

/// <summary>
/// CheckConfig and Configure: validates the provider's configuration against <see cref="ProviderConfig.Shape"/>
/// with located failures. Values set with `pulumi config set` may arrive as strings holding JSON; those are
/// decoded for validation and in Configure, but CheckConfig returns them as they came.
/// </summary>
public static class ConfigChecker
{
    // Keys the engine adds to every provider's inputs (pulumi/pulumi pkg/resource/deploy/providers/registry.go).
    private static readonly string[] EngineKeys = ["version", "pluginDownloadURL"];

    public static (ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures) Check(ObjectValue news) =>
        Check(news, EffectiveRegion.Resolve);

    /// <summary>CheckConfig. The inputs keep the engine's representation ("5" stays a string, JSON text stays text:
    /// pulumi/pulumi proto/pulumi/provider.proto CheckConfig asks providers to preserve it, and the engine renders provider diffs
    /// from these inputs); the one default added is the effective region (<see cref="EffectiveRegion"/>).</summary>
    public static (ObjectValue Inputs, IReadOnlyList<ValidationFailure> Failures) Check(ObjectValue news,
        Func<ProviderConfig, string?> effectiveRegion)
    {
        var normalized = Normalize(news);
        var failures = new List<ValidationFailure>();
        ProviderConfig.Shape.Check(WithoutEngineKeys(normalized), PropertyPath.Root, failures);
        Pairing(normalized, failures);
        return (failures.Count == 0 ? EffectiveRegion.Record(news, normalized, effectiveRegion) : news, failures);
    }

    /// <summary>Decodes a complete configuration (Configure); throws <see cref="InvalidPropertiesException"/>.</summary>
    public static ProviderConfig Decode(ObjectValue args)
    {
        var normalized = Normalize(args);
        var failures = new List<ValidationFailure>();
        Pairing(normalized, failures);
        if (failures.Count > 0) throw new InvalidPropertiesException(failures);
        return ProviderConfig.Shape.Decode(WithoutEngineKeys(normalized));
    }

    /// <summary>Static keys come in pairs: an access key id is useless without its secret, and the other way round.</summary>
    private static void Pairing(ObjectValue config, List<ValidationFailure> failures)
    {
        bool Set(string key) => config[key] is { } v && v is not NullValue;
        if (Set("accessKey") && !Set("secretKey"))
            failures.Add(new ValidationFailure(PropertyPath.Of("secretKey"), "required when accessKey is set (static credentials need both)"));
        if (Set("secretKey") && !Set("accessKey"))
            failures.Add(new ValidationFailure(PropertyPath.Of("accessKey"), "required when secretKey is set (static credentials need both)"));
        if (Set("token") && !Set("accessKey"))
            failures.Add(new ValidationFailure(PropertyPath.Of("accessKey"), "required when token is set (a session token goes with an access key pair)"));
    }

    private static ObjectValue WithoutEngineKeys(ObjectValue value) =>
        EngineKeys.Aggregate(value, (v, key) => v.Without(key));

    /// <summary>The values with strings decoded where the property is not a string (JSON objects, numbers, booleans).</summary>
    public static ObjectValue Normalize(ObjectValue news)
    {
        var result = news;
        foreach (var (key, value) in news.Fields)
        {
            var prop = ProviderConfig.Shape.Find(key);
            if (prop is null or { Kind: StringKind or RefinedKind<string> } || value.Reveal() is not StringValue s) continue;
            // `pulumi config set` stores every value as a string: decode JSON objects, numbers and booleans.
            var text = s.Value.Trim();
            var decodable = prop.Kind switch
            {
                BoolKind => text is "true" or "false",
                IntegerKind => double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _),
                _ => text is ['{' or '[', ..],
            };
            if (decodable && JsonValues.TryParse(text, out var parsed))
                result = result.With(key, value is SecretValue ? PropertyValue.Secret(parsed) : parsed);
        }
        return result;
    }
}
