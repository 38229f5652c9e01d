namespace Mamori.Platform.Tests.Suite;

/// <summary>The use cases of the role matrix.</summary>
public enum UseCase
{
    Register,
    Get,
    Search,
    AddItems,
    AddEvents,
    Erase,
    Suspend,
    RecordConsent,
    ListConsents,
    DefinePurpose,
    PublishNotice,
    AddUser,
    ListUsers,
    CreateEntrustment,
    ListEntrustments,
    RequestExport,
    ReadAccessLog,
}
