using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>
/// Writes msgpack in the smallest form of each value (msgpack/msgpack spec.md), as go-cty's encoder does through
/// vmihailenco/msgpack: integers in the narrowest width, other numbers as float64, strings as str.
/// </summary>
public sealed class MsgpackWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void WriteNil() => Byte(0xc0);

    public void WriteBool(bool value) => Byte(value ? (byte)0xc3 : (byte)0xc2);

    /// <summary>Terraform's unknown value: fixext 1, type 0, payload 0 (zclconf/go-cty cty/msgpack/unknown.go).</summary>
    public void WriteUnknown()
    {
        Byte(0xd4);
        Byte(0x00);
        Byte(0x00);
    }

    public void WriteNumber(double value)
    {
        if (value == Math.Floor(value) && value >= long.MinValue && value < 9223372036854775808.0) WriteInteger((long)value);
        else Sized(0xcb, 8).WriteDouble(value);
    }

    /// <summary>Non-negative values as unsigned, negative ones as signed, each in its narrowest width.</summary>
    public void WriteInteger(long value)
    {
        switch (value)
        {
            case >= 0 and <= 0x7f: Byte((byte)value); break;
            case >= -32 and < 0: Byte((byte)(sbyte)value); break;
            case >= 0 and <= byte.MaxValue: Sized(0xcc, 1).Span[0] = (byte)value; break;
            case >= 0 and <= ushort.MaxValue: BinaryPrimitives.WriteUInt16BigEndian(Sized(0xcd, 2).Span, (ushort)value); break;
            case >= 0 and <= uint.MaxValue: BinaryPrimitives.WriteUInt32BigEndian(Sized(0xce, 4).Span, (uint)value); break;
            case >= 0: BinaryPrimitives.WriteUInt64BigEndian(Sized(0xcf, 8).Span, (ulong)value); break;
            case >= sbyte.MinValue: Sized(0xd0, 1).Span[0] = (byte)(sbyte)value; break;
            case >= short.MinValue: BinaryPrimitives.WriteInt16BigEndian(Sized(0xd1, 2).Span, (short)value); break;
            case >= int.MinValue: BinaryPrimitives.WriteInt32BigEndian(Sized(0xd2, 4).Span, (int)value); break;
            default: BinaryPrimitives.WriteInt64BigEndian(Sized(0xd3, 8).Span, value); break;
        }
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        if (length <= 31) Byte((byte)(0xa0 | length));
        else Length(0xd9, length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public void WriteArrayHeader(int count)
    {
        if (count <= 15) Byte((byte)(0x90 | count));
        else Length(0xdc, count, sixteenOnly: true);
    }

    public void WriteMapHeader(int count)
    {
        if (count <= 15) Byte((byte)(0x80 | count));
        else Length(0xde, count, sixteenOnly: true);
    }

    private void Byte(byte b)
    {
        _buffer.GetSpan(1)[0] = b;
        _buffer.Advance(1);
    }

    /// <summary>A length after the code of its narrowest width: str has 8/16/32 (d9, da, db), array and map 16/32.</summary>
    private void Length(byte code, int length, bool sixteenOnly = false)
    {
        if (!sixteenOnly && length <= byte.MaxValue) Sized(code, 1).Span[0] = (byte)length;
        else if (length <= ushort.MaxValue) BinaryPrimitives.WriteUInt16BigEndian(Sized((byte)(code + (sixteenOnly ? 0 : 1)), 2).Span, (ushort)length);
        else BinaryPrimitives.WriteUInt32BigEndian(Sized((byte)(code + (sixteenOnly ? 1 : 2)), 4).Span, (uint)length);
    }

    /// <summary>Writes a code and returns the <paramref name="size"/> bytes after it to fill.</summary>
    private Payload Sized(byte code, int size)
    {
        Byte(code);
        var memory = _buffer.GetMemory(size)[..size];
        _buffer.Advance(size);
        return new Payload(memory);
    }

    private readonly record struct Payload(Memory<byte> Memory)
    {
        public Span<byte> Span => Memory.Span;

        public void WriteDouble(double value) => BinaryPrimitives.WriteDoubleBigEndian(Span, value);
    }
}
