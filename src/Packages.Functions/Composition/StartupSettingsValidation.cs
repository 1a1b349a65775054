using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Packages.Functions.Composition;

/// <summary>The options the start validates: every setting the app reads, through <see cref="SettingsRules"/>.</summary>
public sealed class StartupSettings;

/// <summary>
/// Registered with ValidateOnStart, so the host refuses to start (OptionsValidationException listing each
/// setting) before any trigger runs, rather than failing on the first request or message.
/// </summary>
internal sealed class StartupSettingsValidation(IConfiguration configuration, bool localHost) : IValidateOptions<StartupSettings>
{
    public ValidateOptionsResult Validate(string? name, StartupSettings options) =>
        SettingsRules.Check(configuration, localHost) is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems)
            : ValidateOptionsResult.Success;
}
