namespace Packages.Application.Access;

/// <summary>An authenticated caller: a user id and the clinics they belong to, with a role in each.</summary>
public sealed record Caller(string UserId, IReadOnlyList<ClinicMembership> Memberships);
