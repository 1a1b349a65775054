namespace Packages.Functions.Composition;

/// <summary>
/// What only the local host enables: development tokens signed with <paramref name="SigningKey"/> (HS256), and
/// running without Service Bus settings (it records events itself). Program.cs never creates one, so no app
/// setting can turn development tokens on in Azure; Auth__signingKey there stops the start (SettingsRules).
/// </summary>
public sealed record LocalDevelopment(string? SigningKey);
