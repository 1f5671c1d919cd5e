package nl.opgroeiruimte.casefile.infra.scaling;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.processing.ProcessingProperties;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.LivePage;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one PostgreSQL database, each with its own HTTP port: the test's own
 * application (A) and a second one started beside it (B), both with the production settings. Callers
 * send their commands to either; together the instances process every projection once, and when B
 * stops, A takes over B's part. The last test stops B, hence the order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT extends PostgresIntegrationTest {
    /** The projections whose position is shared in tokenentry; live-updates keeps its own per instance. */
    private static final List<String> PROJECTIONS =
            List.of("timeline", "case-summaries", "case-indicators", "municipalities", "initiatives", "people");

    private static final int SEGMENTS = 16;
    private static final int CASES = 40;
    private static final String FAR_AHEAD = LocalDate.now().plusYears(3).toString();

    @Autowired
    private ProcessingProperties processingA;

    @Autowired
    private EventProcessingConfiguration processorsA;

    private ConfigurableApplicationContext b;
    private Instance instanceA;
    private Instance instanceB;
    private ExecutorService clients;

    record Instance(String name, int port, String nodeId) {
        Api api() {
            return new Api(port);
        }
    }

    @BeforeAll
    void startInstanceB() {
        instanceA = new Instance("A", port, processingA.nodeId());
        long started = System.nanoTime();
        b = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run(secondInstanceArgs());
        int portB = ((ServletWebServerApplicationContext) b).getWebServer().getPort();
        instanceB =
                new Instance("B", portB, b.getBean(ProcessingProperties.class).nodeId());
        System.out.printf(
                "TwoInstancesIT: instance B started in %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        clients = Executors.newFixedThreadPool(8);
    }

    /**
     * The parties of the cases the tests request: registered here, since a request sent to instance B
     * registers nothing first ({@link Api} does that only for the application under test), and an earlier
     * test class that happened to register them must not be what this one relies on.
     */
    @BeforeEach
    void theCasesPartiesAreRegistered() {
        People.ensureMunicipality(CaseJson.MUNICIPALITY);
        People.ensureInitiative(CaseJson.INITIATIVE, CaseJson.MUNICIPALITY);
    }

    @AfterAll
    void stopInstanceB() {
        clients.shutdownNow();
        if (b != null) b.close();
        awaitEverySegmentHeldByARunningInstance();
    }

    @Test
    @Order(1)
    void eachInstanceProcessesHalfOfEveryProjectionAndTogetherTheyProcessAllOfIt() {
        assertThat(instanceA.nodeId())
                .as("each instance claims under a name of its own")
                .isNotEqualTo(instanceB.nodeId());
        long started = System.nanoTime();
        eventually(Duration.ofSeconds(30), () -> {
            for (String projection : PROJECTIONS) {
                assertThat(segmentsPerInstance(projection))
                        .as(projection)
                        .containsOnly(
                                Map.entry(instanceA.nodeId(), SEGMENTS / 2),
                                Map.entry(instanceB.nodeId(), SEGMENTS / 2));
            }
        });
        System.out.printf(
                "TwoInstancesIT: segments shared half and half %d ms after B started%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(jdbc.sql("select node_id from processing_instance")
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(instanceA.nodeId(), instanceB.nodeId());
        for (Instance asked : List.of(instanceA, instanceB)) {
            JsonNode progress =
                    asked.api().get("/api/v1/admin/processors/timeline").json();
            assertThat(progress.get("segments").findValuesAsText("processedBy").stream()
                            .collect(Collectors.groupingBy(id -> id, Collectors.counting())))
                    .as("instance " + asked.name() + " reports the progress of every segment, wherever it is processed")
                    .containsOnly(
                            Map.entry(instanceA.nodeId(), (long) SEGMENTS / 2),
                            Map.entry(instanceB.nodeId(), (long) SEGMENTS / 2));
        }
        // live updates tell the pages connected to each instance, so each instance follows every event itself
        assertThat(liveUpdatesSegments(processorsA)).containsExactly(0);
        assertThat(liveUpdatesSegments(b.getBean(EventProcessingConfiguration.class)))
                .containsExactly(0);
    }

    @Test
    @Order(2)
    void commandsSentToEitherInstanceAreAllAcceptedAndEveryReadModelHoldsEachFactExactlyOnce() throws Exception {
        long started = System.nanoTime();
        List<Future<String>> recording = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Instance first = i % 2 == 0 ? instanceA : instanceB;
            Instance other = first == instanceA ? instanceB : instanceA;
            recording.add(clients.submit(() -> recordCaseAlternately(first, other)));
        }
        List<String> cases = new ArrayList<>();
        for (Future<String> future : recording) cases.add(future.get());
        List<String> people = new ArrayList<>();
        List<String> initiatives = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instance via = i % 2 == 0 ? instanceA : instanceB;
            people.add(created(via, "/api/v1/people", person(uniqueId("p-scale")), "aggregateId"));
            if (i < 4)
                initiatives.add(created(via, "/api/v1/initiatives", initiative(uniqueId("warm-scale")), "aggregateId"));
        }
        List<String> municipalities = unregisteredMunicipalities(2);
        created(instanceA, "/api/v1/municipalities", municipality(municipalities.get(0)), "aggregateId");
        created(instanceB, "/api/v1/municipalities", municipality(municipalities.get(1)), "aggregateId");
        List<String> municipalStreams =
                municipalities.stream().map(MunicipalityCommand::streamId).toList();
        long recorded = System.nanoTime();

        eventually(Duration.ofSeconds(30), () -> {
            assertThat(summaries(cases))
                    .as("one case summary per case, counting each of its events once")
                    .isEqualTo(storedPerCase(cases));
            assertThat(timelineEventIds(cases))
                    .as("one timeline entry per event, none twice, none missing")
                    .containsExactlyInAnyOrderElementsOf(storedEventIds(cases));
            assertThat(count(
                            "select count(*) from rm_case_indicator where case_id in (:ids) and not "
                                    + CaseIndicatorProjection.NOT_YET_EVALUATED,
                            cases))
                    .as("one evaluated indicator per case")
                    .isEqualTo(CASES);
            assertThat(count("select count(*) from person_summary where person_id in (:ids)", people))
                    .isEqualTo(people.size());
            assertThat(count("select count(*) from initiative_summary where initiative_id in (:ids)", initiatives))
                    .isEqualTo(initiatives.size());
            assertThat(count("select count(*) from municipality_registration where cbs_code in (:ids)", municipalities))
                    .isEqualTo(2);
            assertThat(count(
                            "select count(*) from rm_municipal_timeline_entry where cbs_code in (:ids)",
                            municipalities))
                    .isEqualTo(count(
                            "select count(*) from domainevententry where aggregateidentifier in (:ids)",
                            municipalStreams));
        });
        System.out.printf(
                "TwoInstancesIT: %d commands through both ports in %d ms; every read model complete %d ms after the last%n",
                CASES * 4 + people.size() + initiatives.size() + municipalities.size(),
                TimeUnit.NANOSECONDS.toMillis(recorded - started),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - recorded));
        List<String> everything = Stream.of(cases, people, initiatives, municipalStreams)
                .flatMap(List::stream)
                .toList();
        assertThat(count("select count(*) from deadletterentry where sequenceidentifier in (:ids)", everything))
                .as("no projection failed on a fact, as one handled twice would on its primary key")
                .isZero();

        // every fourth case is enough to compare the answers, and keeps the test short
        for (int i = 0; i < CASES; i += 4) {
            String caseId = cases.get(i);
            for (String query : List.of("", "/timeline", "/audit-trail", "/events")) {
                Api.Response fromA = instanceA.api().get("/api/v1/cases/" + caseId + query);
                Api.Response fromB = instanceB.api().get("/api/v1/cases/" + caseId + query);
                assertThat(fromA.status()).as(fromA.toString()).isEqualTo(200);
                assertThat(fromB.json())
                        .as("both instances answer " + query + " of " + caseId + " alike")
                        .isEqualTo(fromA.json());
            }
        }
    }

    record Sent(String topic, Instance via, boolean ifMatch, Api.Response response) {}

    @Test
    @Order(3)
    void changesToOneCaseSentAtOnceToBothInstancesAreEachStoredOnceOrRefusedNeverOverwritten() throws Exception {
        String caseId = grantedCase(instanceA);
        String base = "/api/v1/cases/" + caseId;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        ExecutorService crowd = Executors.newFixedThreadPool(30);
        try {
            for (int i = 0; i < 30; i++) {
                Instance via = i % 2 == 0 ? instanceA : instanceB;
                // some insist on the version they read (1, after the grant): at most one of them can win
                boolean ifMatch = i % 5 == 0;
                String topic = "topic " + i + " via " + via.name();
                futures.add(crowd.submit(() -> {
                    Api api = ifMatch ? via.api().header("If-Match", "\"1\"") : via.api();
                    start.await();
                    return new Sent(topic, via, ifMatch, api.post(base + "/meetings", CaseJson.meeting(topic)));
                }));
            }
            start.countDown();
            List<Sent> sent = new ArrayList<>();
            for (Future<Sent> future : futures) sent.add(future.get());

            List<Sent> accepted =
                    sent.stream().filter(s -> s.response().status() == 201).toList();
            System.out.printf(
                    "TwoInstancesIT: of 30 changes to one case at once, %d accepted (%d via A), refused: %s%n",
                    accepted.size(),
                    accepted.stream().filter(s -> s.via() == instanceA).count(),
                    sent.stream()
                            .filter(s -> s.response().status() != 201)
                            .collect(Collectors.groupingBy(
                                    s -> s.response().status() + " "
                                            + s.response().json().path("rule").asText(),
                                    Collectors.counting())));
            for (Sent refused :
                    sent.stream().filter(s -> s.response().status() != 201).toList()) {
                assertThat(refused.response().status())
                        .as(refused.response().toString())
                        .isIn(409, 412);
                assertThat(refused.response().json().get("rule").asText())
                        .isIn("concurrent-modification", "stale-version");
            }
            assertThat(accepted.stream().map(Sent::via).distinct())
                    .as("both instances recorded changes")
                    .hasSize(2);
            assertThat(accepted.stream().filter(Sent::ifMatch).count())
                    .as("only one change can be made to version 1")
                    .isLessThanOrEqualTo(1);
            assertThat(accepted.stream().map(s -> s.response().header("ETag")).collect(Collectors.toSet()))
                    .as("every accepted change got a version of its own")
                    .isEqualTo(LongStream.rangeClosed(2, 1 + accepted.size())
                            .mapToObj(v -> "\"" + v + "\"")
                            .collect(Collectors.toSet()));
            assertThat(jdbc.sql("select sequencenumber from domainevententry where aggregateidentifier = ? order by 1")
                            .param(caseId)
                            .query(Long.class)
                            .list())
                    .as("the case's history has no gap and no number twice")
                    .containsExactlyElementsOf(
                            LongStream.range(0, 2 + accepted.size()).boxed().toList());
            List<String> topics = accepted.stream().map(Sent::topic).toList();
            for (Instance instance : List.of(instanceA, instanceB)) {
                assertThat(meetingTopics(instance.api().get(base + "/events").json()))
                        .as("the history read through " + instance.name() + " holds every accepted change exactly once")
                        .containsExactlyInAnyOrderElementsOf(topics);
            }
            eventually(
                    Duration.ofSeconds(30),
                    () -> assertThat(instanceB
                                    .api()
                                    .get(base + "/timeline?kind=meeting-recorded")
                                    .json()
                                    .get("items")
                                    .findValuesAsText("summary"))
                            .as("the timeline holds every accepted change once")
                            .hasSize(topics.size()));
        } finally {
            crowd.shutdownNow();
        }
    }

    @Test
    @Order(4)
    void theSameRequestSentToBothInstancesAtOnceWithOneIdempotencyKeyIsStoredOnce() throws Exception {
        String caseId = grantedCase(instanceA);
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Instance via = i % 2 == 0 ? instanceA : instanceB;
            retries.add(clients.submit(() -> {
                start.await();
                return via.api()
                        .header("Idempotency-Key", key)
                        .post("/api/v1/cases/" + caseId + "/meetings", CaseJson.meeting("the one meeting"));
            }));
        }
        start.countDown();
        List<Api.Response> answers = new ArrayList<>();
        for (Future<Api.Response> retry : retries) answers.add(retry.get());

        assertThat(answers)
                .allSatisfy(answer ->
                        assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(answers.stream().map(Api.Response::json).distinct())
                .as("one answer, whichever instance gave it")
                .hasSize(1);
        assertThat(meetingTopics(instanceB
                        .api()
                        .get("/api/v1/cases/" + caseId + "/events")
                        .json()))
                .containsExactly("the one meeting");
    }

    @Test
    @Order(5)
    void theAuditTrailReadThroughOneInstanceShowsAMilestoneJustPlannedThroughTheOther() {
        String caseId = grantedCase(instanceA);
        String trail = "/api/v1/cases/" + caseId + "/audit-trail";
        assertThat(instanceB.api().get(trail).json().get("milestones"))
                .as("B has read (and cached) the case's history")
                .isEmpty();

        String milestone = created(
                instanceA,
                "/api/v1/cases/" + caseId + "/milestones",
                CaseJson.milestone(LocalDate.now().toString(), FAR_AHEAD),
                "id");

        // no waiting: the history is read from the event store, and B's cache asks the store what is newer
        assertThat(instanceB.api().get(trail).json().get("milestones").findValuesAsText("milestoneId"))
                .containsExactly(milestone);
    }

    @Test
    @Order(5)
    void aCaseDecidedInTurnOnEitherInstanceIsAlwaysDecidedOnItsCurrentState() {
        String caseId = grantedCase(instanceA);
        String pauses = "/api/v1/cases/" + caseId + "/pauses";
        String resumptions = "/api/v1/cases/" + caseId + "/resumptions";
        // each instance keeps the case in memory after deciding on it; each turn the other one moved it on
        for (int round = 0; round < 3; round++) {
            LocalDate day = LocalDate.of(2024, 5, 1).plusDays(10L * round);
            created(instanceA, pauses, pause(day, "Waiting for the heat act"), "aggregateId");
            created(instanceB, resumptions, """
                    {"actor": %s, "occurredOn": "%s", "note": "The act passed"}""".formatted(CaseJson.CIVIL_SERVANT, day.plusDays(1)), "aggregateId");
        }
        created(instanceB, pauses, pause(LocalDate.of(2024, 6, 1), "Again"), "aggregateId");
        Api.Response pausedOnAStaleCopy = instanceA.api().post(pauses, pause(LocalDate.of(2024, 6, 2), "Once more"));
        assertThat(pausedOnAStaleCopy.status())
                .as("A decides on the state B left, a paused case: " + pausedOnAStaleCopy)
                .isEqualTo(409);
        assertThat(pausedOnAStaleCopy.json().get("rule").asText()).isEqualTo("case-paused");
    }

    private static String pause(LocalDate day, String reason) {
        return """
                {"actor": %s, "occurredOn": "%s", "reason": "%s"}""".formatted(CaseJson.CIVIL_SERVANT, day, reason);
    }

    @Test
    @Order(6)
    void aPageOpenOnOneInstanceHearsOfAChangeRecordedThroughTheOther() throws Exception {
        String caseId = grantedCase(instanceA);
        // the case page opens once the case is in the case summaries
        eventually(
                () -> assertThat(instanceB.api().get("/api/v1/cases/" + caseId).status())
                        .isEqualTo(200));
        try (LivePage page = LivePage.ofCase(instanceB.port(), caseId, "beheerder")) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.awaitLine("event:ready"))
                    .as("the page on B is connected")
                    .isNotNull();

            created(
                    instanceA,
                    "/api/v1/cases/" + caseId + "/meetings",
                    CaseJson.meeting("seen on the other instance"),
                    "aggregateId");

            assertThat(page.awaitLine("data:meeting-recorded " + caseId))
                    .as("the page on B is told of the meeting recorded through A")
                    .isNotNull();
        }
    }

    @Test
    @Order(7)
    void aRebuildAskedOfOneInstanceIsRefusedWhileTheOtherProcessesPartOfTheProjection() {
        String caseId = grantedCase(instanceA);
        eventually(() -> assertThat(
                        count("select count(*) from rm_timeline_entry where case_id in (:ids)", List.of(caseId)))
                .isEqualTo(2));

        Api.Response replay = instanceA.api().post("/api/v1/admin/processors/timeline/replay", "{}");

        assertThat(replay.status()).as(replay.toString()).isEqualTo(409);
        assertThat(replay.json().get("rule").asText()).isEqualTo("processor-claimed-elsewhere");
        JsonNode progress =
                instanceA.api().get("/api/v1/admin/processors/timeline").json();
        assertThat(progress.get("running").asBoolean())
                .as("A goes on processing its part")
                .isTrue();
        assertThat(progress.get("replaying").asBoolean())
                .as("nothing was reset")
                .isFalse();
        assertThat(count("select count(*) from rm_timeline_entry where case_id in (:ids)", List.of(caseId)))
                .as("no row was cleared")
                .isEqualTo(2);
        eventually(() -> assertThat(segmentsPerInstance("timeline"))
                .containsOnly(
                        Map.entry(instanceA.nodeId(), SEGMENTS / 2), Map.entry(instanceB.nodeId(), SEGMENTS / 2)));
    }

    @Test
    @Order(8)
    void whenOneInstanceStopsTheOtherTakesOverItsSegmentsAndNewFactsStillReachTheReadModels() {
        Set<Integer> segmentsOfB = segmentsOf("timeline", instanceB.nodeId());
        assertThat(segmentsOfB).hasSize(SEGMENTS / 2);
        // cases whose events only B processed until now
        List<String> casesOfB = new ArrayList<>();
        while (casesOfB.size() < 3) {
            String caseId = grantedCase(instanceA);
            if (segmentsOfB.contains(segmentOf(caseId))) casesOfB.add(caseId);
        }

        long stopping = System.nanoTime();
        b.close();
        eventually(Duration.ofSeconds(30), () -> {
            for (String projection : PROJECTIONS) {
                assertThat(segmentsPerInstance(projection))
                        .as(projection)
                        .containsOnly(Map.entry(instanceA.nodeId(), SEGMENTS));
            }
        });
        System.out.printf(
                "TwoInstancesIT: A held every segment %d ms after B began to stop%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
        assertThat(jdbc.sql("select node_id from processing_instance")
                        .query(String.class)
                        .list())
                .containsExactly(instanceA.nodeId());

        for (String caseId : casesOfB) {
            created(
                    instanceA,
                    "/api/v1/cases/" + caseId + "/meetings",
                    CaseJson.meeting("after B stopped"),
                    "aggregateId");
        }
        eventually(Duration.ofSeconds(30), () -> {
            assertThat(summaries(casesOfB)).isEqualTo(storedPerCase(casesOfB));
            assertThat(timelineEventIds(casesOfB)).containsExactlyInAnyOrderElementsOf(storedEventIds(casesOfB));
        });
    }

    // --- the cases and parties the tests record ---

    /** A case requested, granted, met about and given a milestone, each command through the other instance than the one before. */
    private String recordCaseAlternately(Instance first, Instance other) {
        String caseId = created(first, "/api/v1/cases", CaseJson.request("2024-03-01"), "aggregateId");
        String base = "/api/v1/cases/" + caseId;
        created(other, base + "/grant", CaseJson.grant("2024-04-01", FAR_AHEAD), "aggregateId");
        created(first, base + "/meetings", CaseJson.meeting("kick-off"), "aggregateId");
        created(other, base + "/milestones", CaseJson.milestone("2024-05-01", FAR_AHEAD), "aggregateId");
        return caseId;
    }

    private String grantedCase(Instance via) {
        String caseId = created(via, "/api/v1/cases", CaseJson.request("2024-03-01"), "aggregateId");
        created(via, "/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", FAR_AHEAD), "aggregateId");
        return caseId;
    }

    private static String created(Instance via, String path, String body, String idField) {
        Api.Response response = via.api().post(path, body);
        assertThat(response.status())
                .as(path + " via " + via.name() + ": " + response)
                .isEqualTo(201);
        return response.json().get(idField).asText();
    }

    private static String person(String personId) {
        return """
                {"actor": {"personId": "p-registrar", "party": {"municipality": "GM0193"}, "role": "program-director"},
                 "occurredOn": "2026-02-03", "personId": "%s", "name": "Sanne Schaal", "email": "sanne@zwolle.example",
                 "organisation": "Gemeente Zwolle", "party": {"municipality": "GM0193"}, "role": "civil-servant"}""".formatted(personId);
    }

    private static String initiative(String initiativeId) {
        People.ensure("p-bestuur-" + initiativeId, "{\"initiative\": \"" + initiativeId + "\"}", "board-member");
        return """
                {"actor": {"personId": "p-bestuur-%s", "party": {"initiative": "%s"}, "role": "board-member"},
                 "occurredOn": "2023-04-01", "initiativeId": "%s", "name": "Warm %s", "legalForm": "informal-group",
                 "workingArea": {"description": "Assendorp", "municipalities": ["GM0193"], "neighbourhoods": ["WK019302"]},
                 "domains": ["heat", "saving"]}""".formatted(initiativeId, initiativeId, initiativeId, initiativeId);
    }

    private static String municipality(String cbsCode) {
        People.ensure(
                "p-ambtenaar-" + cbsCode.toLowerCase(), "{\"municipality\": \"" + cbsCode + "\"}", "civil-servant");
        return """
                {"actor": {"personId": "p-ambtenaar-%s", "party": {"municipality": "%s"}, "role": "civil-servant"},
                 "occurredOn": "2026-01-05", "cbsCode": "%s"}""".formatted(cbsCode.toLowerCase(), cbsCode, cbsCode);
    }

    private List<String> unregisteredMunicipalities(int wanted) {
        List<String> free = new ArrayList<>();
        instanceA
                .api()
                .get("/api/v1/municipalities?registered=false&pageSize=500")
                .json()
                .get("items")
                .forEach(item -> free.add(item.get("cbsCode").asText()));
        // Zwolle and Zutphen are the fixed test data's: their municipal facts would show in other tests' timelines
        free.removeAll(List.of("GM0193", "GM0301"));
        return free.subList(0, wanted);
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- what the database and the instances hold ---

    private Map<String, Integer> segmentsPerInstance(String projection) {
        Map<String, Integer> segments = new HashMap<>();
        jdbc.sql("select coalesce(owner, '(nobody)'), count(*) from tokenentry where processorname = ? group by 1")
                .param(projection)
                .query((rs, n) -> segments.put(rs.getString(1), rs.getInt(2)))
                .list();
        return segments;
    }

    private Set<Integer> segmentsOf(String projection, String nodeId) {
        return Set.copyOf(jdbc.sql("select segment from tokenentry where processorname = ? and owner = ?")
                .param(projection)
                .param(nodeId)
                .query(Integer.class)
                .list());
    }

    /** Events are shared out by case: a case's events all go to the one segment its id falls in. */
    private static int segmentOf(String caseId) {
        return Stream.of(Segment.computeSegments(IntStream.range(0, SEGMENTS).toArray()))
                .filter(segment -> segment.matches(caseId))
                .findFirst()
                .orElseThrow()
                .getSegmentId();
    }

    private static Set<Integer> liveUpdatesSegments(EventProcessingConfiguration processors) {
        return processors
                .eventProcessor("live-updates", StreamingEventProcessor.class)
                .orElseThrow()
                .processingStatus()
                .keySet();
    }

    private Map<String, List<Long>> storedPerCase(List<String> cases) {
        Map<String, List<Long>> stored = new HashMap<>();
        jdbc.sql(
                        "select aggregateidentifier, count(*), max(sequencenumber) from domainevententry where aggregateidentifier in (:ids) group by 1")
                .param("ids", cases)
                .query((rs, n) -> stored.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))))
                .list();
        assertThat(stored).hasSize(cases.size());
        return stored;
    }

    private Map<String, List<Long>> summaries(List<String> cases) {
        Map<String, List<Long>> rows = new HashMap<>();
        jdbc.sql("select case_id, event_count, last_sequence from rm_case where case_id in (:ids)")
                .param("ids", cases)
                .query((rs, n) -> rows.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3))))
                .list();
        return rows;
    }

    private List<String> timelineEventIds(List<String> cases) {
        return jdbc.sql("select event_id from rm_timeline_entry where case_id in (:ids)")
                .param("ids", cases)
                .query(String.class)
                .list();
    }

    private List<String> storedEventIds(List<String> cases) {
        return jdbc.sql("select eventidentifier from domainevententry where aggregateidentifier in (:ids)")
                .param("ids", cases)
                .query(String.class)
                .list();
    }

    private long count(String sql, List<String> ids) {
        return jdbc.sql(sql).param("ids", ids).query(Long.class).single();
    }

    private static List<String> meetingTopics(JsonNode events) {
        List<String> topics = new ArrayList<>();
        for (JsonNode event : events.get("items")) {
            if (event.get("type").asText().equals("MeetingRecorded"))
                event.at("/payload/topics").forEach(t -> topics.add(t.asText()));
        }
        return topics;
    }
}
