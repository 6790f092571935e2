using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

/// <summary>A property of an included part, read and written through the part.</summary>
internal sealed class IncludedProp<T, TPart>(Prop<TPart> inner, Func<T, TPart> get, Func<T, TPart, T> set) : Prop<T>
{
    public override string Name => inner.Name;
    public override Kind Kind => inner.Kind;
    public override string Description => inner.Description;
    public override bool Required => inner.Required;
    public override bool Secret => inner.Secret;
    public override bool ReplaceOnChanges => inner.ReplaceOnChanges;
    public override bool Computed => inner.Computed;

    public override T Read(ObjectValue source, PropertyPath path, T target, List<ValidationFailure> failures) =>
        set(target, inner.Read(source, path, get(target), failures));

    public override PropertyValue Write(T source) => inner.Write(get(source));
}
