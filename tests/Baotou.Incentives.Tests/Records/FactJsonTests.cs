using Baotou.Incentives.Facts;
using Baotou.Incentives.Records;

namespace Baotou.Incentives.Tests.Records;

/// <summary>Every kind of fact a case may hold can be written to and read from a record.</summary>
public sealed class FactJsonTests
{
    [Fact]
    public void Every_kind_of_fact_has_a_JSON_registration()
    {
        FactJson.Kinds.Select(k => k.Type).Should().BeEquivalentTo(FactKinds.InCanonicalOrder,
            "a fact kind without one could not be recorded or read from a case file");
    }

    [Fact]
    public void Kind_names_are_the_camel_case_type_names()
    {
        FactJson.KindNames.Should().Contain(["unit", "technologyContract", "paymentReceived", "transactionPublicity", "liabilityReview"]);
    }
}
