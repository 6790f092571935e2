namespace AwsIdentity.Bench;

/// <summary>
/// One convergence workload: <see cref="Associations"/> UserAssociations spread over <see cref="Instances"/>
/// instances (user u on instance u mod Instances) and <see cref="Configs"/> IdentityProviderConfigs, one per cluster,
/// created and then destroyed all at once while the emulator's token bucket allows <see cref="Rps"/> requests/s
/// (burst <see cref="Burst"/>) per service, with every transition taking <see cref="TransitionMs"/>.
/// </summary>
public sealed record ConvergenceShape(string Name, int Associations, int Configs, int Instances)
{
    public const int Rps = 50, Burst = 10, TransitionMs = 5000;

    /// <summary>The most associations ListUserAssociations returns per page when the provider asks for a full
    /// listing (AssociationLookup asks for 100; the botocore model sets no maximum on MaxResults).</summary>
    public const int PageSize = 100;

    /// <summary>make bench's 1× run (section convergence): 10 users on each of 20 instances.</summary>
    public static readonly ConvergenceShape OneX = new("convergence", 200, 20, 20);

    /// <summary>10×: 2,000 users on 200 instances and 200 configs on 200 clusters, same rate (section scale).</summary>
    public static readonly ConvergenceShape TenX = new("scale", 2000, 200, 200);

    /// <summary>500 users on one instance: every wait goes through the shared per-instance listing (section oneinstance).</summary>
    public static readonly ConvergenceShape OneInstance = new("oneInstance", 500, 0, 1);

    /// <summary>Pages of one full listing of the busiest instance.</summary>
    public int ListingPages => (Associations / Instances + PageSize - 1) / PageSize;

    /// <summary>
    /// Per phase (create, then destroy): the LMUS mutations alone need (associations − burst) / rate seconds, and the
    /// last of them still takes the transition. LMUS dominates (configs are on EKS's own bucket, 200 at most: 4 s).
    /// With more than one page per listing, the wait of the last association can learn of its transition only from
    /// a listing that starts after it, which costs <see cref="ListingPages"/> more calls at the rate; one page (1×,
    /// 10×: 10 users an instance) is the 0.02 s the convergence bound always left out, so it stays out there.
    /// </summary>
    public double LowerBoundSeconds => 2 * (Math.Max(0, Associations - Burst) / (double)Rps + TransitionMs / 1000.0
        + (ListingPages > 1 ? ListingPages / (double)Rps : 0));
}
