package nl.opgroeiruimte.casefile.infra.security;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
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
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.PostgresTestDatabase;
import nl.opgroeiruimte.casefile.infra.support.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The claims of a bearer token on the postgres profile in JWT mode, one probe per row of the attack
 * (issue 18): a token that does not name a caller the case file can hold to account is 401
 * {@code invalid-token} problem+json, and whatever it tried to record is not stored. The installation
 * checks issuer and audience because it is configured to.
 */
class JwtClaimMatrixIT extends PostgresIntegrationTest {
    private static final String ISSUER = "https://login.example.nl/realms/gemeente";
    private static final String AUDIENCE = "casefile";
    private static KeyPair keys;
    private static ConfigurableApplicationContext jwtService;
    private static int jwtPort;

    @BeforeAll
    static void anInstallationSigningInWithJwt() throws Exception {
        keys = rsa();
        Path publicKey = Files.createTempFile("casefile-jwt", ".pem");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        jwtService = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + PostgresTestDatabase.url(),
                        "--spring.datasource.username=" + PostgresTestDatabase.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        // a few requests at a time: the shared PostgreSQL has connections for many test contexts
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                        "--spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE,
                        "--casefile.security.token-issuer=" + ISSUER,
                        "--casefile.security.login-url=https://login.example.nl/realms/gemeente/account");
        jwtPort =
                ((ServletWebServerApplicationContext) jwtService).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (jwtService != null) jwtService.close();
    }

    // ------------------------------------------------------------------------------ the tenant-bound roles

    @Test
    void municipalStaffWithoutMunicipalityIsNoValidCaller() throws Exception {
        refusedAndNothingStored(token("municipal-staff", claims -> claims.claim("municipality", null)));
    }

    @Test
    void anAuditorWithoutMunicipalityIsNoValidCaller() throws Exception {
        refusedAndNothingStored(token("auditor", claims -> claims.claim("municipality", null)));
    }

    @Test
    void anInitiativeMemberWithoutInitiativeIsNoValidCaller() throws Exception {
        refusedAndNothingStored(token("initiative-member", claims -> {}));
    }

    @Test
    void aMunicipalityThatIsNoCbsCodeIsNoTenant() throws Exception {
        refusedAndNothingStored(
                token("municipal-staff", claims -> claims.claim("municipality", List.of("GM0193", "GM0301"))));
    }

    // -------------------------------------------------------------------------------------------- the role

    @Test
    void aTokenWithoutRoleIsRefused() throws Exception {
        refusedAndNothingStored(token(null, claims -> {}));
    }

    @Test
    void aTokenWithAnUnknownRoleIsRefused() throws Exception {
        refusedAndNothingStored(token("mayor", claims -> {}));
    }

    @Test
    void aTokenWithRolesAsAnArrayIsRefused() throws Exception {
        refusedAndNothingStored(
                token(null, claims -> claims.claim("role", List.of("administrator", "municipal-staff"))));
    }

    // ------------------------------------------------------------------------------ exp, sub, iss and aud

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        refusedAndNothingStored(token("administrator", claims -> claims.expirationTime(null)));
    }

    @Test
    void aTokenWithoutSubjectIsRefused() throws Exception {
        refusedAndNothingStored(token("administrator", claims -> claims.subject(null)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        refusedAndNothingStored(token("administrator", claims -> claims.issuer("https://elsewhere.example/realms/x")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        refusedAndNothingStored(token("administrator", claims -> claims.audience("another-service")));
    }

    @Test
    void aCompleteTokenIsAcceptedAndScopedToItsTenant() throws Exception {
        String zwolle = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        Api staff = bearer(token("municipal-staff", claims -> {}));
        eventually(() -> {
            Api.Response list = staff.get("/api/v1/cases?pageSize=500");
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.json().get("items").findValuesAsText("caseId")).contains(zwolle);
            assertThat(list.json().get("items").findValuesAsText("municipality"))
                    .containsOnly("GM0193");
        });
    }

    // ------------------------------------------------------------------------------- the JWT installation

    @Test
    void theChallengeIsBearerOnly() {
        Api.Response anonymous = new Api(jwtPort).anonymous().get("/api/v1/cases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw().headers().allValues("WWW-Authenticate")).containsExactly("Bearer");
        assertThat(anonymous.json().get("rule").asText()).isEqualTo("unauthenticated");
    }

    @Test
    void theErrorPathAnswersProblemJson() {
        Api.Response error = new Api(jwtPort).anonymous().get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(error.json().get("rule").asText()).isEqualTo("not-found");
    }

    @Test
    void aPageSendsToTheConfiguredLoginNeverToTheHostHeader() throws Exception {
        RawHttp.Response page =
                RawHttp.send(jwtPort, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("https://login.example.nl/realms/gemeente/account");
    }

    @Test
    void thePostgresProfileRefusesToStartWithoutDatabaseCredentials() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CaseFileApplication.class)
                        .profiles("postgres")
                        .run("--spring.datasource.url=" + PostgresTestDatabase.url(), "--server.port=0")
                        .close())
                .hasStackTraceContaining("no default database credentials");
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** 401 invalid-token problem+json, on a read and on a command; the command left nothing behind. */
    private void refusedAndNothingStored(String token) {
        Api caller = bearer(token);
        Api.Response read = caller.get("/api/v1/cases");
        assertThat(read.status()).as(read.toString()).isEqualTo(401);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("rule").asText()).isEqualTo("invalid-token");
        assertThat(read.header("WWW-Authenticate")).startsWith("Bearer");

        String caseId = "jwt-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Response command = caller.post(
                "/api/v1/cases",
                CaseJson.request("2024-03-01").replaceFirst("\\{", "{\"caseId\": \"" + caseId + "\", "));
        assertThat(command.status()).as(command.toString()).isEqualTo(401);
        assertThat(command.json().get("rule").asText()).isEqualTo("invalid-token");
        assertThat(storedEventCount(caseId))
                .as("facts stored by a refused token")
                .isZero();
    }

    private static Api bearer(String token) {
        return new Api(jwtPort).anonymous().header("Authorization", "Bearer " + token);
    }

    /** A token of Zwolle (municipality GM0193, no initiative) in {@code role} (null: none), changed by {@code change}. */
    private static String token(String role, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("p-anna")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("municipality", "GM0193")
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000));
        if (role != null) claims.claim("role", role);
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
