using System.Buffers.Text;
using System.Globalization;
using System.Text;

using OpenGcm.GraphQL.Errors;

namespace OpenGcm.GraphQL.Paging;

/// Opaque offset cursors: base64url of "o:{index}". The same request always yields the same cursors.
public static class Cursor
{
    private const string Prefix = "o:";

    public static string Encode(int index)
        => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor, string argumentName)
    {
        if (cursor.Length is > 0 and <= 64)
        {
            try
            {
                var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
                if (text.StartsWith(Prefix, StringComparison.Ordinal)
                    && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && Encode(index) == cursor)
                {
                    return index;
                }
            }
            catch (FormatException)
            {
                // Falls through to the error below.
            }
        }

        throw new ArgumentValueError(ErrorCodes.InvalidCursor, $"The cursor given in `{argumentName}` is not a cursor of this API. Use a `cursor` or "
            + "`pageInfo.endCursor`/`startCursor` value returned by a previous request.");
    }
}
