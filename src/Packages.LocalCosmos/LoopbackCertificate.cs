using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Packages.LocalCosmos;

/// <summary>A throw-away self-signed certificate for 127.0.0.1/localhost, written as PEM files for node.</summary>
internal static class LoopbackCertificate
{
    public static (X509Certificate2 Certificate, string CertPath, string KeyPath) Write(string directory)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));

        var certPath = Path.Combine(directory, "cert.pem");
        var keyPath = Path.Combine(directory, "key.pem");
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return (X509CertificateLoader.LoadCertificate(certificate.RawData), certPath, keyPath);
    }
}
