using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace AwsIdentity.Provider.Terraform.Values;

/// <summary>What a read found: the value, another type, too few bytes, or bytes that are no msgpack.</summary>
public enum MsgpackStatus { Ok, WrongType, Truncated, Invalid }

/// <summary>
/// A bounds-checked msgpack reader over bytes (format: msgpack/msgpack spec.md). Every read checks the bytes left
/// before it takes any, and a declared length is compared with them before anything is allocated, so hostile input
/// costs at most its own length. It never throws; a failed read leaves the position where it was.
/// </summary>
public ref struct MsgpackReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _pos;

    public readonly int Position => _pos;
    public readonly int Remaining => _data.Length - _pos;
    public readonly bool AtEnd => _pos >= _data.Length;

    /// <summary>What the next value is, in words for an error message ("a map", "an extension value").</summary>
    public readonly string DescribeNext() => AtEnd ? "the end of the input" : _data[_pos] switch
    {
        <= 0x7f or >= 0xe0 or (>= 0xcc and <= 0xd3) or 0xca or 0xcb => "a number",
        <= 0x8f or 0xde or 0xdf => "a map",
        <= 0x9f or 0xdc or 0xdd => "an array",
        <= 0xbf or 0xd9 or 0xda or 0xdb => "a string",
        0xc0 => "null",
        0xc2 or 0xc3 => "a bool",
        0xc4 or 0xc5 or 0xc6 => "binary data",
        (>= 0xc7 and <= 0xc9) or (>= 0xd4 and <= 0xd8) => "an extension value",
        var b => $"the byte 0x{b:x2}, which starts no msgpack value",
    };

    public MsgpackStatus TryReadNil()
    {
        if (AtEnd) return MsgpackStatus.Truncated;
        if (_data[_pos] != 0xc0) return MsgpackStatus.WrongType;
        _pos++;
        return MsgpackStatus.Ok;
    }

    /// <summary>Skips a whole extension value (fixext 1-16, ext 8/16/32) and reports its type code.</summary>
    public MsgpackStatus TryReadExtension(out sbyte type)
    {
        type = 0;
        if (AtEnd) return MsgpackStatus.Truncated;
        var (header, length) = _data[_pos] switch
        {
            0xd4 => (1, 1L), 0xd5 => (1, 2L), 0xd6 => (1, 4L), 0xd7 => (1, 8L), 0xd8 => (1, 16L),
            0xc7 => (2, -1L), 0xc8 => (3, -1L), 0xc9 => (5, -1L),
            _ => (0, 0L),
        };
        if (header == 0) return MsgpackStatus.WrongType;
        if (length < 0)
        {
            if (!TryLength(_pos + 1, header - 1, out length)) return MsgpackStatus.Truncated;
        }
        // header, the type byte, then the payload
        if (Remaining < header + 1 + length) return MsgpackStatus.Truncated;
        type = (sbyte)_data[_pos + header];
        _pos += header + 1 + (int)length;
        return MsgpackStatus.Ok;
    }

    public MsgpackStatus TryReadBool(out bool value)
    {
        value = false;
        if (AtEnd) return MsgpackStatus.Truncated;
        if (_data[_pos] is not (0xc2 or 0xc3)) return MsgpackStatus.WrongType;
        value = _data[_pos++] == 0xc3;
        return MsgpackStatus.Ok;
    }

    /// <summary>Any integer width (signed or not) or float32/64, as a double.</summary>
    public MsgpackStatus TryReadNumber(out double value)
    {
        value = 0;
        if (AtEnd) return MsgpackStatus.Truncated;
        var b = _data[_pos];
        if (b <= 0x7f || b >= 0xe0)
        {
            value = (sbyte)b;
            _pos++;
            return MsgpackStatus.Ok;
        }
        var size = b switch { 0xcc or 0xd0 => 1, 0xcd or 0xd1 => 2, 0xca or 0xce or 0xd2 => 4, 0xcb or 0xcf or 0xd3 => 8, _ => 0 };
        if (size == 0) return MsgpackStatus.WrongType;
        if (Remaining < 1 + size) return MsgpackStatus.Truncated;
        var p = _data.Slice(_pos + 1, size);
        value = b switch
        {
            0xcc => p[0],
            0xcd => BinaryPrimitives.ReadUInt16BigEndian(p),
            0xce => BinaryPrimitives.ReadUInt32BigEndian(p),
            0xcf => BinaryPrimitives.ReadUInt64BigEndian(p),
            0xd0 => (sbyte)p[0],
            0xd1 => BinaryPrimitives.ReadInt16BigEndian(p),
            0xd2 => BinaryPrimitives.ReadInt32BigEndian(p),
            0xd3 => BinaryPrimitives.ReadInt64BigEndian(p),
            0xca => BinaryPrimitives.ReadSingleBigEndian(p),
            _ => BinaryPrimitives.ReadDoubleBigEndian(p),
        };
        _pos += 1 + size;
        return MsgpackStatus.Ok;
    }

    /// <summary>A str (fixstr, str 8/16/32), or bin when <paramref name="allowBinary"/>; the bytes must be UTF-8.</summary>
    public MsgpackStatus TryReadString(out string value, bool allowBinary = false)
    {
        value = "";
        if (AtEnd) return MsgpackStatus.Truncated;
        var b = _data[_pos];
        int header;
        long length;
        if (b is >= 0xa0 and <= 0xbf) (header, length) = (1, b & 0x1f);
        else if (b is 0xd9 or 0xda or 0xdb || (allowBinary && b is 0xc4 or 0xc5 or 0xc6))
        {
            var width = b is 0xd9 or 0xc4 ? 1 : b is 0xda or 0xc5 ? 2 : 4;
            if (!TryLength(_pos + 1, width, out length)) return MsgpackStatus.Truncated;
            header = 1 + width;
        }
        else return MsgpackStatus.WrongType;
        if (Remaining < header + length) return MsgpackStatus.Truncated;
        var bytes = _data.Slice(_pos + header, (int)length);
        if (!Utf8.IsValid(bytes)) return MsgpackStatus.Invalid;
        value = Encoding.UTF8.GetString(bytes);
        _pos += header + (int)length;
        return MsgpackStatus.Ok;
    }

    /// <summary>An array header; a count larger than the bytes left (each element takes one at least) is truncation.</summary>
    public MsgpackStatus TryReadArrayHeader(out int count) => TryReadHeader(0x90, 0xdc, 1, out count);

    /// <summary>A map header; each entry takes two bytes at least.</summary>
    public MsgpackStatus TryReadMapHeader(out int count) => TryReadHeader(0x80, 0xde, 2, out count);

    private MsgpackStatus TryReadHeader(byte fix, byte sixteen, int minBytesPerItem, out int count)
    {
        count = 0;
        if (AtEnd) return MsgpackStatus.Truncated;
        var b = _data[_pos];
        int header;
        long n;
        if (b >= fix && b <= fix + 0x0f) (header, n) = (1, b & 0x0f);
        else if (b == sixteen || b == sixteen + 1)
        {
            var width = b == sixteen ? 2 : 4;
            if (!TryLength(_pos + 1, width, out n)) return MsgpackStatus.Truncated;
            header = 1 + width;
        }
        else return MsgpackStatus.WrongType;
        if ((Remaining - header) / minBytesPerItem < n) return MsgpackStatus.Truncated;
        count = (int)n;
        _pos += header;
        return MsgpackStatus.Ok;
    }

    /// <summary>A big-endian unsigned length of 1, 2 or 4 bytes at <paramref name="at"/>.</summary>
    private readonly bool TryLength(int at, int width, out long length)
    {
        length = 0;
        if (_data.Length - at < width) return false;
        var p = _data.Slice(at, width);
        length = width switch
        {
            1 => p[0],
            2 => BinaryPrimitives.ReadUInt16BigEndian(p),
            _ => BinaryPrimitives.ReadUInt32BigEndian(p),
        };
        return true;
    }
}
