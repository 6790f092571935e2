using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Config;

public sealed record EndpointsConfig
{
    public string? Eks { get; init; }
    public string? LicenseManagerUserSubscriptions { get; init; }

    private static readonly Kind<string> EndpointUrl = Kinds.String.Where(s => Rules.Url(s, httpsOnly: false));

    public static readonly RecordShape<EndpointsConfig> Shape = new RecordShape<EndpointsConfig>(
            "awsidentity:config:Endpoints", "Custom service endpoints, for example a local emulator or a VPC endpoint.")
        .Property("eks", EndpointUrl, r => r.Eks, (r, v) => r with { Eks = v },
            "Endpoint URL of Amazon EKS; defaults to AWS_ENDPOINT_URL_EKS, then AWS_ENDPOINT_URL.")
        .Property("licenseManagerUserSubscriptions", EndpointUrl, r => r.LicenseManagerUserSubscriptions, (r, v) => r with { LicenseManagerUserSubscriptions = v },
            "Endpoint URL of License Manager User Subscriptions; defaults to AWS_ENDPOINT_URL_LICENSE_MANAGER_USER_SUBSCRIPTIONS, then AWS_ENDPOINT_URL.");
}

public sealed record DefaultTagsConfig
{
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public static readonly RecordShape<DefaultTagsConfig> Shape = new RecordShape<DefaultTagsConfig>(
            "awsidentity:config:DefaultTags", "Tags applied to every resource of this provider.")
        .Property("tags", CommonKinds.Tags, r => r.Tags, (r, v) => r with { Tags = v },
            "Tags merged under each resource's own tags (a resource's tag wins on the same key).");
}

/// <summary>Configuration of the awsidentity provider. Unset values fall back to the standard AWS environment.</summary>
public sealed record ProviderConfig
{
    public string? Region { get; init; }
    public string? Profile { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public string? Token { get; init; }
    public EndpointsConfig? Endpoints { get; init; }
    public int? MaxRetries { get; init; }
    public DefaultTagsConfig? DefaultTags { get; init; }
    public bool? SkipCredentialsValidation { get; init; }

    public static readonly RecordShape<ProviderConfig> Shape = new RecordShape<ProviderConfig>(
            "pulumi:providers:awsidentity", "The provider type for the awsidentity package.")
        .Property("region", Kinds.String.Where(s => RegionRule(s)), r => r.Region, (r, v) => r with { Region = v },
            "AWS region, for example us-east-1; defaults to AWS_REGION, AWS_DEFAULT_REGION or the profile's region.")
        .Property("profile", Kinds.Text(1, 256), r => r.Profile, (r, v) => r with { Profile = v },
            "Named profile of the shared AWS config and credentials files; defaults to AWS_PROFILE.")
        .Property("accessKey", Kinds.Text(1, 128), r => r.AccessKey, (r, v) => r with { AccessKey = v },
            "Access key id; defaults to AWS_ACCESS_KEY_ID or the credential chain.", secret: true)
        .Property("secretKey", Kinds.Text(1, 256), r => r.SecretKey, (r, v) => r with { SecretKey = v },
            "Secret access key; defaults to AWS_SECRET_ACCESS_KEY or the credential chain.", secret: true)
        .Property("token", Kinds.Text(1, 8192), r => r.Token, (r, v) => r with { Token = v },
            "Session token for temporary credentials; defaults to AWS_SESSION_TOKEN.", secret: true)
        .Property("endpoints", EndpointsConfig.Shape, r => r.Endpoints, (r, v) => r with { Endpoints = v },
            "Custom service endpoints.")
        .Property("maxRetries", Kinds.Integer(0, 100), r => r.MaxRetries, (r, v) => r with { MaxRetries = v },
            "How often a throttled or failed AWS request is retried (standard retry mode); default 3.")
        .Property("defaultTags", DefaultTagsConfig.Shape, r => r.DefaultTags, (r, v) => r with { DefaultTags = v },
            "Tags applied to every resource of this provider.")
        .Property("skipCredentialsValidation", Kinds.Bool, r => r.SkipCredentialsValidation, (r, v) => r with { SkipCredentialsValidation = v },
            "Skip resolving credentials in Configure (useful offline and for policy previews).");

    /// <summary>Region names: lower-case letters, digits and hyphens, such as us-east-1 or us-gov-west-1.</summary>
    internal static string? RegionRule(string s) =>
        s.Length is >= 4 and <= 32 && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && s.Contains('-')
            ? null
            : $"must be an AWS region name such as us-east-1, got \"{s}\"";
}
