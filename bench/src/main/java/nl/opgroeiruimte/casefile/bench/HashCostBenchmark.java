package nl.opgroeiruimte.casefile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command rate before and after hashing, in one run: the dataset's open cases are split in two halves,
 * one written with the hash chain, the other without it ({@link PairedStore}), and the same command (a
 * meeting, as in {@link CommandBenchmark}) is sent to one half and then the other in short alternating
 * slices, through the command gateway and over HTTP. Both halves share the service, its caches, its
 * projections and the machine's load at the same moments, so what differs between them is the hashing.
 * Besides the rate and latency of each half, the service process's CPU time per command: a figure that a
 * busy machine disturbs less than a rate.
 */
final class HashCostBenchmark {
    /** Slices per half and client count; the order of the halves alternates from slice to slice. */
    static final int ROUNDS = 10;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final ConfigurableApplicationContext app;
    private final String jdbcUrl;
    private final String user;
    private final List<Integer> clients;
    private final double warmup;
    private final double seconds;

    HashCostBenchmark(
            ConfigurableApplicationContext app,
            String jdbcUrl,
            String user,
            List<Integer> clients,
            double warmup,
            double seconds) {
        this.app = app;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.clients = clients;
        this.warmup = warmup;
        this.seconds = seconds;
    }

    List<Result> run(Consumer<String> log) throws Exception {
        List<String[]> open = CommandBenchmark.openCases(jdbcUrl, user);
        CommandBenchmark.registerBenchPeople(app, open, log);
        List<String[]> hashed = new ArrayList<>();
        List<String[]> unhashed = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) (i % 2 == 0 ? hashed : unhashed).add(open.get(i));
        app.getBean(PairedStore.PairedEngine.class)
                .leaveUnhashed(unhashed.stream().map(c -> c[0]).toList());
        log.accept(String.format(
                "  %,d open cases: %,d written with the hash chain, %,d without, in %d alternating slices of %.1f s each",
                open.size(), hashed.size(), unhashed.size(), ROUNDS, seconds / ROUNDS));

