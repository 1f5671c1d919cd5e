package nl.opgroeiruimte.casefile.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import nl.opgroeiruimte.casefile.infra.record.ChainVerifier;
import nl.opgroeiruimte.casefile.infra.record.EventChain;
import nl.opgroeiruimte.casefile.infra.record.RecordConfig;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hash chain's cost and use. Appending one event per transaction (as a command does) to a case through
 * the service's storage engine, which hashes, and through Axon's plain JDBC engine on the same database,
 * interleaved in blocks so that the shared machine's load falls on both alike, after an untimed warm-up of
 * both; then the chained case is
 * filled up to 10,000 events and verified from the store, as {@code GET .../verification} does.
 */
final class ChainBenchmark {
    private static final int CASE_EVENTS = 10_000;
    private static final int WARMUP_APPENDS = 3_000;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private final ConfigurableApplicationContext app;
    private final int timedAppends;

    ChainBenchmark(ConfigurableApplicationContext app, int timedAppends) {
        this.app = app;
        this.timedAppends = timedAppends;
    }

    List<Result> run(Consumer<String> log) {
        EventStorageEngine chained = app.getBean(EventStorageEngine.class);
        Serializer serializer = app.getBean("eventSerializer", Serializer.class);
        JdbcEventStorageEngine.Builder plainBuilder = RecordConfig.plainEngine(
                app.getBean("serializer", Serializer.class),
                serializer,
                app.getBean(PersistenceExceptionResolver.class),
                app.getBean(org.axonframework.config.Configuration.class),
                app.getBean(ConnectionProvider.class),
                app.getBean(TransactionManager.class));
        EventStorageEngine plain = plainBuilder.build();
        EventStorageEngine padded = new PaddedEngine(plainBuilder);
        TransactionManager transactions = app.getBean(TransactionManager.class);
        List<Arm> arms = List.of(
                new Arm("hashed", chained), new Arm("plain", plain), new Arm("plain, hash-sized metadata", padded));
        // warm-up, untimed: the service runs for days, so what counts is the code once compiled, not the
        // interpreter's first thousand appends (the hashing's JSON tree and digest are cold at first)
        for (Arm arm : arms) arm.warmUp(transactions);
        String chainedCase = arms.get(0).caseId;
        int block = 100;
        for (int done = 0; done < timedAppends; done += block) {
            // rotate which engine goes first, so that none always follows another's burst of work for the
            // event processors
            for (int i = 0; i < arms.size(); i++) {
                arms.get((done / block + i) % arms.size()).append(transactions, done, block);
            }
        }
        double chainedRate = arms.get(0).rate(timedAppends);
        double plainRate = arms.get(1).rate(timedAppends);
        double paddedRate = arms.get(2).rate(timedAppends);
        log.accept(String.format(
                "  appends, one per transaction: %.0f/s hashed, %.0f/s plain, %.0f/s plain with hash-sized metadata",
                chainedRate, plainRate, paddedRate));
        log.accept(String.format(
                "  appending thread's CPU per append: %.0f µs hashed, %.0f µs plain, %.0f µs plain with hash-sized metadata",
                arms.get(0).cpuMicros(timedAppends),
                arms.get(1).cpuMicros(timedAppends),
                arms.get(2).cpuMicros(timedAppends)));

        for (int next = timedAppends; next < CASE_EVENTS; next += 500) {
            int from = next;
            int count = Math.min(500, CASE_EVENTS - next);
            transactions.executeInTransaction(() -> chained.appendEvents(events(chainedCase, from, count)));
        }
        ChainVerifier verifier = app.getBean(ChainVerifier.class);
        double[] seconds = new double[5];
        ChainVerifier.Verdict verdict = null;
        for (int i = 0; i < seconds.length; i++) {
            long started = System.nanoTime();
            verdict = verifier.verify(chainedCase);
            seconds[i] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        if (verdict == null || !verdict.intact() || verdict.events() != CASE_EVENTS) {
            throw new IllegalStateException("The benchmark's own case did not verify: " + verdict);
        }
        log.accept(String.format(
                "  verification of a %,d-event case: median %.3f s (best %.3f s)",
                CASE_EVENTS, seconds[2], seconds[0]));
        return List.of(
                new Result(
                        "chain",
                        "append one event per transaction, hashed (service engine)",
                        "events/s",
                        chainedRate,
                        plainRate,
                        "Axon's plain JDBC engine",
                        "within 10%",
                        chainedRate >= 0.9 * plainRate,
                        String.format(
                                "%,d appends each, interleaved in blocks of %d, after %,d each to warm up",
                                timedAppends, block, WARMUP_APPENDS)),
                new Result(
                        "chain",
                        "append one event per transaction, plain engine writing a hash-sized dummy in the metadata",
                        "events/s",
                        paddedRate,
                        plainRate,
                        "Axon's plain JDBC engine",
                        "(control: the bytes without the work)",
                        true,
                        "same blocks as above"),
                new Result(
                        "chain",
                        "verify a 10,000-event case from the store",
                        "s",
                        seconds[2],
                        null,
                        "-",
                        "< 1 s",
                        seconds[2] < 1.0,
                        String.format("median of 5; best %.3f s", seconds[0])));
    }

    /** One engine's share of the interleaved appends: its own case, its own clock. */
    private static final class Arm {
        final String name;
        final EventStorageEngine engine;
        final String caseId = "bench-chain-" + UUID.randomUUID();
        long nanos;
        long cpuNanos;

        Arm(String name, EventStorageEngine engine) {
            this.name = name;
            this.engine = engine;
        }

        void warmUp(TransactionManager transactions) {
            String warmCase = "bench-warmup-" + UUID.randomUUID();
            for (int done = 0; done < WARMUP_APPENDS; done += 100)
                appendOneByOne(engine, transactions, warmCase, done, 100);
        }

        void append(TransactionManager transactions, int from, int count) {
            long cpuBefore = THREADS.getCurrentThreadCpuTime();
            nanos += appendOneByOne(engine, transactions, caseId, from, count);
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuBefore;
        }

        /** CPU time of the appending thread per append, in microseconds: what the engine itself spends. */
        double cpuMicros(int appends) {
            return cpuNanos / 1e3 / appends;
        }

        double rate(int appends) {
            return appends / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Axon's plain engine writing a dummy of the hash's size where the chain writes the hash: the same bytes
     * without the chain's work, to tell what the extra bytes cost from what the hashing does.
     */
    private static final class PaddedEngine extends JdbcEventStorageEngine {
        private static final String DUMMY = "0".repeat(64);

        PaddedEngine(JdbcEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
            super.appendEvents(
                    events.stream()
                            .map(e -> e instanceof DomainEventMessage<?> d
                                    ? d.andMetaData(Map.of(EventChain.HASH, DUMMY))
                                    : e)
                            .toList(),
                    serializer);
        }
    }

    private static long appendOneByOne(
            EventStorageEngine engine, TransactionManager transactions, String caseId, int from, int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int sequence = from + i;
            transactions.executeInTransaction(() -> engine.appendEvents(events(caseId, sequence, 1)));
        }
        return System.nanoTime() - started;
    }

    private static List<GenericDomainEventMessage<MeetingRecorded>> events(String caseId, int from, int count) {
        Actor anna = new Actor("p-bench-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);
        List<GenericDomainEventMessage<MeetingRecorded>> events = new ArrayList<>(count);
        for (int sequence = from; sequence < from + count; sequence++) {
            String id = UUID.randomUUID().toString();
            MeetingRecorded meeting = new MeetingRecorded(
                    caseId,
                    anna,
                    LocalDate.of(2024, 1, 1).plusDays(sequence / 10),
                    id,
                    MeetingKind.MEETING,
                    List.of(new Attendee(anna.personId(), anna.party(), anna.role())),
                    List.of("progress of the feasibility study"),
                    null,
                    "Talked about the progress; agreed on the next steps.");
            Map<String, Object> metaData =
                    new java.util.HashMap<>(Recorder.system("bench").asMetaData());
            metaData.putAll(Map.of(
                    "recordedAt", Instant.now().toString(), "commandId", id, "causationId", id, "correlationId", id));
            events.add(
                    new GenericDomainEventMessage<>("Partnership", caseId, sequence, meeting, MetaData.from(metaData)));
        }
        return events;
    }
}
