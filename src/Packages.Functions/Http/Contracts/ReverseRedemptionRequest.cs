using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>cancelled gives the session back; lateCancel and noShow follow the package's late-cancel policy.</summary>
public sealed record ReverseRedemptionRequest([property: JsonRequired] ReversalReason? Reason);
