using AwsIdentity.Core.Model;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>awsidentity:licensemanager:UserAssociation as every schema and document describes it.</summary>
public static class UserAssociationModel
{
    public static readonly ResourceModel Resource = new()
    {
        Inputs = UserAssociationArgs.Shape,
        Outputs = UserAssociationState.Shape,
        DefaultTimeouts = ResourceTimeouts.All(TimeSpan.FromMinutes(20)),
        // The domain is a part only when set. Neither AD user names nor DNS names may hold ':' (UserAssociationArgs.cs).
        Id = new ImportId([new("instanceId"), new("directoryId"), new("username"), new("domain", Optional: true)],
            "i-0123456789abcdef0:d-1234567890:alice", "i-0123456789abcdef0:d-1234567890:alice:corp.example.com"),
        Notes = $"""
            Everything but `tags` replaces the association, and a replacement always removes the old association
            first (AWS allows one per user and instance). User and domain names ignore case: a change of case alone is
            no change. The provider tags what it creates with `{Rules.OwnerTagKey}` and takes over only its own
            association; `tags` may hold {CommonKinds.MaxTags} tags. AssociateUser is asynchronous: the provider
            waits until the association is ASSOCIATED and retries while another change of it is in flight or AWS
            throttles.
            """,
    };
}
