package nl.opgroeiruimte.casefile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Recording a fact (a meeting) in random open cases of the dataset, from 1, 8 and 32 concurrent
 * clients: through the command gateway (load the case from snapshot and events, decide, append), over
 * HTTP (the same plus JSON, sign-in and the dispatcher), and the baseline: plain JDBC that appends the
 * same serialized event to a table of the event table's shape, holding a copy of the same events, in
 * the same transaction pattern (one transaction per command: read the case's last sequence number,
 * insert the event), on a connection pool of the service's size.
 */
final class CommandBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String ADMINISTRATOR =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final ConfigurableApplicationContext app;
    private final String jdbcUrl;
    private final String user;
    private final List<int[]> levels = new ArrayList<>();
    private final double warmup;
    private final double seconds;
    private final Serializer serializer;
    private final List<String[]> cases = new ArrayList<>();

    CommandBenchmark(
            ConfigurableApplicationContext app,
            String jdbcUrl,
            String user,
            List<Integer> clients,
            double warmup,
            double seconds,
            Serializer serializer) {
        this.app = app;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        clients.forEach(c -> levels.add(new int[] {c}));
        this.warmup = warmup;
        this.seconds = seconds;
        this.serializer = serializer;
    }

    List<Result> run(java.util.function.Consumer<String> log) throws Exception {
        cases.addAll(openCases(jdbcUrl, user));
        registerBenchPeople(app, cases, log);
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "")) {
            long started = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_raw_event");
                // the shape of domainevententry (V1__axon_event_store.sql), with its own sequence and constraints
                statement.execute("""
                        create table bench_raw_event (
                            globalindex bigserial not null, aggregateidentifier varchar(255) not null, sequencenumber bigint not null,
                            type varchar(255), eventidentifier varchar(255) not null, metadata bytea, payload bytea not null,
                            payloadrevision varchar(255), payloadtype varchar(255) not null, timestamp varchar(255) not null,
                            primary key (globalindex),
                            constraint bench_raw_aggregate_sequence unique (aggregateidentifier, sequencenumber),
                            constraint bench_raw_identifier unique (eventidentifier))""");
                statement.execute("create index bench_raw_timestamp on bench_raw_event (timestamp)");
                statement.execute("""
                        insert into bench_raw_event (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                            payloadrevision, payloadtype, timestamp)
                        select aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp
                        from domainevententry order by globalindex""");
                statement.execute("analyze bench_raw_event");
            }
            log.accept(String.format(
                    "  copied the event table for the raw baseline in %.0f s", (System.nanoTime() - started) / 1e9));
        }
        CommandGateway gateway = app.getBean(CommandGateway.class);
        ObjectMapper json = app.getBean(ObjectMapper.class);
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int poolSize =
                app.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setMaximumPoolSize(poolSize);
        pool.setAutoCommit(false);
        AtomicLong conflicts = new AtomicLong();
        List<Result> results = new ArrayList<>();
        try (HikariDataSource raw = new HikariDataSource(pool)) {
            for (int[] level : levels) {
                int clients = level[0];
                Load.Measured baseline = Load.run(clients, warmup, seconds, (client, n) -> rawAppend(raw, conflicts));
                Load.Measured viaGateway =
                        Load.run(clients, warmup, seconds, (client, n) -> gateway.sendAndWait(meeting()));
                Load.Measured viaHttp =
                        Load.run(clients, warmup, seconds, (client, n) -> overHttp(http, port, json, meeting()));
                String note = "poolsize " + poolSize;
                results.add(new Result(
                        "commands",
                        "raw JDBC append, " + clients + " clients",
                        "cmd/s",
                        baseline.perSecond(),
                        null,
                        null,
                        "-",
                        null,
                        note + errors(baseline)));
                results.add(new Result(
                        "commands",
                        "raw JDBC append, " + clients + " clients, p50",
                        "ms",
                        baseline.percentile(50),
                        null,
                        null,
                        "-",
                        null,
                        null));
                results.add(new Result(
                        "commands",
                        "raw JDBC append, " + clients + " clients, p99",
                        "ms",
                        baseline.percentile(99),
                        null,
                        null,
                        "-",
                        null,
                        null));
                for (var measured : List.of(Map.entry("command gateway", viaGateway), Map.entry("HTTP", viaHttp))) {
                    Load.Measured m = measured.getValue();
                    double ratio = m.perSecond() / baseline.perSecond();
                    results.add(new Result(
                            "commands",
                            measured.getKey() + ", " + clients + " clients",
                            "cmd/s",
                            m.perSecond(),
                            baseline.perSecond(),
                            "raw JDBC",
                            ">= 0.5x",
                            ratio >= 0.5,
                            errors(m)));
                    results.add(new Result(
                            "commands",
                            measured.getKey() + ", " + clients + " clients, p50",
                            "ms",
                            m.percentile(50),
                            baseline.percentile(50),
                            "raw JDBC",
                            "-",
                            null,
                            null));
                    results.add(new Result(
                            "commands",
                            measured.getKey() + ", " + clients + " clients, p99",
                            "ms",
                            m.percentile(99),
                            baseline.percentile(99),
                            "raw JDBC",
                            "-",
                            null,
                            null));
                }
                log.accept(String.format(
                        "  %d clients: raw %.0f/s, gateway %.0f/s, HTTP %.0f/s",
                        clients, baseline.perSecond(), viaGateway.perSecond(), viaHttp.perSecond()));
            }
        } finally {
            try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_raw_event");
            }
        }
        if (conflicts.get() > 0)
            log.accept("  raw baseline: " + conflicts.get() + " appends lost a race on the same case and were retried");
        return results;
    }

    private static String errors(Load.Measured m) {
        return m.errors() == 0 ? "" : "; " + m.errors() + " errors, first: " + m.firstError();
    }

    /**
     * The actor and attendees of the bench's meetings are registered people, as the service asks of every
     * command from a signed-in caller; registered through the gateway, once (an id already taken is fine).
     */
    static void registerBenchPeople(
            ConfigurableApplicationContext app, List<String[]> cases, java.util.function.Consumer<String> log) {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        java.util.Map<String, Actor> people = new LinkedHashMap<>();
        for (String[] c : cases) {
            people.putIfAbsent(
                    "p-bench-" + c[1].toLowerCase(),
                    new Actor("p-bench-" + c[1].toLowerCase(), Party.municipality(c[1]), ActorRole.CIVIL_SERVANT));
            people.putIfAbsent(
                    "p-bench-" + c[2], new Actor("p-bench-" + c[2], Party.initiative(c[2]), ActorRole.BOARD_MEMBER));
        }
        long started = System.nanoTime();
        for (Actor person : people.values()) {
            try {
                gateway.sendAndWait(new nl.opgroeiruimte.casefile.kernel.people.RegisterPerson(
                        person.personId(),
                        person,
                        LocalDate.of(2020, 1, 1),
                        "Bench " + person.personId(),
                        null,
                        null,
                        person.party(),
                        person.role()));
            } catch (RuntimeException alreadyRegistered) {
                // registered by an earlier run on a kept database
            }
        }
        log.accept(String.format(
                "  registered %,d bench people in %.1f s", people.size(), (System.nanoTime() - started) / 1e9));
    }

    /** The open cases of the dataset (id, municipality, initiative), as the read side lists them. */
    static List<String[]> openCases(String jdbcUrl, String user) throws SQLException {
        List<String[]> open = new ArrayList<>();
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select case_id, municipality, initiative from rm_case where status in ('requested', 'granted', 'paused')"
                                + " order by case_id")) {
            while (rows.next()) open.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        }
        if (open.isEmpty()) throw new IllegalStateException("No open cases in rm_case: is the read side built?");
        return open;
    }

    /** Records the meeting over HTTP as the local administrator; anything but 201 Created is an error. */
    static void overHttp(HttpClient http, int port, ObjectMapper json, RecordMeeting command) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", command.actor());
        body.put("occurredOn", command.occurredOn());
        body.put("meetingId", command.meetingId());
        body.put("kind", command.kind());
        body.put("attendees", command.attendees());
        body.put("topics", command.topics());
        body.put("summary", command.summary());
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + "/api/v1/cases/" + command.caseId() + "/meetings"))
                        .header("Authorization", ADMINISTRATOR)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201)
            throw new IllegalStateException(response.statusCode() + " " + response.body());
    }

    private RecordMeeting meeting() {
        return meeting(cases.get(ThreadLocalRandom.current().nextInt(cases.size())));
    }

    /** A meeting in the case (id, municipality, initiative) between the bench's two people of its parties. */
    static RecordMeeting meeting(String[] c) {
        Actor actor = new Actor("p-bench-" + c[1].toLowerCase(), Party.municipality(c[1]), ActorRole.CIVIL_SERVANT);
        return new RecordMeeting(
                c[0],
                actor,
                LocalDate.now(ZONE),
                UUID.randomUUID().toString(),
                MeetingKind.MEETING,
                List.of(
                        new Attendee(actor.personId(), actor.party(), actor.role()),
                        new Attendee("p-bench-" + c[2], Party.initiative(c[2]), ActorRole.BOARD_MEMBER)),
                List.of("progress of the feasibility study"),
                null,
                "Talked about the progress; agreed on the next steps.");
    }

    /** The same event as the service would store for {@link #meeting()}, serialized by the same serializer, appended in one transaction. */
    private void rawAppend(HikariDataSource raw, AtomicLong conflicts) throws SQLException {
        RecordMeeting command = meeting();
        MeetingRecorded event = new MeetingRecorded(
                command.caseId(),
                command.actor(),
                command.occurredOn(),
                command.meetingId(),
                command.kind(),
                command.attendees(),
                command.topics(),
                command.sessionNumber(),
                command.summary());
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        MetaData metaData = MetaData.from(
                Map.of("recordedAt", now.toString(), "commandId", id, "causationId", id, "correlationId", id));
        byte[] payload = serializer.serialize(event, byte[].class).getData();
        byte[] metadata = serializer.serialize(metaData, byte[].class).getData();
        while (true) {
            try (Connection connection = raw.getConnection()) {
                try {
                    long next;
                    try (PreparedStatement last = connection.prepareStatement(
                            "select max(sequencenumber) from bench_raw_event where aggregateidentifier = ?")) {
                        last.setString(1, command.caseId());
                        try (ResultSet rows = last.executeQuery()) {
                            rows.next();
                            long max = rows.getLong(1);
                            next = rows.wasNull() ? 0 : max + 1;
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement("""
                            insert into bench_raw_event (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype,
                                payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, command.caseId());
                        insert.setLong(3, next);
                        insert.setString(4, "Partnership");
                        insert.setString(5, DateTimeUtils.formatInstant(now));
                        insert.setString(6, MeetingRecorded.class.getName());
                        insert.setString(7, "1");
                        insert.setBytes(8, payload);
                        insert.setBytes(9, metadata);
                        insert.executeUpdate();
                    }
                    connection.commit();
                    return;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!"23505".equals(e.getSQLState())) throw e;
                    conflicts.incrementAndGet();
                }
            }
        }
    }
}
