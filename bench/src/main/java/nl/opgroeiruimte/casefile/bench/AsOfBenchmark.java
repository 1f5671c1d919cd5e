package nl.opgroeiruimte.casefile.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit trail as of a date on a case with a long history (issue 6: p99 under 100 ms for a case of
 * 10,000 events). The case is the dataset's longest (a "giant" of the generator) or, without a dataset,
 * one recorded here through the command gateway with a realistic mix of facts spread over 2019–2026;
 * then the audit trail is asked for random dates, in process and over HTTP. Baseline: reading the
 * case's events from the event table with plain JDBC and deserializing them, which every answer would
 * cost without the history cache.
 */
final class AsOfBenchmark {
    private static final LocalDate START = LocalDate.of(2019, 1, 7);
    private static final Actor CIVIL_SERVANT =
            new Actor("p-bench-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);
    private static final String ADMIN =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final ConfigurableApplicationContext app;
    private final int events;
    private final Random random = new Random(42);

    private final String existingCase;
    private final String jdbcUrl;
    private final String user;

    AsOfBenchmark(ConfigurableApplicationContext app, int events, String existingCase, String jdbcUrl, String user) {
        this.app = app;
        this.events = events;
        this.existingCase = existingCase;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    List<Result> run() throws Exception {
        if (existingCase != null) return measure(existingCase, -1, "dataset case");
        CommandGateway commands = app.getBean(CommandGateway.class);
        String caseId = Ids.newId();
        long started = System.nanoTime();
        commands.sendAndWait(new RequestOpgroeiruimte(
                caseId,
                CIVIL_SERVANT,
                START,
                "GM0193",
                "bench-initiative",
                new Scope("collective heat network", "Assendorp"),
                null));
        commands.sendAndWait(new GrantOpgroeiruimte(
                caseId,
                CIVIL_SERVANT,
                START,
                new Preconditions(true, true),
                new Exclusivity("collective heat network", "Assendorp", START, START.plusYears(8))));
        long days = START.until(LocalDate.of(2026, 11, 1)).toTotalMonths() * 30;
        String openMilestone = null;
        for (int i = 2; i < events; i++) {
            LocalDate on = START.plusDays(days * i / events);
            int pick = i % 10;
            if (pick < 5) {
                commands.sendAndWait(new RecordMeeting(
                        caseId,
                        CIVIL_SERVANT,
                        on,
                        Ids.newId(),
                        MeetingKind.MEETING,
                        List.of(
                                new Attendee("p-bench-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT),
                                new Attendee(
                                        "p-bench-bram", Party.initiative("bench-initiative"), ActorRole.BOARD_MEMBER)),
                        List.of("progress"),
                        null,
                        null));
            } else if (pick < 7) {
                commands.sendAndWait(
                        new RecordDoenWork(caseId, CIVIL_SERVANT, on, DoenPart.values()[i % 4], "work item " + i));
            } else if (pick == 7) {
                commands.sendAndWait(new RecordDecision(
                        caseId,
                        CIVIL_SERVANT,
                        on,
                        Ids.newId(),
                        DecisionBody.STEERING_GROUP,
                        "subject " + i,
                        "decided",
                        null));
            } else if (openMilestone == null) {
                openMilestone = Ids.newId();
                commands.sendAndWait(new RecordMilestone(
                        caseId,
                        CIVIL_SERVANT,
                        on,
                        openMilestone,
                        "milestone " + i,
                        on.plusDays(60),
                        new MilestoneOwners("p-bench-anna", "p-bench-bram"),
                        new Guarantee("process money", List.of("EUR 10,000"))));
            } else {
                commands.sendAndWait(new RecordMilestoneOutcome(
                        caseId, CIVIL_SERVANT, on, openMilestone, MilestoneResult.MET, i % 3 != 0, "evaluated"));
                openMilestone = null;
            }
        }
        double recordSeconds = (System.nanoTime() - started) / 1e9;
        List<Result> results = new java.util.ArrayList<>();
        results.add(new Result(
                "as-of",
                "record a case of " + events + " events (command gateway)",
                "events/s",
                events / recordSeconds,
                null,
                null,
                "-",
                null,
                null));
        results.addAll(measure(caseId, days, "recorded here"));
        return results;
    }

    private List<Result> measure(String caseId, long knownDays, String origin) throws Exception {
        long caseEvents;
        double[] raw = new double[50];
        ObjectMapperHolder mapper =
                new ObjectMapperHolder(app.getBean(com.fasterxml.jackson.databind.ObjectMapper.class));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "")) {
            caseEvents = RebuildBenchmark.count(
                    jdbcUrl,
                    user,
                    "select count(*) from domainevententry where aggregateidentifier = '" + caseId + "'");
            for (int i = -5; i < raw.length; i++) {
                long t = System.nanoTime();
                mapper.readCase(connection, caseId);
                if (i >= 0) raw[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        long days = knownDays > 0 ? knownDays : START.until(LocalDate.now()).toTotalMonths() * 30;
        AuditTrailService service = app.getBean(AuditTrailService.class);
        for (int i = 0; i < 200; i++) service.auditTrail(caseId, randomDay(days), AuditTrail.View.AS_KNOWN_NOW);
        double[] inProcess = new double[2000];
        for (int i = 0; i < inProcess.length; i++) {
            long t = System.nanoTime();
            service.auditTrail(caseId, randomDay(days), AuditTrail.View.AS_KNOWN_NOW);
            inProcess[i] = (System.nanoTime() - t) / 1e6;
        }
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        double[] overHttp = new double[1000];
        for (int i = -100; i < overHttp.length; i++) {
            URI uri = URI.create(
                    "http://localhost:" + port + "/api/v1/cases/" + caseId + "/audit-trail?asOf=" + randomDay(days));
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).header("Authorization", ADMIN).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException(response.body());
            if (i >= 0) overHttp[i] = (System.nanoTime() - t) / 1e6;
        }
        double p99Http = percentile(overHttp, 99);
        String name = String.format("audit trail as-of, %,d-event case", caseEvents);
        double rawP99 = percentile(raw, 99);
        return List.of(
                new Result(
                        "as-of",
                        name + ", in process p50",
                        "ms",
                        percentile(inProcess, 50),
                        percentile(raw, 50),
                        "JDBC read + deserialise",
                        "-",
                        null,
                        origin),
                new Result(
                        "as-of",
                        name + ", in process p99",
                        "ms",
                        percentile(inProcess, 99),
                        rawP99,
                        "JDBC read + deserialise",
                        "< 100 ms",
                        percentile(inProcess, 99) < 100,
                        null),
                new Result("as-of", name + ", HTTP p50", "ms", percentile(overHttp, 50), null, null, "-", null, null),
                new Result(
                        "as-of",
                        name + ", HTTP p99",
                        "ms",
                        p99Http,
                        rawP99,
                        "JDBC read + deserialise",
                        "< 100 ms",
                        p99Http < 100,
                        "JSON of the whole audit trail over loopback"));
    }

    /** Reads all events of a case with plain JDBC and deserializes them: the cost of an answer without the history cache. */
    private record ObjectMapperHolder(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        void readCase(java.sql.Connection connection, String caseId) throws Exception {
            try (java.sql.PreparedStatement read = connection.prepareStatement(
                    "select payloadtype, payload from domainevententry where aggregateidentifier = ? order by sequencenumber")) {
                read.setString(1, caseId);
                try (java.sql.ResultSet rows = read.executeQuery()) {
                    while (rows.next()) mapper.readValue(rows.getBytes(2), Class.forName(rows.getString(1)));
                }
            }
        }
    }

    private LocalDate randomDay(long days) {
        return START.plusDays(random.nextLong(days + 30));
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
