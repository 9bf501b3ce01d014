namespace Baotou.Incentives.Facts;

/// <summary>Which arrangement of 149号·（一） a pilot unit makes over a service achievement's ownership.</summary>
public enum OwnershipArrangementKind
{
    /// <summary>The unit and the completing team become co-owners (共同所有权人), each holding a share.</summary>
    CoOwnership = 1,

    /// <summary>The unit transfers its retained share to the team by technology transfer (让渡); the team then owns it all and transforms it itself (自主转化).</summary>
    TransferOfUnitShare = 2,
}
