using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-purchase-requested: a patient bought the package online; the payment system collects <see cref="Amount"/>
/// from <see cref="BuyerClientId"/> and posts payment-applied naming <see cref="PaymentReference"/> (the package id).
/// Unpaid at <see cref="HoldUntil"/>, the purchase is cancelled (package-cancelled).
/// </summary>
public sealed record PackagePurchaseRequested(string BuyerClientId, string OwnerClientId, Money Amount, string PaymentReference, DateTimeOffset HoldUntil) : PackageEventData;
