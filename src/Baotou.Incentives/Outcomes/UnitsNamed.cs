namespace Baotou.Incentives.Outcomes;

/// <summary>The units a sentence of 149号 names, as a finding that a unit is outside it quotes them.</summary>
public enum UnitsNamed
{
    /// <summary>高校、科研院所: universities and research institutes (（三）作价入股, （七）, （八）national award, （九）).</summary>
    UniversitiesAndResearchInstitutes = 1,

    /// <summary>国有企业、科研院所、高校: state-owned enterprises, research institutes and universities (（八）80% / 10%).</summary>
    StateOwnedEnterprisesResearchInstitutesAndUniversities = 2,

    /// <summary>在包各高校、科研院所、国企、事业单位: the units the measures make responsible (（三）income retained, by default).</summary>
    ResponsibleUnits = 3,

    /// <summary>职务科技成果所有权单位: every unit that owns a service achievement (（三）income retained, on the wider reading).</summary>
    OwningUnits = 4,
}
