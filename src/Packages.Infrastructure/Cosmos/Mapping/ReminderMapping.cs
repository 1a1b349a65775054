using Packages.Domain.Clinics;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class ReminderMapping
{
    public static ReminderPolicyDocument? ToDocument(this ReminderPolicy policy) =>
        policy == ReminderPolicy.Default ? null : new([.. policy.ExpiringSoonDays], policy.SessionsLowAt);

    public static ReminderPolicy? ToPolicy(this ReminderPolicyDocument? document) =>
        document is null ? null : new ReminderPolicy(document.ExpiringSoonDays, document.SessionsLowAt);

    public static ExpiryRemindersDocument? ToDocument(this ExpiryReminders? sent) => sent is null ? null : new(sent.For, [.. sent.Days]);

    public static ExpiryReminders? ToReminders(this ExpiryRemindersDocument? document) => document is null ? null : new(document.For, document.Days);
}
