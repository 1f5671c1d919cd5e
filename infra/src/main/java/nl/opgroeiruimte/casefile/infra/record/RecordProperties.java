package nl.opgroeiruimte.casefile.infra.record;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's key for signing exports ({@code casefile.record.*}, docs/security.md).
 *
 * @param signingKey        the Ed25519 private key, base64 PKCS#8; with {@code signingPublicKey}, base64 X.509
 * @param signingKeyFile    where the key pair is kept when none is configured: generated there on first use
 *                          (the embedded default keeps it in its data directory)
 * @param trustedExportKeys public keys (base64 X.509) of other installations whose signed exports this one imports;
 *                          its own key is always trusted
 */
@ConfigurationProperties("casefile.record")
public record RecordProperties(
        String signingKey, String signingPublicKey, Path signingKeyFile, List<String> trustedExportKeys) {
    public RecordProperties {
        trustedExportKeys = trustedExportKeys == null ? List.of() : List.copyOf(trustedExportKeys);
    }
}
