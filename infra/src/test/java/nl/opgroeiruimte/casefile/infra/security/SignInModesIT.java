package nl.opgroeiruimte.casefile.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Date;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real installation signs people in with JWT bearer tokens from the organisation's identity provider;
 * local users are for the embedded default and never silently on a real database.
 */
class SignInModesIT extends PostgresIntegrationTest {

    @Test
    void onPostgresTheServiceRefusesToStartWithLocalUsersUnlessAllowed() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CaseFileApplication.class)
                        .profiles("postgres")
                        .run(
                                "--spring.datasource.url=" + PostgresTestDatabase.url(),
                                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                                "--spring.datasource.password=",
                                "--server.port=0",
                                "--casefile.security.mode=local")
                        .close())
                .hasStackTraceContaining("Local users are meant for the embedded default only");
    }

    @Test
    void aSignedTokenGrantsWhatItsRoleAllowsAndNothingElseGetsIn() throws Exception {
        KeyPair keys = rsa();
        Path publicKey = Files.createTempFile("casefile-jwt", ".pem");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");

        try (ConfigurableApplicationContext jwtService = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + PostgresTestDatabase.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey)) {
            int port = ((ServletWebServerApplicationContext) jwtService)
                    .getWebServer()
                    .getPort();
            Api staff =
                    new Api(port).anonymous().header("Authorization", "Bearer " + token(keys, "municipal-staff", 3600));

            Api.Response list = staff.get("/api/v1/cases?pageSize=500");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().get("items").findValuesAsText("municipality"))
                    .containsOnly("GM0193");
            assertThat(new Api(port).as("beheerder").get("/api/v1/cases").status())
                    .as("no local users here")
                    .isEqualTo(401);

            Api forged =
                    new Api(port).anonymous().header("Authorization", "Bearer " + token(rsa(), "administrator", 3600));
            Api.Response refused = forged.get("/api/v1/cases");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("rule").asText()).isEqualTo("invalid-token");

            Api expired =
                    new Api(port).anonymous().header("Authorization", "Bearer " + token(keys, "municipal-staff", -60));
            assertThat(expired.get("/api/v1/cases").status()).isEqualTo(401);
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String token(KeyPair keys, String role, long validSeconds) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("p-anna")
                .claim("role", role)
                .claim("municipality", "GM0193")
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + validSeconds * 1000))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }
}
