using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenGcm.GraphQL.Lists;

namespace OpenGcm.Api.Tests.Graph;

/// Lists read only the columns their selected fields declare (issue #11). Two guards: every field of
/// a list-served type declares its columns, and each field answers the same through a list (its
/// declared columns only) as through `node(id:)` (the whole row): a field reading a column it did
/// not declare would come back empty from the list. (The first and the last 24 items: the root-field limit is 25.)
public sealed class ColumnDeclarationTests(ColumnDeclarationTests.PatientFactory factory) : IClassFixture<ColumnDeclarationTests.PatientFactory>
{
    public static TheoryData<string, string> ListServedTypes => new()
    {
        { "State", "states" },
        { "Objective", "objectives" },
        { "Report", "reports" },
        { "ImrfSession", "imrfSessions" },
    };

    [Theory]
    [MemberData(nameof(ListServedTypes))]
    public void Every_field_of_a_list_served_type_declares_its_columns(string typeName, string listField)
    {
        Assert.NotEmpty(listField);
        Assert.Empty(Columns.Undeclared(Type(typeName)));
    }

    [Theory]
    [MemberData(nameof(ListServedTypes))]
    public async Task Each_field_answers_the_same_from_a_list_as_from_the_whole_row(string typeName, string listField)
    {
        var client = factory.CreateClient();
        var pages = new[] { "first: 24", "last: 24" };
        foreach (var (field, page) in Type(typeName).Fields.Where(f => f.Name != "id").SelectMany(f => pages.Select(p => (f, p))))
        {
            var selection = field.Name + Subselection(field);
            var list = await client.DataAsync($"{{ {listField}({page}) {{ nodes {{ id {selection} }} }} }}");
            var nodes = (JArray)list[listField]!["nodes"]!;
            var lookups = string.Join(' ', nodes.Select((n, i) => $"n{i}: node(id: \"{n["id"]}\") {{ ... on {typeName} {{ id {selection} }} }}"));
            var rows = await client.DataAsync($"{{ {lookups} }}");

            for (var i = 0; i < nodes.Count; i++)
            {
                Assert.True(JToken.DeepEquals(nodes[i], rows[$"n{i}"]), $"{typeName}.{field.Name}: list {nodes[i]} but row {rows[$"n{i}"]}");
            }
        }
    }

    private IComplexGraphType Type(string name)
    {
        _ = factory.Server;
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return (IComplexGraphType)schema.AllTypes[name]!;
    }

    /// A leaf under an object field: a connection's `totalCount`, else the object's first scalar field
    /// (through nested objects such as `names { en { short } }`).
    private static string Subselection(FieldType field)
    {
        var type = field.ResolvedType!.GetNamedType();
        if (type is not IComplexGraphType complex)
        {
            return string.Empty;
        }

        if (complex.GetField("totalCount") is not null)
        {
            return " { totalCount nodes { id } }";
        }

        var leaf = complex.Fields.FirstOrDefault(f => f.ResolvedType!.GetNamedType() is ScalarGraphType or EnumerationGraphType && f.Arguments is null or { Count: 0 })
            ?? complex.Fields.First();
        return $" {{ {leaf.Name}{Subselection(leaf)} }}";
    }

    /// Each check is one query with 24 lookups: on a busy test machine it may pass the 5 s request timeout.
    public sealed class PatientFactory : OpenGcmFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenGcm:Limits:TimeoutSeconds", "60");
        }
    }
}
