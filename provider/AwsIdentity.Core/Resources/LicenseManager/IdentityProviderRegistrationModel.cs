using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>awsidentity:licensemanager:IdentityProviderRegistration as every schema and document describes it.</summary>
public static class IdentityProviderRegistrationModel
{
    public static readonly ResourceModel Resource = new()
    {
        Inputs = IdentityProviderRegistrationArgs.Shape,
        Outputs = IdentityProviderRegistrationState.Shape,
        DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(20)),
        // Directory ids never hold ':' (ActiveDirectoryIdentityProviderArgs in IdentityProviderArgs.cs), product names may not.
        Id = new ImportId([new("directoryId"), new("product")], "d-1234567890:VISUAL_STUDIO_ENTERPRISE"),
        Notes = $"""
            `settings` and `tags` change in place: subnets are a set, so only the subnets added and removed are sent
            (UpdateIdentityProviderSettings). When `settings` is left out, AWS's choice is kept and shown. Everything else
            replaces the registration, and a replacement always deregisters the old one first (AWS allows one per
            directory and product). Deregistering is refused while users of the directory are subscribed to the product:
            stop their product subscriptions first. The provider tags what it creates with `{Rules.OwnerTagKey}` and
            takes over only its own registration; `tags` may hold {CommonKinds.MaxTags} tags. Registration is
            asynchronous: the provider waits until it is {RegistrationStatus.Registered}.
            """,
    };
}
