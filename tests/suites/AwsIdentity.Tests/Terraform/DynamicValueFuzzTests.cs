using System.Diagnostics;
using System.Text.RegularExpressions;
using AwsIdentity.Core.Values;
using AwsIdentity.Provider.Terraform.Schema;
using AwsIdentity.Provider.Terraform.Values;
using Xunit.Abstractions;

namespace AwsIdentity.Tests.Terraform;

/// <summary>
/// The codec against seeded random and mutated input (issue 13: ≥ 10,000 fuzzed values, a located diagnostic and
/// never a crash or a hang). Time per input is bounded by construction, not by a timeout: the decoder reads each byte
/// once, follows the type rather than the input for depth, and checks a declared length against the bytes left.
/// </summary>
public sealed partial class DynamicValueFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 1313;
    private const int MsgpackInputs = 20_000;
    private const int JsonInputs = 5_000;
    private const int EncoderInputs = 5_000;

    private sealed class Tally
    {
        public int Values, Errors;
        public readonly HashSet<string> Kinds = [];
        public readonly List<string> Violations = [];

        public string Summary(string what, int count, Stopwatch watch) =>
            $"{what}: {count} inputs in {watch.Elapsed.TotalMilliseconds:F0} ms = {count / watch.Elapsed.TotalSeconds:F0} inputs/s; " +
            $"{Values} values, {Errors} located errors of {Kinds.Count} kinds";
    }

    [GeneratedRegex("\"[^\"]*\"|[0-9]+")]
    private static partial Regex Specifics();

    /// <summary>An error is located when its path exists in the type (a set ends the path: its elements have no key).</summary>
    internal static bool PathFits(TfPath path, TfType type)
    {
        foreach (var step in path.Steps)
        {
            switch (step, type)
            {
                case (TfAttributeStep a, TfObject o) when o.Attributes.TryGetValue(a.Name, out var t): type = t; break;
                case (TfKeyStep, TfMap m): type = m.Element; break;
                case (TfIndexStep, TfList l): type = l.Element; break;
                default: return false;
            }
        }
        return true;
    }

    private static void Check(Tally tally, string label, Func<TfResult<PropertyValue>> decode, TfType type, Func<string> show)
    {
        try
        {
            var result = decode();
            if (result.Error is { } error)
            {
                tally.Errors++;
                tally.Kinds.Add(Specifics().Replace(error.Message, "…"));
                if (!PathFits(error.Path, type) || error.Message.Length == 0) tally.Violations.Add($"{label}: unlocated error {error} for {show()}");
            }
            else if (result.Value is null) tally.Violations.Add($"{label}: neither value nor error for {show()}");
            else tally.Values++;
        }
        catch (Exception e)
        {
            tally.Violations.Add($"{label}: {e.GetType().Name} escaped ({e.Message}) for {show()}");
        }
    }

    private static void AssertClean(Tally tally, int count)
    {
        Assert.True(tally.Violations.Count == 0, string.Join('\n', tally.Violations.Take(20)));
        // The inputs must exercise both outcomes, or the fuzzer has degenerated.
        Assert.True(tally.Values > count / 10 && tally.Errors > count / 10, $"{tally.Values} values, {tally.Errors} errors");
    }

    [Fact]
    public void Msgpack_ValidAndMutated_OnlyValuesOrLocatedErrors()
    {
        var fuzzer = new CodecFuzzer(Seed);
        var tally = new Tally();
        var decoding = new Stopwatch();
        long inputBytes = 0;
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < MsgpackInputs; n++)
        {
            var type = fuzzer.AnyType();
            var value = fuzzer.ValueOf(type);
            var encoded = DynamicValueEncoder.Encode(value, type);
            if (encoded.Value is not { } bytes)
            {
                tally.Violations.Add($"#{n}: a value of {type.ToJson()} did not encode: {encoded.Error}");
                continue;
            }
            if (n % 4 == 0 && DynamicValueDecoder.Decode(bytes, type).Value is var back && !value.Reveal().Equals(back))
                tally.Violations.Add($"#{n}: round trip changed {value} into {back}");
            var input = n % 4 == 0 ? bytes : fuzzer.Mutate(bytes);
            var target = n % 8 == 1 ? fuzzer.AnyType() : type;
            decoding.Start();
            Check(tally, $"#{n}", () => DynamicValueDecoder.Decode(input, target), target, () => CodecFuzzer.Show(input));
            decoding.Stop();
            inputBytes += input.Length;
        }
        watch.Stop();
        output.WriteLine(tally.Summary("msgpack generate, encode, mutate and decode", MsgpackInputs, watch));
        output.WriteLine($"decoding alone: {MsgpackInputs / decoding.Elapsed.TotalSeconds:F0} inputs/s, {inputBytes / decoding.Elapsed.TotalSeconds / 1e6:F1} MB/s");
        output.WriteLine("error kinds: " + string.Join(" | ", tally.Kinds.Order()));
        AssertClean(tally, MsgpackInputs);
        Assert.True(tally.Kinds.Count >= 8, string.Join('\n', tally.Kinds));
    }

    [Fact]
    public void Json_ValidAndMutated_OnlyValuesOrLocatedErrors()
    {
        var fuzzer = new CodecFuzzer(Seed + 1);
        var tally = new Tally();
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < JsonInputs; n++)
        {
            var type = fuzzer.AnyType();
            var json = CodecFuzzer.Json(fuzzer.ValueOf(type));
            var input = n % 4 == 0 ? json : fuzzer.Mutate(json);
            Check(tally, $"#{n}", () => DynamicValueJson.Decode(input, type, dropUnknownAttributes: n % 2 == 0), type, () => CodecFuzzer.ShowText(input));
        }
        watch.Stop();
        output.WriteLine(tally.Summary("JSON decode", JsonInputs, watch));
        AssertClean(tally, JsonInputs);
    }

    [Fact]
    public void Encoder_AnyValue_EncodesDecodably_OrFailsLocated()
    {
        var fuzzer = new CodecFuzzer(Seed + 2);
        var blocks = TerraformSchema.Resources().Values.Select(s => s.Block).Append(TerraformSchema.Provider().Block).ToArray();
        var tally = new Tally();
        var watch = Stopwatch.StartNew();
        for (var n = 0; n < EncoderInputs; n++)
        {
            var block = n % 2 == 0 ? blocks[n / 2 % blocks.Length] : null;
            var type = block?.ImpliedType() ?? fuzzer.AnyType();
            var value = n % 3 == 0 ? fuzzer.ValueOf(type) : fuzzer.AnyValue();
            Check(tally, $"#{n}", () =>
            {
                var encoded = block is null ? DynamicValueEncoder.Encode(value, type) : DynamicValueEncoder.Encode(value, block);
                // What the encoder writes, the decoder (and so Terraform's strict decoder) must read.
                return encoded.Value is { } bytes ? DynamicValueDecoder.Decode(bytes, type) : TfResult<PropertyValue>.Fail(encoded.Error!);
            }, type, () => value.ToString());
        }
        watch.Stop();
        output.WriteLine(tally.Summary("encode", EncoderInputs, watch));
        AssertClean(tally, EncoderInputs);
    }
}
