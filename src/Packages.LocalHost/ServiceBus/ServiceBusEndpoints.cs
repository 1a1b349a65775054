namespace Packages.LocalHost.ServiceBus;

/// <summary>
/// POST /local/servicebus/{queue} delivers the request body as one message (Message-Id header optional)
/// and answers with its settlement; GET /local/servicebus/{queue}/deadletter lists dead-lettered ones.
/// </summary>
public static class ServiceBusEndpoints
{
    public static void MapLocalServiceBus(this WebApplication app)
    {
        app.MapPost("local/servicebus/{queue}", async (string queue, HttpRequest request, LocalServiceBus bus, CancellationToken cancellationToken) =>
        {
            if (bus.FunctionFor(queue) is not { } function)
            {
                return Results.Problem(statusCode: 404, title: "No function listens on this queue.", detail: $"Queue '{queue}'.");
            }

            var body = await BinaryData.FromStreamAsync(request.Body, cancellationToken);
            var messageId = request.Headers["Message-Id"].FirstOrDefault() ?? Guid.NewGuid().ToString("N");
            return Results.Ok(await bus.DeliverAsync(function, queue, body, messageId, cancellationToken));
        });
        app.MapGet("local/servicebus/{queue}/deadletter", (string queue, LocalServiceBus bus) => Results.Ok(bus.DeadLetters(queue)));
    }
}
