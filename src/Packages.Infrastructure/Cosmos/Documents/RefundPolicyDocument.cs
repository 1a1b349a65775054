using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record RefundPolicyDocument(RefundMethod Method, long FeeFixedMinor, int FeeBasisPoints);
