using System.Reflection;
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
    /// Every type with a list definition (`*List.Definition`), found by reflection: a new entity is checked here
    /// without an edit to this file.
    public static TheoryData<string> ListServedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in ListDefinitionTypeNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Every_root_list_serves_a_type_with_a_list_definition()
    {
        var rootListTypes = Schema().Query.Fields.Select(f => NodeTypeOf(f)?.Name).OfType<string>().ToList();

        Assert.NotEmpty(rootListTypes);
        Assert.All(rootListTypes, name => Assert.Contains(name, ListDefinitionTypeNames()));
    }

    [Theory]
    [MemberData(nameof(ListServedTypes))]
    public void Every_field_of_a_list_served_type_declares_its_columns(string typeName)
        => Assert.Empty(Columns.Undeclared(Type(typeName)));

    /// For every list-served type with global ids (`node(id:)` reads the whole row) and a root list.
    [Fact]
    public async Task Each_field_answers_the_same_from_a_list_as_from_the_whole_row()
    {
        var compared = new List<string>();
        foreach (var typeName in ListDefinitionTypeNames())
        {
            var listField = Schema().Query.Fields.FirstOrDefault(f => NodeTypeOf(f)?.Name == typeName)?.Name;
            if (listField is not null && Type(typeName) is IObjectGraphType type && type.ResolvedInterfaces.Any(i => i.Name == "Node"))
            {
                await CompareAsync(type, listField);
                compared.Add(typeName);
            }
        }

        Assert.Contains("State", compared);
    }

    private async Task CompareAsync(IObjectGraphType type, string listField)
    {
        var client = factory.CreateClient();
        var pages = new[] { "first: 24", "last: 24" };
        foreach (var (field, page) in type.Fields.Where(f => f.Name != "id").SelectMany(f => pages.Select(p => (f, p))))
        {
            var selection = field.Name + Subselection(field);
            var list = await client.DataAsync($"{{ {listField}({page}) {{ nodes {{ id {selection} }} }} }}");
            var nodes = (JArray)list[listField]!["nodes"]!;
            var lookups = string.Join(' ', nodes.Select((n, i) => $"n{i}: node(id: \"{n["id"]}\") {{ ... on {type.Name} {{ id {selection} }} }}"));
            var rows = await client.DataAsync($"{{ {lookups} }}");

            for (var i = 0; i < nodes.Count; i++)
            {
                Assert.True(JToken.DeepEquals(nodes[i], rows[$"n{i}"]), $"{type.Name}.{field.Name}: list {nodes[i]} but row {rows[$"n{i}"]}");
            }
        }
    }

    private static IEnumerable<string> ListDefinitionTypeNames()
        => typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(ListDefinition<,>))
            .Select(f => (string)f.FieldType.GetProperty("TypeName")!.GetValue(f.GetValue(null))!)
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// The item type of a root connection (`states { nodes }`), or null for any other root field.
    private static IGraphType? NodeTypeOf(FieldType field)
        => field.ResolvedType?.GetNamedType() is IComplexGraphType connection && connection.GetField("nodes") is { } nodes
            ? nodes.ResolvedType!.GetNamedType()
            : null;

    private ISchema Schema()
    {
        _ = factory.Server;
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    private IComplexGraphType Type(string name) => (IComplexGraphType)Schema().AllTypes[name]!;

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
