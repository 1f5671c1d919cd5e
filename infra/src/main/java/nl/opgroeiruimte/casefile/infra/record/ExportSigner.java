package nl.opgroeiruimte.casefile.infra.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs export manifests with the installation's Ed25519 key (the JDK's own), and tells whether a signed
 * manifest comes from a trusted installation. Whoever edits an export can recompute every hash in it, but
 * cannot sign it again without the key.
 */
public class ExportSigner {
    public static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(ExportSigner.class);
    private final PrivateKey privateKey;
    private final String publicKey;
    private final Set<String> trusted = new HashSet<>();

    public ExportSigner(RecordProperties properties) {
        KeyPair pair = keyPair(properties);
        this.privateKey = pair.getPrivate();
        this.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        trusted.add(publicKey);
        trusted.addAll(properties.trustedExportKeys());
    }

    /** This installation's public key, base64 X.509, as a manifest names its signer. */
    public String publicKey() {
        return publicKey;
    }

    public String sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(content);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The export could not be signed", e);
        }
    }

    public boolean isTrusted(String signerPublicKey) {
        return signerPublicKey != null && trusted.contains(signerPublicKey);
    }

    /** Whether {@code signatureValue} is the signer's signature of {@code content}; false for anything malformed. */
    public static boolean verifies(String signerPublicKey, byte[] content, String signatureValue) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(signerPublicKey)));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(Base64.getDecoder().decode(signatureValue));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static KeyPair keyPair(RecordProperties properties) {
        try {
            if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
                return decode(properties.signingKey(), properties.signingPublicKey());
            }
            Path file = properties.signingKeyFile() == null
                            || properties.signingKeyFile().toString().isBlank()
                    ? null
                    : properties.signingKeyFile();
            if (file != null && Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                return decode(lines.get(0), lines.get(1));
            }
            KeyPair generated = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            if (file != null) {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
                Files.write(
                        file,
                        List.of(
                                Base64.getEncoder()
                                        .encodeToString(generated.getPrivate().getEncoded()),
                                Base64.getEncoder()
                                        .encodeToString(generated.getPublic().getEncoded())),
                        StandardCharsets.US_ASCII);
                log.info("Generated this installation's export signing key in {}", file);
            } else {
                log.warn(
                        "No export signing key configured (casefile.record.signing-key): exports are signed with a key "
                                + "that lasts until the service stops, and cannot be imported after a restart");
            }
            return generated;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("casefile.record: the export signing key is not an Ed25519 key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("casefile.record: the export signing key file cannot be read or written", e);
        }
    }

    private static KeyPair decode(String privateKey, String publicKey) throws GeneralSecurityException {
        if (publicKey == null || publicKey.isBlank()) {
            throw new IllegalStateException(
                    "casefile.record.signing-public-key must accompany casefile.record.signing-key");
        }
        KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
        return new KeyPair(
                keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey.trim()))),
                keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey.trim()))));
    }
}
