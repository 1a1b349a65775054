using Packages.Application.Refunds;
using Packages.Application.Purchases;
using Packages.Application.Transfers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Packages.Application.Clinics;
using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Expiry;
using Packages.Application.Imports;
using Packages.Application.Freezes;
using Packages.Application.Liability;
using Packages.Application.Memberships;
using Packages.Application.Outbox;
using Packages.Application.Reminders;
using Packages.Application.Offers;
using Packages.Application.Packages;
using Packages.Application.Payments;
using Packages.Functions.Http;
using Packages.Functions.Security;
using Packages.Infrastructure;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Messaging;
using Packages.Infrastructure.Resilience;

namespace Packages.Functions.Composition;

/// <summary>
/// The one composition root, shared by Program.cs (Functions host) and the local host, so both run
/// the same services. Hosts may add ICosmosClientConfigurer or replace TimeProvider before calling it.
/// </summary>
public static class PackagesBackend
{
    /// <param name="localHost">Only the local host passes this: it alone may accept development tokens.</param>
    public static IServiceCollection AddPackagesBackend(this IServiceCollection services, IConfiguration configuration, LocalDevelopment? localHost = null)
    {
        services.AddOptions<StartupSettings>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StartupSettings>>(new StartupSettingsValidation(configuration, localHost is not null));
        services.TryAddSingleton(TimeProvider.System);

        // Polly logs every attempt at Information (two lines per Cosmos call); retries and failures are Warning.
        services.AddLogging(logging => logging.AddFilter("Polly", LogLevel.Warning));
        services.AddCosmosPersistence(AppSettings.ReadCosmos(configuration), AppSettings.ReadResilience(configuration));
        services.AddServiceBusEventPublishing(AppSettings.ReadServiceBus(configuration));

        services.AddSingleton(AppSettings.ReadAuth(configuration) with { DevelopmentSigningKey = localHost?.SigningKey });
        services.AddSingleton(sp => new BearerTokenAuthenticator(sp.GetRequiredService<AuthSettings>()));
        services.AddSingleton<HttpAccessGate>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<HttpFunctionPipeline>();

        services.AddSingleton<PackagesMetrics>();
        services.AddSingleton(AppSettings.ReadOutbox(configuration));
        services.AddSingleton<LiabilityProjection>();
        services.AddSingleton<PackageWriter>();
        services.AddSingleton<TimerItems>();
        services.AddSingleton<PackageTimerWork>();
        services.AddSingleton<PackageUpdater>();
        services.AddSingleton<AppointmentRedemption>();
        services.AddSingleton<OfferUpdater>();
        foreach (var useCase in UseCases)
        {
            services.AddSingleton(useCase);
        }

        return services;
    }

    /// <summary>Every use case class, one per file in the application layer.</summary>
    private static readonly Type[] UseCases =
    [
        typeof(RegisterClinic), typeof(CreateOffer), typeof(ReviseOffer), typeof(ArchiveOffer), typeof(GetOffer), typeof(ListOffers),
        typeof(SellPackage), typeof(GetPackage), typeof(ListClientPackages), typeof(GetPackageHistory), typeof(GetReceipt),
        typeof(RedeemSession), typeof(RedeemForClient), typeof(ReverseRedemption), typeof(ChangeExpiry), typeof(CancelPackage),
        typeof(DeletePackage), typeof(ImportPackages), typeof(RecordPayment), typeof(ExpirePackages), typeof(DispatchOutbox),
        typeof(SendReminders), typeof(ManageBeneficiaries), typeof(TransferPackage), typeof(TransferSessions), typeof(CompleteTransfers),
        typeof(BuyOnline), typeof(GetPurchase), typeof(CancelUnpaidPurchases), typeof(RefundPackage),
        typeof(ReportLiability), typeof(ListLiabilityPackages), typeof(FreezePackage),
        typeof(EnrolMember), typeof(GetMembership), typeof(RedeemMembershipSession), typeof(ChangeMembership), typeof(RenewMembership),
        typeof(RenewMemberships), typeof(MembershipReader),
    ];
}
