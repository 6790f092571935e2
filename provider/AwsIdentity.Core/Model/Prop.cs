using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

internal abstract class Prop<T> : IPropertySpec
{
    public abstract string Name { get; }
    public abstract Kind Kind { get; }
    public abstract string Description { get; }
    public abstract bool Required { get; }
    public abstract bool Secret { get; }
    public abstract bool ReplaceOnChanges { get; }
    public abstract bool Computed { get; }

    /// <summary>Reads this property of <paramref name="source"/> into <paramref name="target"/>.</summary>
    public abstract T Read(ObjectValue source, PropertyPath path, T target, List<ValidationFailure> failures);

    public abstract PropertyValue Write(T source);
}

internal sealed class Prop<T, TProp>(string name, Kind<TProp> kind, Func<T, TProp?> get, Func<T, TProp, T> set,
    string description, bool required, bool secret, bool replaceOnChanges, bool computed) : Prop<T>
{
    public override string Name => name;
    public override Kind Kind => kind;
    public override string Description => description;
    public override bool Required => required;
    public override bool Secret => secret;
    public override bool ReplaceOnChanges => replaceOnChanges;
    public override bool Computed => computed;

    public override T Read(ObjectValue source, PropertyPath path, T target, List<ValidationFailure> failures)
    {
        var field = source[name];
        if (field is null or NullValue)
        {
            if (required) failures.Add(ValidationFailure.Missing(path, this));
            return target;
        }
        var value = kind.Read(field, path.Key(name), failures);
        return value is null ? target : set(target, value);
    }

    public override PropertyValue Write(T source)
    {
        var value = get(source);
        if (value is null) return PropertyValue.Null;
        var written = kind.Write(value);
        return secret ? PropertyValue.Secret(written) : written;
    }
}
