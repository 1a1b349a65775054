namespace Packages.Application.Expiry;

public sealed record SweepReport(int ClinicsVisited, int PackagesExpired);
