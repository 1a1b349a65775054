using Packages.Domain.Common;

namespace Packages.Application.Packages;

internal static class RedemptionInput
{
    public static DomainError? Validate(string? appointmentId, string? clientId, string? serviceType)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(appointmentId), "appointmentId", "Give the appointment's id.")
            .Require(Identifiers.IsValid(clientId), "clientId", Identifiers.Message("the id of the client served (the owner or a beneficiary)"))
            .Require(Identifiers.IsValid(serviceType), "serviceType", "Give the appointment's service type.");
        return errors.Any ? errors.ToError() : null;
    }
}
