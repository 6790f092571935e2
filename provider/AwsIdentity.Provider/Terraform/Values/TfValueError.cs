namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>A value that could not be decoded or encoded, and where: an error diagnostic with this attribute path.</summary>
public sealed record TfValueError(TfPath Path, string Message)
{
    public override string ToString() => Path.Steps.IsEmpty ? Message : $"{Path}: {Message}";
}

/// <summary>A codec's answer: the value, or the located error that stopped it (never both).</summary>
public sealed record TfResult<T>(T? Value, TfValueError? Error) where T : class
{
    public bool IsOk => Error is null;

    public static TfResult<T> Ok(T value) => new(value, null);

    public static TfResult<T> Fail(TfValueError error) => new(null, error);

    /// <summary>The value, or an <see cref="InvalidOperationException"/> naming the error (for callers that checked).</summary>
    public T Expect() => Value ?? throw new InvalidOperationException(Error?.ToString() ?? "no value");
}
