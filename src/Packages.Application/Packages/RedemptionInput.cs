using Packages.Domain.Common;

namespace Packages.Application.Packages;

internal static class RedemptionInput
{
    public static DomainError? Validate(string? appointmentId, string? serviceType)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(appointmentId), "appointmentId", "Give the appointment's id.")
            .Require(Identifiers.IsValid(serviceType), "serviceType", "Give the appointment's service type.");
        return errors.Any ? errors.ToError() : null;
    }
}
