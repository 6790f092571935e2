using System.Text.RegularExpressions;
using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// A registration's product settings, the Settings shape of the License Manager User Subscriptions model (boto/botocore
/// botocore/data/license-manager-user-subscriptions/2018-05-10/service-2.json): the subnets License Manager puts VPC
/// endpoints in and the security group that lets TCP 1688 reach them. Both are required when settings are sent.
/// </summary>
public sealed partial record SettingsArgs
{
    public IReadOnlyList<string> Subnets { get; init; } = [];
    public string SecurityGroupId { get; init; } = "";

    // botocore model, shape SecurityGroup: "^sg-(([0-9a-z]{8})|([0-9a-z]{17}))$".
    [GeneratedRegex("^sg-([0-9a-z]{8}|[0-9a-z]{17})$", RegexOptions.CultureInvariant)]
    private static partial Regex SecurityGroupPattern();

    /// <summary>Subnets as a set (botocore model, SettingsSubnetsList: at least one): order and repeats mean nothing to AWS,
    /// and an update adds and removes members (UpdateSettings AddSubnets, RemoveSubnets).</summary>
    public static readonly SetKind<string> SubnetSet = Kinds.SetOf(DomainNetworkSettingsArgs.Subnet);

    public static readonly RecordShape<SettingsArgs> Shape = new RecordShape<SettingsArgs>(
            "awsidentity:licensemanager:Settings", "Where License Manager creates the VPC endpoints a product's activation needs.")
        .Property("subnets", SubnetSet.Where(l => l.Count == 0 ? "must hold at least one subnet id" : null),
            r => r.Subnets, (r, v) => r with { Subnets = v },
            "Subnet ids in which License Manager creates VPC endpoints (a set: order does not matter). Changed in place.", required: true)
        .Property("securityGroupId", Kinds.String.Where(s => SecurityGroupPattern().IsMatch(s) ? null
                : $"must be a security group id: \"sg-\" and 8 or 17 lower-case letters or digits, such as sg-0123456789abcdef0, got \"{s}\""),
            r => r.SecurityGroupId, (r, v) => r with { SecurityGroupId = v },
            "Security group that allows inbound TCP port 1688 from the VPC to the endpoints. Changed in place.", required: true);
}
