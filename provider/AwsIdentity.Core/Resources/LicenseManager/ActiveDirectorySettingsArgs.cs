using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

// Shapes follow the License Manager User Subscriptions 2018-05-10 model (boto/botocore
// botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json):
// IdentityProvider (a union) → ActiveDirectoryIdentityProvider → ActiveDirectorySettings → ….

public sealed record SecretsManagerCredentialsProviderArgs
{
    public string? SecretId { get; init; }

    public static readonly RecordShape<SecretsManagerCredentialsProviderArgs> Shape = new RecordShape<SecretsManagerCredentialsProviderArgs>(
            "awsidentity:licensemanager:SecretsManagerCredentialsProvider", "Domain credentials kept in AWS Secrets Manager.")
        .Property("secretId", Kinds.Text(1, 2048), r => r.SecretId, (r, v) => r with { SecretId = v },
            "ARN or name of the Secrets Manager secret holding the domain credentials.", replaceOnChanges: true);
}

public sealed record CredentialsProviderArgs
{
    public SecretsManagerCredentialsProviderArgs? SecretsManagerCredentialsProvider { get; init; }

    public static readonly RecordShape<CredentialsProviderArgs> Shape = new RecordShape<CredentialsProviderArgs>(
            "awsidentity:licensemanager:CredentialsProvider", "Where License Manager finds credentials to join the domain.")
        .Property("secretsManagerCredentialsProvider", SecretsManagerCredentialsProviderArgs.Shape,
            r => r.SecretsManagerCredentialsProvider, (r, v) => r with { SecretsManagerCredentialsProvider = v },
            "Credentials stored in AWS Secrets Manager.", replaceOnChanges: true);
}

public sealed record DomainNetworkSettingsArgs
{
    public IReadOnlyList<string> Subnets { get; init; } = [];

    private static readonly Regex SubnetPattern = new("^subnet-[a-z0-9]{8,17}$", RegexOptions.CultureInvariant);

    /// <summary>A subnet id (botocore model, shape Subnet); registration settings take subnets too (SettingsArgs.cs).</summary>
    internal static readonly Kind<string> Subnet =
        Kinds.String.Where(s => SubnetPattern.IsMatch(s) ? null : $"must be a subnet id such as subnet-0123456789abcdef0, got \"{s}\"");

    public static readonly RecordShape<DomainNetworkSettingsArgs> Shape = new RecordShape<DomainNetworkSettingsArgs>(
            "awsidentity:licensemanager:DomainNetworkSettings", "Network placement used to reach the domain controllers.")
        .Property("subnets", Kinds.ListOf(Subnet)
                .Where(l => l.Count == 0 ? "must hold at least one subnet id" : null),
            r => r.Subnets, (r, v) => r with { Subnets = v },
            "Subnet ids, in the order AWS stores them.", required: true, replaceOnChanges: true);
}

public sealed record ActiveDirectorySettingsArgs
{
    public string? DomainName { get; init; }
    public IReadOnlyList<string>? DomainIpv4List { get; init; }
    public IReadOnlyList<string>? DomainIpv6List { get; init; }
    public CredentialsProviderArgs? DomainCredentialsProvider { get; init; }
    public DomainNetworkSettingsArgs? DomainNetworkSettings { get; init; }

    // botocore model, shape IpV4: four dotted decimal octets only (IPAddress.TryParse also takes "10" or hex).
    private static readonly Regex DottedQuad = new(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$",
        RegexOptions.CultureInvariant);

    internal static string? Address(string s, AddressFamily family, string example) =>
        IPAddress.TryParse(s, out var ip) && ip.AddressFamily == family && !s.Contains('%')
        && (family != AddressFamily.InterNetwork || DottedQuad.IsMatch(s))
            ? null
            : $"must be an {(family == AddressFamily.InterNetwork ? "IPv4" : "IPv6")} address such as {example}, got \"{s}\"";

    public static readonly RecordShape<ActiveDirectorySettingsArgs> Shape = new RecordShape<ActiveDirectorySettingsArgs>(
            "awsidentity:licensemanager:ActiveDirectorySettings", "How to reach and join a self-managed Active Directory.")
        .Property("domainName", Kinds.String.Where(DnsName.Rule), r => r.DomainName, (r, v) => r with { DomainName = v },
            "DNS name of the Active Directory domain, for example corp.example.com.", replaceOnChanges: true)
        .Property("domainIpv4List", Kinds.ListOf(Kinds.String.Where(s => Address(s, AddressFamily.InterNetwork, "10.0.0.10")), maxItems: 2)
                .Where(l => l.Count == 0 ? "must hold one or two addresses" : null),
            r => r.DomainIpv4List, (r, v) => r with { DomainIpv4List = v },
            "IPv4 addresses of the domain's DNS servers (one or two).", replaceOnChanges: true)
        .Property("domainIpv6List", Kinds.ListOf(Kinds.String.Where(s => Address(s, AddressFamily.InterNetworkV6, "2001:db8::10")), maxItems: 2)
                .Where(l => l.Count == 0 ? "must hold one or two addresses" : null),
            r => r.DomainIpv6List, (r, v) => r with { DomainIpv6List = v },
            "IPv6 addresses of the domain's DNS servers (one or two).", replaceOnChanges: true)
        .Property("domainCredentialsProvider", CredentialsProviderArgs.Shape, r => r.DomainCredentialsProvider, (r, v) => r with { DomainCredentialsProvider = v },
            "Credentials License Manager uses to join instances to the domain.", replaceOnChanges: true)
        .Property("domainNetworkSettings", DomainNetworkSettingsArgs.Shape, r => r.DomainNetworkSettings, (r, v) => r with { DomainNetworkSettings = v },
            "Subnets from which the domain is reached.", replaceOnChanges: true);
}
