namespace Mamori.Core.Incidents;

/// <summary>Where an incident stands. Stored by name: do not rename.</summary>
public enum IncidentStatus
{
    /// <summary>調査中: being investigated, nothing sent yet.</summary>
    Investigating,

    /// <summary>速報済: the preliminary report (Rules Art. 8(1)) went to the PPC.</summary>
    PreliminaryReported,

    /// <summary>確報済: the final report (Rules Art. 8(2)) went to the PPC.</summary>
    FinalReported,

    /// <summary>委託元へ通知済: as a contractor, the entrusting business was told (Art. 26(1) proviso).</summary>
    EntrustingBusinessNotified,

    /// <summary>対応終了: closed.</summary>
    Closed,
}
