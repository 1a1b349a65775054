namespace Packages.LocalHost.ServiceBus;

public enum Settlement
{
    None,
    Completed,
    Abandoned,
    DeadLettered,
    Deferred,
}
