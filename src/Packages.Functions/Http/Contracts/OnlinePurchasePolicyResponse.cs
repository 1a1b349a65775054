namespace Packages.Functions.Http.Contracts;

public sealed record OnlinePurchasePolicyResponse(int HoldHours, int MaxUnpaidPerClient);
