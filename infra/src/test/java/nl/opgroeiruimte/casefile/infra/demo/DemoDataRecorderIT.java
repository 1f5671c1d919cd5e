package nl.opgroeiruimte.casefile.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.command.people.RegisteredPeople;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.record.ChainVerifier;
import nl.opgroeiruimte.casefile.infra.record.EventChain;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicators;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo cases are recorded by the case file itself, and every one of their events says so in its stored
 * metadata, inside the hash chain: a demo fact can never pass for one a person recorded.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDataRecorderIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void embeddedDefaultWithDemoData(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-demo");
        registry.add("casefile.data-dir", dir::toString);
        registry.add("casefile.demo-data.enabled", () -> "true");
    }

    /** The early-warning state each demo case shows on the day the demo is started, whichever day that is. */
    static final Map<String, String> STATES = new TreeMap<>(Map.of(
            "zwolle-warmtenet-assendorp", "GO",
            "amsterdam-ketelhuis", "GO",
            "hilversum-green-deal-hilverzon", "GO",
            "zwolle-zon-op-stadshagen", "ATTENTION",
            "den-haag-warmtenet-bomenbuurt", "ATTENTION",
            "delft-tanthof-duurzaam", "ATTENTION",
            "zutphen-warmtenet-de-hoven", "STOP_RISK",
            "amsterdam-warmtecollectief-fictiefbuurt", "STOP_RISK",
            "zutphen-energieloket", "closed",
            "den-haag-zon-duinoord", "closed"));

    /** The state each demo case shows today, by the service's clock. */
    static Map<String, String> statesToday(IndicatorService indicators) {
        Map<String, String> actual = new TreeMap<>();
        STATES.keySet().forEach(caseId -> {
            CaseIndicators now = indicators.evaluate(caseId, null);
            actual.put(caseId, now.closed() ? "closed" : now.status().name());
        });
        return actual;
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainVerifier verifier;

    @Autowired
    IndicatorService indicators;

    private record Stored(String stream, long sequence, String type, JsonNode metadata) {}

    private List<Stored> storedEvents() {
        return jdbc.sql("select aggregateidentifier, sequencenumber, payloadtype, metadata from domainevententry")
                .query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3), tree(rs.getBytes(4))))
                .list();
    }

    private static JsonNode tree(byte[] metadata) {
        try {
            return JSON.readTree(metadata);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyDemoEventNamesTheCaseFileItselfAsRecorderInItsStoredMetadata() {
        List<Stored> events = storedEvents();
        assertThat(events).as("the demo was recorded on the first start").hasSizeGreaterThan(100);

        Map<String, Integer> byRecorder = new TreeMap<>();
        for (Stored e : events) {
            byRecorder.merge(
                    e.metadata().path("recorder.kind").asText("none") + " / "
                            + e.metadata().path("recorder.source").asText("none"),
                    1,
                    Integer::sum);
        }
        assertThat(events).as("who recorded what: %s", byRecorder).allSatisfy(e -> {
            assertThat(e.metadata().path("recorder.kind").asText())
                    .as("%s %s of %s", e.type(), e.sequence(), e.stream())
                    .isEqualTo("system");
            assertThat(e.metadata().path("recorder.personId").asText()).isEqualTo("system");
            // a deadline of a demo case that fell due since is the case file's too, said as such
            assertThat(e.metadata().path("recorder.source").asText()).matches("demo data|deadline .*");
            assertThat(e.metadata().path("recorder.userName").isMissingNode())
                    .as("no signed-in person")
                    .isTrue();
            assertThat(e.metadata().path(EventChain.HASH).asText()).hasSize(64);
        });
        assertThat(byRecorder).containsKey("system / demo data");

        assertThat(verifier.verifyAll())
                .allSatisfy(verdict ->
                        assertThat(verdict.intact()).as(verdict.toString()).isTrue());
    }

    /** Every state of the early warning shows on the day the demo is started, each where the story puts it. */
    @Test
    void theDemoShowsEveryStateOfTheEarlyWarningWhereItsStoriesPutIt() {
        assertThat(statesToday(indicators)).isEqualTo(STATES);
    }

    /**
     * The demo is recorded by the case file itself and so not held to the people check of signed-in
     * callers; it keeps to it all the same: every case is for a registered municipality and initiative, and
     * every person any of its facts names is in the people register.
     */
    @Test
    void theDemoNamesOnlyRegisteredPartiesAndPeople() {
        record Payload(String stream, String type, JsonNode json) {}
        List<Payload> payloads = jdbc.sql("select aggregateidentifier, payloadtype, payload from domainevententry")
                .query((rs, n) -> new Payload(rs.getString(1), rs.getString(2), tree(rs.getBytes(3))))
                .list();
        java.util.Set<String> streams = new java.util.HashSet<>();
        payloads.forEach(p -> streams.add(p.stream()));
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (Payload p : payloads) {
            if (p.type().endsWith("OpgroeiruimteRequested")) {
                String municipality = MunicipalityCommand.streamId(
                        p.json().get("municipality").asText());
                String initiative =
                        InitiativeCommand.streamId(p.json().get("initiative").asText());
                if (!streams.contains(municipality)) missing.add(p.stream() + ": " + municipality);
                if (!streams.contains(initiative)) missing.add(p.stream() + ": " + initiative);
            }
            java.util.List<String> people = new java.util.ArrayList<>();
            personIds(p.json(), people);
            for (String personId : people) {
                if (personId.equals(SystemActor.CASE_FILE.personId())) continue;
                if (!streams.contains(PersonCommand.streamId(personId))) {
                    missing.add(p.stream() + " " + p.type() + ": " + personId);
                }
            }
        }
        assertThat(missing).as("named but not registered").isEmpty();
    }

    private static void personIds(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (RegisteredPeople.PERSON_FIELDS.contains(field.getKey())
                        && field.getValue().isTextual()) {
                    into.add(field.getValue().asText());
                } else {
                    personIds(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> personIds(element, into));
        }
    }
}
