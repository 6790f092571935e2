using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Resources.LicenseManager;

/// <summary>
/// What makes two UserAssociation inputs the same association in AWS, and the replacement order that follows.
/// AD user names and DNS domain names ignore case, in AWS and in the emulator (LmusAssociationOps matches them so;
/// AssociationLookup and LmusNames.Matches find associations so).
/// </summary>
public static class UserAssociationIdentity
{
    private static readonly PropertyPath Username = PropertyPath.Of("username");
    private static readonly PropertyPath Domain = PropertyPath.Of("domain");
    private static readonly PropertyPath ActiveDirectory = PropertyPath.Of("identityProvider").Key("activeDirectoryIdentityProvider");

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

    /// <summary>The same rules for the identityProvider input alone (a registration has no user or domain).</summary>
    public static readonly SameForAws Directory = Names with { IgnoreCase = [ActiveDirectory.Key("activeDirectorySettings").Key("domainName")] };

    /// <summary>
    /// Read also: an association made without a domain is listed with the domain AWS chose (the directory's), which is
    /// the same association; a program that adds a domain is not, so this holds for what AWS answers only.
    /// </summary>
    public static readonly SameForAws InAwsAnswer = Names with
    {
        IsDefault = (path, inputs, value) => path.Equals(Domain) || Names.IsDefault(path, inputs, value),
    };

    /// <summary>
    /// Every replacement disassociates the old association before it associates the new one. The engine creates a
    /// replacement first unless Diff sets deleteBeforeReplace (pulumi/pulumi pkg/resource/deploy/step_generator.go,
    /// continueStepsFromDiff), and creating first is unsafe whenever the two may be one association: AssociateUser
    /// finds the old one and the delete of the old resource then disassociates the user the stack says is ASSOCIATED.
    /// A preview that cannot see the user, instance, directory or domain (an output of another resource) may be
    /// looking at one association, so it must plan delete first; and a plan saved from that preview (`pulumi up
    /// --plan`) holds only if up then deletes first too, whatever the value turns out to be: the engine checks each of
    /// up's steps against the plan's next operation, in order (step_generator.go validateSteps, step.go ConstrainedTo).
    /// Up cannot know what its preview saw, so the order is the same for every replacement. The cost: a user moved to
    /// another instance has no association on either for the moment between the two calls.
    /// </summary>
    public const bool ReplacementDeletesFirst = true;
}
