using System.Buffers.Binary;
using System.Text;

namespace OpenGcm.GraphQL.Http;

/// A cached GET answer; as bytes for the shared cache: content-type length (4 bytes), content type (UTF-8), body.
public sealed record CachedResponse(string ContentType, byte[] Body)
{
    public byte[] ToBytes()
    {
        var type = Encoding.UTF8.GetBytes(ContentType);
        var bytes = new byte[4 + type.Length + Body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, type.Length);
        type.CopyTo(bytes, 4);
        Body.CopyTo(bytes, 4 + type.Length);
        return bytes;
    }

    /// Null for bytes that are not a cached response (another program's key, a truncated value).
    public static CachedResponse? FromBytes(byte[] bytes)
    {
        if (bytes.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (length < 0 || length > 200 || 4 + length > bytes.Length)
        {
            return null;
        }

        return new CachedResponse(Encoding.UTF8.GetString(bytes, 4, length), bytes[(4 + length)..]);
    }
}
