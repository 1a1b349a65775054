using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>At most <see cref="MaxSessions"/> sessions of one service type in a package.</summary>
public sealed record ServiceTypeCapRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? ServiceType,
    [property: JsonRequired, Range(1, PackageTerms.MaxSessions)] int? MaxSessions);
