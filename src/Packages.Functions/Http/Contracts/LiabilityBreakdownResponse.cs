using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>The packages behind a month's closing liability: each one's balance at the month's end; they add up to the closing of each currency.</summary>
public sealed record LiabilityBreakdownResponse(
    string ClinicId,
    string Month,
    string TimeZone,
    [property: Description("The month's end: balances are as of this instant.")] DateTimeOffset To,
    [property: Description("Each currency's total: the report's closing.")] MoneyDto[] Totals,
    PackageLiabilityResponse[] Packages);

public sealed record PackageLiabilityResponse(
    string PackageId,
    [property: Description("The package's owner at its last liability change up to the month's end (a whole transfer moves no liability, so a later one is not shown).")] string ClientId,
    [property: Description("Its paid, unused value at the month's end.")] MoneyDto Balance);
