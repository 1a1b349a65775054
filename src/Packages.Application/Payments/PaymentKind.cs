namespace Packages.Application.Payments;

public enum PaymentKind
{
    Applied,
    Unapplied,
}
