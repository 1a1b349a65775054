using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record ExpiryPolicyDocument(int Count, ExpiryUnit Unit);
