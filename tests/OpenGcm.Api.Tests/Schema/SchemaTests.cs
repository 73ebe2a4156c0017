using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGcm.Api.Tests.Schema;

public sealed class SchemaTests(OpenGcmFactory factory) : IClassFixture<OpenGcmFactory>
{
    private static readonly string[] BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    private ISchema Schema
    {
        get
        {
            _ = factory.Server;
            var schema = factory.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// Owns schema.graphql: rewrites it locally, fails in CI (CI=true) when it is stale.
    [Fact]
    public void Schema_file_matches_the_running_schema()
    {
        var printed = Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryPaths.Root, "schema.graphql");
        var onDisk = File.Exists(path) ? File.ReadAllText(path) : null;
        if (onDisk == printed)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("schema.graphql is stale: run `dotnet test` locally and commit the rewritten file.");
        }

        File.WriteAllText(path, printed);
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Query", "states,state,objectives,objective,guidingPrinciples,reports,report,imrfSessions,imrfSession,node,dataset")]
    [InlineData("State", "id,iso3,iso2,m49,name,unStatus,region,subRegion,intermediateRegion,gcmVote,reports,migrantStock,sources")]
    [InlineData("Objective", "id,number,title,label,imrfSessions,reports,sources")]
    [InlineData("Report", "id,title,kind,symbol,year,publishedOn,url,state,region,reviewCycle,objectives,sources")]
    [InlineData("ImrfSession", "id,forum,kind,name,date,number,objectives,sources")]
    [InlineData("StatesConnection", "pageInfo,edges,nodes,totalCount")]
    [InlineData("PageInfo", "hasNextPage,hasPreviousPage,startCursor,endCursor")]
    [InlineData("Source", "title,url,licence")]
    [InlineData("GuidingPrinciple", "key,name")]
    public void Contract_fields_exist(string typeName, string fields)
    {
        var type = Assert.IsAssignableFrom<IComplexGraphType>(Schema.AllTypes[typeName]);
        var missing = fields.Split(',').Where(f => type.GetField(f) is null).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("UnStatus", "MEMBER,OBSERVER")]
    [InlineData("GcmVote", "YES,NO,ABSTAIN,NOT_VOTING")]
    [InlineData("ReportKind", "SECRETARY_GENERAL_REPORT,REGIONAL_REVIEW,VOLUNTARY_NATIONAL_REVIEW,OUTCOME_DOCUMENT,RESOLUTION")]
    [InlineData("ImrfSessionKind", "HEARING,OPENING,ROUND_TABLE,POLICY_DEBATE,PLENARY,CLOSING")]
    public void Contract_enum_values_exist(string typeName, string values)
    {
        var type = Assert.IsAssignableFrom<EnumerationGraphType>(Schema.AllTypes[typeName]);
        var names = type.Values.Select(v => v.Name).ToHashSet();
        Assert.All(values.Split(','), v => Assert.Contains(v, names));
    }
}
