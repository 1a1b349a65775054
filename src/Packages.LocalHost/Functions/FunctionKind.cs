namespace Packages.LocalHost.Functions;

public enum FunctionKind
{
    Http,
    ServiceBus,
    Timer,
}
