namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record OnlinePurchasePolicyDocument(int HoldHours, int MaxUnpaidPerClient);