        CommandGateway gateway = app.getBean(CommandGateway.class);
        ObjectMapper json = app.getBean(ObjectMapper.class);
        int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Result> results = new ArrayList<>();
        for (int level : clients) {
            for (String path : List.of("command gateway", "HTTP")) {
                Half withHash = new Half(hashed);
                Half without = new Half(unhashed);
                for (Half half : List.of(withHash, without)) {
                    half.operation = path.equals("HTTP")
                            ? (client, n) -> CommandBenchmark.overHttp(http, port, json, half.meeting())
                            : (client, n) -> gateway.sendAndWait(half.meeting());
                    // untimed: both halves' cases loaded and the code compiled before the first slice
                    Load.run(level, 0, warmup / 2, half.operation);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    List<Half> order = round % 2 == 0 ? List.of(withHash, without) : List.of(without, withHash);
                    for (Half half : order) half.slice(level, seconds / ROUNDS);
                }
                results.addAll(compare(path, level, withHash, without));
                double[] sliceRatios = ratios(withHash, without);
                log.accept(String.format(
                        "  %s, %d clients: %.0f/s with the hash, %.0f/s without (%.2f×; slices %.2f–%.2f×, median %.2f×);"
                                + " CPU per command %.2f ms with, %.2f ms without",
                        path,
                        level,
                        withHash.perSecond(),
                        without.perSecond(),
                        withHash.perSecond() / without.perSecond(),
                        sliceRatios[0],
                        sliceRatios[ROUNDS - 1],
                        sliceRatios[ROUNDS / 2],
                        withHash.cpuMillisPerCommand(),
                        without.cpuMillisPerCommand()));
            }
        }
        resealUnhashed(log);
        return results;
    }

    /**
     * The half written without hashing has events without a hash at its streams' ends; they are sealed now,
     * as the migration that introduced the chain sealed the events before it, so that what runs after this
     * part (or on the kept database) finds every chain intact.
     */
    private void resealUnhashed(Consumer<String> log) throws java.sql.SQLException {
        app.getBean(PairedStore.PairedEngine.class).hashAll();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.setAutoCommit(false);
            long sealed = nl.opgroeiruimte.casefile.infra.record.EventChain.sealUnsealedEvents(
                    connection, java.time.Instant.now());
            connection.commit();
            log.accept(String.format("  sealed the %,d events written without their hash", sealed));
        }
    }

    private static List<Result> compare(String path, int level, Half withHash, Half without) {
        double ratio = withHash.perSecond() / without.perSecond();
        double[] sliceRatios = ratios(withHash, without);
        String errors = withHash.errors + without.errors == 0
                ? ""
                : "; " + (withHash.errors + without.errors) + " errors, first: "
                        + (withHash.firstError != null ? withHash.firstError : without.firstError);
        String name = path + ", " + level + " clients, with the hash chain";
        return List.of(
                new Result(
                        "hashing",
                        name,
                        "cmd/s",
                        withHash.perSecond(),
                        without.perSecond(),
                        "the same without hashing",
                        "within 10%",
                        ratio >= 0.9,
                        String.format(
                                "%d alternating slices of %.1f s per half; ratio per pair of slices %.2f–%.2f, median %.2f%s",
                                ROUNDS,
                                withHash.seconds / ROUNDS,
                                sliceRatios[0],
                                sliceRatios[ROUNDS - 1],
                                sliceRatios[ROUNDS / 2],
                                errors)),
                new Result(
                        "hashing",
                        name + ", p50",
                        "ms",
                        withHash.percentile(50),
                        without.percentile(50),
                        "the same without hashing",
                        "-",
                        null,
                        null),
                new Result(
                        "hashing",
                        name + ", p99",
                        "ms",
                        withHash.percentile(99),
                        without.percentile(99),
                        "the same without hashing",
                        "-",
                        null,
                        null),
                new Result(
                        "hashing",
                        name + ", service CPU per command",
                        "ms",
                        withHash.cpuMillisPerCommand(),
                        without.cpuMillisPerCommand(),
                        "the same without hashing",
                        "-",
                        null,
                        "the service's JVM (projections and the benchmark's own clients included) during each half's slices, over its commands"));
    }

    /** The rate ratio of each pair of slices (with / without), sorted. */
    private static double[] ratios(Half withHash, Half without) {
        double[] ratios = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) ratios[i] = withHash.rates.get(i) / without.rates.get(i);
        Arrays.sort(ratios);
        return ratios;
    }

    /** One half of the cases: its operation and what its slices measured together. */
    private static final class Half {
        final List<String[]> cases;
        Load.Operation operation;
        final List<Double> rates = new ArrayList<>();
        final List<double[]> latencies = new ArrayList<>();
        long operations;
        long errors;
        String firstError;
        double seconds;
        long cpuNanos;

        Half(List<String[]> cases) {
            this.cases = cases;
        }

        nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting meeting() {
            return CommandBenchmark.meeting(
                    cases.get(ThreadLocalRandom.current().nextInt(cases.size())));
        }

        void slice(int clients, double sliceSeconds) throws InterruptedException {
            long cpuBefore = OS.getProcessCpuTime();
            Load.Measured measured = Load.run(clients, 0, sliceSeconds, operation);
            cpuNanos += OS.getProcessCpuTime() - cpuBefore;
            rates.add(measured.perSecond());
            latencies.add(measured.latenciesMs());
            operations += measured.operations();
            errors += measured.errors();
            seconds += measured.seconds();
            if (firstError == null) firstError = measured.firstError();
        }

        double perSecond() {
            return operations / seconds;
        }

        double percentile(int p) {
            return Load.percentile(
                    latencies.stream().flatMapToDouble(Arrays::stream).toArray(), p);
        }

        double cpuMillisPerCommand() {
            return cpuNanos / 1e6 / operations;
        }
    }
}
