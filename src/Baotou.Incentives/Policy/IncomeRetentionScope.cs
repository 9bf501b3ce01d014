namespace Baotou.Incentives.Policy;

/// <summary>
/// Which units 149号·（三）'s 职务科技成果转化所获得的收益，全部留归本单位，不上缴 reaches. The sentence follows the encouragement of
/// 职务科技成果所有权单位 to carry out 单列管理改革; 不上缴 speaks of income a unit would otherwise turn over to the state.
/// </summary>
public enum IncomeRetentionScope
{
    /// <summary>
    /// The units the measure makes responsible (责任单位：……在包各高校、科研院所、国企、事业单位): universities, research institutes,
    /// state-owned enterprises and public institutions. A private enterprise has nothing to turn over, and the decision says
    /// the sentence does not reach it. The default.
    /// </summary>
    ResponsibleUnits = 1,

    /// <summary>Every unit that owns a service achievement (职务科技成果所有权单位), whatever its kind.</summary>
    EveryOwningUnit = 2,
}
