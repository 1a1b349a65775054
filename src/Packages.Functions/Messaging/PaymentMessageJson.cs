using System.Text.Json;
using System.Text.Json.Serialization;
using Packages.Functions.Http;

namespace Packages.Functions.Messaging;

/// <summary>
/// The JSON dialect of payment messages: the API's strict dialect (one enum name, strict numbers, a duplicated
/// key refused since it would make the message mean two things), except that unknown fields are ignored so a
/// payment system can add its own.
/// </summary>
public static class PaymentMessageJson
{
    public static JsonSerializerOptions Options { get; } = new(ApiJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };
}
