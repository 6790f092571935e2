using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

/// <summary>
/// A list whose order and duplicates do not matter (subnets, for example). It validates as a list (item failures at
/// path[index], the item limit), decodes and writes its members in canonical form (Values/SetMembers.cs) so state is
/// stable, and the differ compares sets by their members. Pulumi's schema has no set type (an array); Terraform's does.
/// </summary>
public sealed class SetKind<TItem>(Kind<TItem> item, int maxItems) : Kind<IReadOnlyList<TItem>>
{
    private readonly ListKind<TItem> _list = new(item, maxItems);

    public Kind<TItem> Item => item;

    public override IReadOnlyList<TItem>? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures) =>
        _list.Read(value, path, failures) is { } items ? Canonical(items) : null;

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures) => _list.Check(value, path, failures);

    public override PropertyValue Write(IReadOnlyList<TItem> value) => SetMembers.Canonical(_list.Write(value));

    /// <summary>The distinct members, in canonical order.</summary>
    public IReadOnlyList<TItem> Canonical(IEnumerable<TItem> members) =>
        [.. members.DistinctBy(Key).OrderBy(Key, StringComparer.Ordinal)];

    /// <summary>What turns <paramref name="old"/> into <paramref name="new"/> (null: no members): the members to add and
    /// to remove, each in canonical order (for APIs that change a set by adding and removing, such as AddSubnets and
    /// RemoveSubnets).</summary>
    public (IReadOnlyList<TItem> Added, IReadOnlyList<TItem> Removed) Changes(IReadOnlyList<TItem>? old, IReadOnlyList<TItem>? @new)
    {
        var (o, n) = (Canonical(old ?? []), Canonical(@new ?? []));
        var (oldKeys, newKeys) = (o.Select(Key).ToHashSet(StringComparer.Ordinal), n.Select(Key).ToHashSet(StringComparer.Ordinal));
        return ([.. n.Where(m => !oldKeys.Contains(Key(m)))], [.. o.Where(m => !newKeys.Contains(Key(m)))]);
    }

    public override TypeDescription Type => new SetTypeDescription(item.Type);

    public override IEnumerable<IRecordShape> ReferencedShapes => item.ReferencedShapes;

    private string Key(TItem member) => SetMembers.Key(item.Write(member));
}
