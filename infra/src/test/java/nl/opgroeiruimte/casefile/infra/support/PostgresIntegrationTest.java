package nl.opgroeiruimte.casefile.infra.support;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as it runs in production, on the real PostgreSQL, with its own database for this
 * test run. Subclasses share one application context; each test makes its own cases, so tests do not
 * depend on each other's data.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@Import(TestClockConfiguration.class)
public abstract class PostgresIntegrationTest {

    /**
     * The tests sign in as the local mode's ready users, on PostgreSQL too, and as two more: civil servants
     * of Maashorst and of Uden, one of the municipalities it succeeded (MunicipalReorganisationIT). Given
     * here, for every test, so that all share one application context.
     */
    public static final java.util.Map<String, String> LOCAL_USERS = java.util.Map.ofEntries(
            java.util.Map.entry("casefile.security.mode", "local"),
            java.util.Map.entry("casefile.security.allow-local-users", "true"),
            java.util.Map.entry(
                    "casefile.security.local-users.ambtenaar-maashorst.password", "{noop}ambtenaar-maashorst"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-maashorst.role", "municipal-staff"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-maashorst.personId", "p-ambtenaar-maashorst"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-maashorst.municipality", "GM1991"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-uden.password", "{noop}ambtenaar-uden"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-uden.role", "municipal-staff"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-uden.personId", "p-ambtenaar-uden"),
            java.util.Map.entry("casefile.security.local-users.ambtenaar-uden.municipality", "GM0856"));

    /** Command-line arguments for a second application on the test database, signed in the same way. */
    public static String[] secondInstanceArgs(String... extra) {
        return instanceArgs(PostgresTestDatabase.url(), extra);
    }

    /** Command-line arguments for an application on the database at {@code url}, signed in the same way. */
    public static String[] instanceArgs(String url, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=",
                "--server.port=0"));
        LOCAL_USERS.forEach((key, value) -> args.add("--" + key + "=" + value));
        args.addAll(java.util.List.of(extra));
        return args.toArray(String[]::new);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private EventProcessingConfiguration processors;

    @BeforeEach
    void eventsAreStampedWithTheTestClock() {
        // a test that starts a second application context leaves Axon's static clock pointing at that one
        GenericEventMessage.clock = clock;
    }

    /** Commands name registered people only: those of the fixed test data are registered once per database. */
    @BeforeEach
    void theFixedTestPeopleAreRegistered() {
        People.registrar(api());
        People.ensureFixedPeople();
    }

    @AfterEach
    void backToTheRealDay() {
        clock.reset();
    }

    /**
     * A test that ran a second instance leaves every projection segment held by a running instance
     * again, so that the next test does not wait for a takeover: an instance that came and went within
     * seconds may have made the others give up segments for it, or left claims that only expire after
     * the claim timeout. (Other application contexts cached by the test framework are running instances
     * too, and share the segments.)
     */
    @AfterEach
    void everySegmentHeldByARunningInstanceAgain() {
        awaitEverySegmentHeldByARunningInstance();
    }

    protected void awaitEverySegmentHeldByARunningInstance() {
        Set<String> names = processors.eventProcessors().keySet();
        eventually(
                Duration.ofSeconds(60),
                () -> assertThat(jdbc.sql("""
                        select count(*) from tokenentry where processorname in (:processors)
                        and (owner is null or owner not in (select node_id from processing_instance))""")
                                .param("processors", names)
                                .query(Long.class)
                                .single())
                        .as("projection segments held by no running instance")
                        .isZero());
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
        LOCAL_USERS.forEach((key, value) -> registry.add(key, () -> value));
    }

    protected Api api() {
        return new Api(port);
    }

    protected long storedEventCount(String aggregateId) {
        return jdbc.sql("select count(*) from domainevententry where aggregateidentifier = ?")
                .param(aggregateId)
                .query(Long.class)
                .single();
    }
}
