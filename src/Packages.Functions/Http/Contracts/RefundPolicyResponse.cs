using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

public sealed record RefundPolicyResponse(RefundMethod Method, long FeeFixedMinor, int FeeBasisPoints);
