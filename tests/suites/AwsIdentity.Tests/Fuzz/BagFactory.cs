using AwsIdentity.Core.Values;

namespace AwsIdentity.Tests.Fuzz;

/// <summary>
/// Bag number n of a target, reproducibly: the first numbers sweep a set of wrong values over every path of
/// every seed; the rest mutate a random seed 1–8 times (seeded System.Random), or are purely random bags.
/// Replay a reported case with <c>new BagFactory(FuzzTargets.Eks()).Bag(n)</c>.
/// </summary>
internal sealed class BagFactory
{
    private readonly FuzzTarget _target;
    private readonly List<(int Seed, object[] Path)> _sweep = [];

    public BagFactory(FuzzTarget target)
    {
        _target = target;
        for (var s = 0; s < target.Seeds.Length; s++)
            foreach (var path in Bags.Paths(target.Seeds[s]))
                _sweep.Add((s, path));
    }

    /// <summary>Wrong or odd values put at each path by the sweep.</summary>
    private static PropertyValue[] SweepValues(PropertyValue current) =>
    [
        PropertyValue.Null, PropertyValue.Unknown, PropertyValue.Of(true), PropertyValue.Of(double.NaN),
        PropertyValue.Of(double.NegativeInfinity), PropertyValue.Of(-0.0), PropertyValue.Of(1e300), PropertyValue.Of(""),
        PropertyValue.Of("\ud800\u202e\u0000😀"), new ArrayValue([]), ObjectValue.Empty, new ArrayValue([current]),
        ObjectValue.Empty.With("x", current), new SecretValue(current), new SecretValue(PropertyValue.Unknown),
        new SecretValue(ObjectValue.Empty.With("x", PropertyValue.Of("y"))),
        ObjectValue.Empty.With(Sentinels.SignatureKey, PropertyValue.Of(Sentinels.ResourceReferenceSig))
            .With("urn", PropertyValue.Of("urn:pulumi:dev::p::t::n")).With("id", PropertyValue.Of("")),
        ObjectValue.Empty.With(Sentinels.SignatureKey, PropertyValue.Of(Sentinels.AssetSig)).With("path", PropertyValue.Of("/etc/passwd")),
    ];

    public int SweepCount => _sweep.Count * SweepValues(PropertyValue.Null).Length;

    public ObjectValue Bag(int n)
    {
        if (n < SweepCount)
        {
            var (seed, path) = _sweep[n / SweepValues(PropertyValue.Null).Length];
            var bag = _target.Seeds[seed];
            if (path.Length == 0) return bag.With("extra", PropertyValue.Of("x"));
            var value = SweepValues(Bags.At(bag, path)!)[n % SweepValues(PropertyValue.Null).Length];
            return (ObjectValue)Bags.SetAt(bag, path, 0, value);
        }
        var rng = new Random(n);
        var values = new HostileValues(rng);
        var names = _target.Names;
        if (rng.Next(10) == 0) return values.RandomObject(3, names);
        var mutator = new ValueMutator(values, names);
        var result = _target.Seeds[rng.Next(_target.Seeds.Length)];
        var mutations = rng.Next(4) == 0 ? rng.Next(1, 9) : rng.Next(1, 3);
        for (var i = 0; i < mutations; i++) result = mutator.Mutate(result);
        return result;
    }

    /// <summary>Previous inputs passed as olds: none, a seed, or another bag.</summary>
    public ObjectValue Olds(int n) => (n % 3) switch
    {
        0 => ObjectValue.Empty,
        1 => _target.Seeds[n % _target.Seeds.Length],
        _ => Bag(n / 3 + SweepCount),
    };
}
