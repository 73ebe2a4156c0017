using System.ComponentModel;

namespace OpenGcm.Api.MigrantStocks;

[Description("Sex, as UN DESA's estimates are split.")]
public enum Sex
{
    [Description("Women and girls.")]
    Female,

    [Description("Men and boys.")]
    Male,
}
