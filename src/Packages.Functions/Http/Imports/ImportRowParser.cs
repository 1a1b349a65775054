using System.Globalization;
using System.Text.Json;
using Packages.Application.Common;
using Packages.Application.Imports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http.Imports;

/// <summary>
/// Reads one import row on its own, strictly: a row of the wrong shape, with a missing required field or a
/// duplicated key fails alone, with field errors, and never defaults a value it was not given.
/// </summary>
public static class ImportRowParser
{
    public static ImportRow Parse(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return ImportRow.Unreadable(null, DomainError.Validation("row", "Send each row as a JSON object."));
        }

        // Reported with the row's result even when the row cannot be read (but never text that is not valid UTF-16).
        var reference = element.TryGetProperty("externalReference", out var r) && r.ValueKind == JsonValueKind.String ? TextOf(r) : null;

        ImportRowRequest? row;
        try
        {
            row = element.Deserialize<ImportRowRequest>(ApiJson.Options);
        }
        catch (JsonException e)
        {
            return ImportRow.Unreadable(reference, JsonErrors.ToValidationError(e));
        }

        var errors = new FieldErrors()
            .Require(row!.PurchasedOn is not null, "purchasedOn", "Give the purchase date (" + ClinicCalendar.DateFormat + ").")
            .Require(row.SessionsUsed is not null, "sessionsUsed", "Give the number of sessions used.")
            .Require(row.AmountPaid?.AmountMinor is >= 0 and <= Money.MaxAmountMinor, "amountPaid.amountMinor", $"Give 0-{Money.MaxAmountMinor} minor units paid.")
            .Require(Money.IsCurrencyCode(row.AmountPaid?.Currency), "amountPaid.currency", "Give an ISO 4217 currency code, e.g. CAD.")
            .Require((row.History ?? []).All(h => h is { On: not null }), "history", "Give the date (on) of each session used.");
        if (errors.Any)
        {
            return ImportRow.Unreadable(reference, errors.ToError());
        }

        var history = (row.History ?? []).Select(h => new LegacyRedemption(h.On!.Value, h.ServiceType, h.AppointmentId)).ToArray();
        var legacy = new LegacyPackage(
            row.ExternalReference ?? "", row.ClientId ?? "", row.PurchasedOn!.Value, row.ExpiresOn, row.SessionsUsed!.Value,
            new Money(row.AmountPaid!.AmountMinor!.Value, row.AmountPaid.Currency!), history);
        return new ImportRow(row.OfferId, reference, legacy, Fingerprint(row.OfferId, legacy), null);
    }

    /// <summary>The string, or null when it holds a lone surrogate ("\ud800"), which GetString refuses with an exception.</summary>
    private static string? TextOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Fingerprint(string? offerId, LegacyPackage legacy) => RequestIdentity.Fingerprint(
        offerId, legacy.ExternalReference, legacy.ClientId, Day(legacy.PurchasedOn), legacy.ExpiresOn is { } e ? Day(e) : null,
        legacy.SessionsUsed, legacy.AmountPaid.AmountMinor, legacy.AmountPaid.Currency,
        string.Join(';', legacy.History.Select(h => $"{Day(h.On)},{h.ServiceType},{h.AppointmentId}")));

    private static string Day(DateOnly day) => ClinicCalendar.Format(day);
}
