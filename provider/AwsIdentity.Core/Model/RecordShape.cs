using AwsIdentity.Core.Values;

namespace AwsIdentity.Core.Model;

/// <summary>What the schema generator and the differ need to know of an object type, without its C# type.</summary>
public interface IRecordShape
{
    string Token { get; }
    string Description { get; }
    IReadOnlyList<IPropertySpec> Properties { get; }
}

/// <summary>
/// The one declaration of a record's properties: wire name, kind, documentation, required/secret/replace flags,
/// and how to get and set the C# property. Decoding, encoding, validation, diffing and the package schema all
/// read it, so they cannot drift apart.
/// </summary>
public sealed class RecordShape<T>(string token, string description) : Kind<T>, IRecordShape where T : class, new()
{
    private readonly List<Prop<T>> _props = [];

    public string Token { get; } = token;
    public string Description { get; } = description;
    public IReadOnlyList<IPropertySpec> Properties => _props;

    public RecordShape<T> Property<TProp>(string name, Kind<TProp> kind, Func<T, TProp?> get, Func<T, TProp, T> set,
        string description, bool required = false, bool secret = false, bool replaceOnChanges = false, bool computed = false)
    {
        if (required && computed) throw new ArgumentException($"{Token}.{name}: a computed input is optional", nameof(computed));
        _props.Add(new Prop<T, TProp>(name, kind, get, set, description, required, secret, replaceOnChanges, computed));
        return this;
    }

    /// <summary>Flattens another record's properties into this one (outputs that repeat the inputs).</summary>
    public RecordShape<T> Include<TPart>(RecordShape<TPart> part, Func<T, TPart> get, Func<T, TPart, T> set) where TPart : class, new()
    {
        foreach (var p in part._props) _props.Add(new IncludedProp<T, TPart>(p, get, set));
        return this;
    }

    public IPropertySpec? Find(string name) => _props.Find(p => p.Name == name);

    public override T? Read(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is not ObjectValue obj)
        {
            Mismatch(value, path, "an object", failures);
            return null;
        }
        var before = failures.Count;
        RejectUnknownKeys(obj, path, failures);
        var result = new T();
        foreach (var prop in _props) result = prop.Read(obj, path, result, failures);
        return failures.Count == before ? result : null;
    }

    public override void Check(PropertyValue value, PropertyPath path, List<ValidationFailure> failures)
    {
        if (Plain(value) is UnknownValue) return;
        if (Plain(value) is not ObjectValue obj)
        {
            Mismatch(value, path, "an object", failures);
            return;
        }
        RejectUnknownKeys(obj, path, failures);
        foreach (var prop in _props)
        {
            var field = obj[prop.Name];
            if (field is null or NullValue)
            {
                if (prop.Required) failures.Add(ValidationFailure.Missing(path, prop));
                continue;
            }
            prop.Kind.Check(field, path.Key(prop.Name), failures);
        }
    }

    public override PropertyValue Write(T value) => ObjectValue.From(_props
        .Select(p => KeyValuePair.Create(p.Name, p.Write(value)))
        .Where(kv => kv.Value is not NullValue));

    public ObjectValue WriteObject(T value) => (ObjectValue)Write(value);

    public override TypeDescription Type => new ObjectTypeDescription(this);

    public override IEnumerable<IRecordShape> ReferencedShapes => [this];

    private void RejectUnknownKeys(ObjectValue obj, PropertyPath path, List<ValidationFailure> failures)
    {
        foreach (var key in obj.Fields.Keys)
            if (Find(key) is null)
                failures.Add(new ValidationFailure(path.Key(key),
                    $"unknown property '{key}'; allowed: {string.Join(", ", _props.Select(p => p.Name))}"));
    }
}
