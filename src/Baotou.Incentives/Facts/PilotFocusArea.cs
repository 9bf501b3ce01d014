namespace Baotou.Incentives.Facts;

/// <summary>What a pilot platform (中试平台) serves; 149号·（四） names the areas it supports, and <see cref="Other"/> is none of them.</summary>
public enum PilotFocusArea
{
    /// <summary>The two rare-earth bases (“两个稀土基地”).</summary>
    RareEarthBases = 1,

    /// <summary>The world's green silicon capital (“世界绿色硅都”).</summary>
    GreenSiliconCapital = 2,

    /// <summary>Onshore wind power equipment (陆上风电装备), one of the five strategic emerging industries.</summary>
    OnshoreWindEquipment = 3,

    /// <summary>Advanced metal materials (先进金属材料).</summary>
    AdvancedMetalMaterials = 4,

    /// <summary>Carbon fibre and polymer materials (碳纤维和高分子材料).</summary>
    CarbonFibreAndPolymerMaterials = 5,

    /// <summary>New-energy heavy trucks and their supply chain (新能源重卡及配套).</summary>
    NewEnergyHeavyTrucks = 6,

    /// <summary>Hydrogen energy and energy storage (氢能储能).</summary>
    HydrogenAndEnergyStorage = 7,

    /// <summary>Upgrading traditional industries to be high-end, intelligent and green (传统产业高端化、智能化、绿色化改造升级).</summary>
    TraditionalIndustryUpgrading = 8,

    /// <summary>None of the areas the measure names.</summary>
    Other = 9,
}
