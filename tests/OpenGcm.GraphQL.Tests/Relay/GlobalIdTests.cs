using OpenGcm.GraphQL.Relay;

namespace OpenGcm.GraphQL.Tests.Relay;

public sealed class GlobalIdTests
{
    [Theory]
    [InlineData("State", "HUN")]
    [InlineData("Report", "sg-a-75-542")]
    [InlineData("Objective", "23")]
    public void Ids_round_trip(string type, string key)
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Encode(type, key), out var decodedType, out var decodedKey));
        Assert.Equal((type, key), (decodedType, decodedKey));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("SFVO")]
    [InlineData("OkhVTg")]
    [InlineData("U3RhdGU6")]
    public void Malformed_ids_are_rejected(string? id) => Assert.False(GlobalId.TryDecode(id, out _, out _));

    [Fact]
    public void Ids_are_opaque() => Assert.DoesNotContain("HUN", GlobalId.Encode("State", "HUN"), StringComparison.Ordinal);
}
