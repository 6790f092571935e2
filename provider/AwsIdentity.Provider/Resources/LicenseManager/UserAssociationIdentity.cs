using AwsIdentity.Provider.Values;

namespace AwsIdentity.Provider.Resources.LicenseManager;

/// <summary>
/// What makes two UserAssociation inputs the same association in AWS, and the replacement order that follows.
/// AD user names and DNS domain names ignore case, in AWS and in the emulator (LmusAssociationOps matches them so;
/// AssociationLookup and UserAssociationMapping.Matches find associations so).
/// </summary>
public static class UserAssociationIdentity
{
    private static readonly PropertyPath Username = PropertyPath.Of("username");
    private static readonly PropertyPath InstanceId = PropertyPath.Of("instanceId");
    private static readonly PropertyPath Domain = PropertyPath.Of("domain");
    private static readonly PropertyPath ActiveDirectory = PropertyPath.Of("identityProvider").Key("activeDirectoryIdentityProvider");
    private static readonly PropertyPath DirectoryId = ActiveDirectory.Key("directoryId");

    /// <summary>
    /// Diff and Read: a change of case only in a user or domain name is no change (the design choice for issue 11
    /// §2.1: nothing to do in AWS, so no replacement and no moment without the subscription; `pulumi up --replace`
    /// recreates the association when AWS should show the new spelling). isSharedActiveDirectory false is AWS's default
    /// (botocore model, ActiveDirectoryIdentityProvider.IsSharedActiveDirectory: "The default value is false").
    /// </summary>
    public static readonly SameForAws Names = new()
    {
        IgnoreCase = [Username, Domain, ActiveDirectory.Key("activeDirectorySettings").Key("domainName")],
        IsDefault = (path, _, value) => path.Equals(ActiveDirectory.Key("isSharedActiveDirectory")) && value is BoolValue { Value: false },
    };

    /// <summary>
    /// Read also: an association made without a domain is listed with the domain AWS chose (the directory's), which is
    /// the same association; a program that adds a domain is not, so this holds for what AWS answers only.
    /// </summary>
    public static readonly SameForAws InAwsAnswer = Names with
    {
        IsDefault = (path, inputs, value) => path.Equals(Domain) || Names.IsDefault(path, inputs, value),
    };

    /// <summary>
    /// The engine creates a replacement before deleting the old resource unless Diff sets deleteBeforeReplace
    /// (pulumi/pulumi pkg/resource/deploy/step_generator.go, continueStepsFromDiff). Creating first is only safe for
    /// another association: for the same one, AssociateUser finds the old (ConflictException) and the create adopts
    /// it, then the delete of the old resource disassociates the user the stack says is ASSOCIATED. So delete first
    /// whenever the two may be the same association: the same instance and directory, user and domain equal
    /// ignoring case or a domain left to AWS on either side, or any of these unknown (preview). Preview then shows the
    /// order up takes in the worst case, and a plan saved with the same user (`pulumi up --plan`) matches up's
    /// steps; only a user, instance or directory known to differ is created first.
    /// </summary>
    public static bool DeleteBeforeReplace(ObjectValue olds, ObjectValue news) =>
        new[] { InstanceId, DirectoryId, Username, Domain }.All(path =>
            UnknownAt(olds, path) || UnknownAt(news, path) || InAwsAnswer.Same(path, olds.At(path), news.At(path), olds));

    /// <summary>Whether the value at a path, or one of the objects holding it, is unknown.</summary>
    private static bool UnknownAt(ObjectValue root, PropertyPath path) =>
        Enumerable.Range(1, path.Segments.Length).Any(n =>
            root.At(new PropertyPath([.. path.Segments.Take(n)])) is { } v && v.Reveal() is UnknownValue);
}
