using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record PaymentDocument(string PaymentId, MoneyDocument Amount, PaymentState State, DateTimeOffset RecordedAt);
