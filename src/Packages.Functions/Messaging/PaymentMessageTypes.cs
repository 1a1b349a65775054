namespace Packages.Functions.Messaging;

public static class PaymentMessageTypes
{
    public const string Applied = "payment-applied";
    public const string Unapplied = "payment-unapplied";
    public const string Refunded = "payment-refunded";
}
