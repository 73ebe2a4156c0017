using System.Linq.Expressions;

namespace OpenGcm.GraphQL.Querying;

/// Swaps one expression for another inside a tree (a lambda's parameter, a placeholder).
public sealed class ParameterReplacer(Expression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression replacement)
        => new ParameterReplacer(lambda.Parameters[0], replacement).Visit(lambda.Body)!;

    public static Expression Replace(Expression tree, Expression from, Expression to)
        => new ParameterReplacer(from, to).Visit(tree)!;

    public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
}
