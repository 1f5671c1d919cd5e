package nl.opgroeiruimte.casefile.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.opgroeiruimte.casefile.bench.dataset.DatasetGenerator;
import nl.opgroeiruimte.casefile.bench.dataset.ServiceFormat;
import nl.opgroeiruimte.casefile.bench.pdf.PdfFixtureBenchmark;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine;

/**
 * Runs the benchmarks against the real service on a PostgreSQL database of its own: creates the
 * database, generates a seeded national dataset into it (see {@link DatasetGenerator}), starts the
 * service on it, measures, prints a table, writes {@code target/bench.json}, and drops the database
 * (unless {@code --keep}). Every figure is printed next to its baseline, measured in the same run on
 * the same database.
 *
 * <pre>
 * java -jar bench/target/bench.jar                       # 10,000 cases, ~50 events each, one 10,000+-event case
 * java -jar bench/target/bench.jar --cases=300           # a quick run
 * java -jar bench/target/bench.jar --national            # 10,000 cases, ~5 million events, 50 cases of 10,000+ events
 * java -jar bench/target/bench.jar pdf-fixture           # the promise ledger's PDF of a 300-case municipality, no database
 *   [--events-per-case=50] [--giants=1] [--seed=20220316]     the dataset
 *   [--db=NAME]                                          measure an existing (kept) database instead of generating one
 *   [--keep]                                             keep the database afterwards
 *   [--only=rebuild,dashboard,asof,promises,commands,chain,heap]  run only these parts
 *   [--clients=1,8,32] [--seconds=15] [--warmup=5]       command load
 *   [--heap-xmx=512m]                                    heap limit of the service in the heap measurement
 *   [--app:PROPERTY=VALUE ...]                           a setting of the service, e.g. --app:casefile.snapshot-threshold=100
 *   [--app:casefile.instance.role=api]                   the service as an api instance, a projector instance beside it
 *   [--label=NAME] [--out=target/bench.json]
 *   [--pg=127.0.0.1:5432] [--user=postgres]
 * </pre>
 */
public final class Bench {

    /** One measured figure, next to its baseline and its target. Ratio = value / baseline. */
    public record Result(
            String group,
            String name,
            String unit,
            double value,
            Double baseline,
            String baselineName,
            String target,
            Boolean met,
            String note) {
        public Double ratio() {
            return baseline == null || baseline == 0 ? null : value / baseline;
        }
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (args.length > 0 && args[0].equals(HeapBenchmark.SERVE)) {
            HeapBenchmark.serve(Arrays.asList(args).subList(1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals(PdfFixtureBenchmark.COMMAND)) {
            System.exit(PdfFixtureBenchmark.main(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        BenchOptions options = new BenchOptions();
        Integer exit = parse(options, args, System.out, System.err);
        if (exit != null) System.exit(exit);
        // the table is the data; progress and the service's logs go to standard error
        PrintStream table = System.out;
        System.setOut(System.err);
        try {
            run(options, args, table);
        } catch (Exception | Error failed) {
            // the service's non-daemon threads would keep the JVM (and its connections) alive after a failed run
            failed.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * Reads the arguments into {@code options}: null to go on and measure, or the exit code when there is
     * nothing to measure (the usage asked for: 0; an option unknown or invalid: 2, with the usage).
     */
    static Integer parse(BenchOptions options, String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(options);
        try {
            cli.parseArgs(BenchOptions.normalised(args));
        } catch (CommandLine.ParameterException e) {
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            cli.usage(err);
            return CommandLine.ExitCode.USAGE;
        }
        if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
            cli.usage(out);
            return CommandLine.ExitCode.OK;
        }
        List<String> unknown = options.only.stream()
                .filter(p -> !BenchOptions.PARTS.contains(p))
                .toList();
        if (!unknown.isEmpty()) {
            err.println("Unknown part" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + " in --only; the parts are " + String.join(", ", BenchOptions.PARTS));
            cli.usage(err);
            return CommandLine.ExitCode.USAGE;
        }
        if (options.unhashed && options.only.contains("hashing")) {
            err.println("--unhashed measures the service without the hash chain: it cannot run the part 'hashing',"
                    + " which compares the two (use --only without hashing)");
            return CommandLine.ExitCode.USAGE;
        }
        if (options.unhashed && options.only.contains("chain")) {
            err.println("--unhashed measures the service without the hash chain: it cannot run the part 'chain',"
                    + " which compares the two (use --only without chain)");
            return CommandLine.ExitCode.USAGE;
        }
        return null;
    }

    private static void run(BenchOptions options, String[] args, PrintStream table) throws Exception {
        String server = options.pg;
        String user = options.user;
        List<String> only = options.only;
        boolean reuse = options.db != null;
        String database = reuse ? options.db : "casefile_bench_" + Long.toString(System.currentTimeMillis(), 36);
        String url = "jdbc:postgresql://" + server + "/" + database;
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("label", options.label);
        report.put("hashChain", !options.unhashed);
        report.put("started", Instant.now().toString());
        report.put("arguments", String.join(" ", args));
        report.put("machine", machine(server, user));
        List<Result> results = new ArrayList<>();
        Serializer serializer = ServiceFormat.serializer();
        DatasetGenerator.Result dataset = null;
        try {
            if (!reuse) {
                execute(server, user, "create database " + database);
                ServiceFormat.migrate(url, user);
                DatasetGenerator.Options datasetOptions = DatasetGenerator.Options.of(
                        options.seed, options.cases(), options.eventsPerCase(), options.giants());
                log("generating the dataset into " + database + ": " + datasetOptions);
                dataset = DatasetGenerator.generate(datasetOptions, url, user, serializer, Bench::log);
                log(String.format(
                        Locale.ROOT,
                        "generated %,d events (%,d commands, %,d refused by the aggregates, %,d by time passing, %,d snapshots) in %.0f s",
                        dataset.events(),
                        dataset.commands(),
                        dataset.refused(),
                        dataset.deadlineEvents(),
                        dataset.snapshots(),
                        dataset.seconds()));
                results.add(new Result(
                        "dataset",
                        "generate: decide with the aggregates + batched JDBC insert",
                        "events/s",
                        dataset.events() / dataset.seconds(),
                        null,
                        null,
                        "-",
                        null,
                        String.format(
                                Locale.ROOT,
                                "%,d events in %.0f s; %,d commands refused",
                                dataset.events(),
                                dataset.seconds(),
                                dataset.refused())));
                report.put("dataset", datasetSummary(dataset));
            } else {
                log("measuring the existing database " + database);
            }
            report.put("datasetInStore", storeSummary(url, user));
            List<String> appArguments = appArguments(url, user, options);
            report.put(
                    "serviceSettings",
                    appArguments.stream()
                            .filter(a -> !a.contains("datasource") && !a.contains("security"))
                            .toList());

            boolean inProcess = only.stream()
                    .anyMatch(p -> List.of("rebuild", "dashboard", "asof", "promises", "commands", "chain", "hashing")
                            .contains(p));
            if (inProcess) {
                if (!options.unhashed) seal(url, user);
                log("starting the service");
                long started = System.nanoTime();
                if (options.unhashed) log("  without the hash chain (--unhashed): Axon's plain JDBC engine");
                try (ConfigurableApplicationContext app = options.unhashed
                        ? start(appArguments, UnhashedStore.class)
                        : only.contains("hashing") ? start(appArguments, PairedStore.class) : start(appArguments)) {
                    log(String.format("  started in %.1f s", (System.nanoTime() - started) / 1e9));
                    boolean hashing = app.getBean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class)
                            instanceof nl.opgroeiruimte.casefile.infra.record.ChainedJdbcEventStorageEngine;
                    if (hashing == options.unhashed) {
                        throw new IllegalStateException("The service stores events " + (hashing ? "with" : "without")
                                + " the hash chain, although " + (options.unhashed ? "" : "not ") + "--unhashed");
                    }
                    if (dataset != null && !dataset.pendingDeadlines().isEmpty()) scheduleDeadlines(app, dataset);
                    // as an api instance the service projects nothing: a projector beside it in this process does
                    // (docs/scaling.md, "Instance roles"), and the projections' progress is read from it
                    try (ConfigurableApplicationContext projector =
                            "api".equalsIgnoreCase(options.app.get(ROLE)) ? startProjector(appArguments) : null) {
                        ConfigurableApplicationContext projecting = projector != null ? projector : app;
                        if (only.contains("rebuild")) {
                            log("rebuild of every projection");
                            results.addAll(new RebuildBenchmark(
                                            projecting, url, user, options.rebuildTimeout, options.rebuildProfile)
                                    .run(Bench::log));
                        }
                        if (!only.contains("rebuild")) {
                            double seconds =
                                    RebuildBenchmark.awaitProjections(projecting, options.rebuildTimeout, Bench::log);
                            log(String.format("  projections built on start-up after %.1f s", seconds));
                        }
                        results.addAll(awaitIndicators(url, user, options.indicatorTimeout));
                        if (only.contains("dashboard")) {
                            log("dashboard");
                            results.addAll(new DashboardBenchmark(app, url, user, options.dashboardIterations)
                                    .run(Bench::log));
                        }
                        if (only.contains("asof")) {
                            log("audit trail as of a date");
                            results.addAll(new AsOfBenchmark(app, 10_000, longestCase(url, user), url, user).run());
                        }
                        if (only.contains("promises")) {
                            log("promise ledger of the largest municipality");
                            results.addAll(new PromiseLedgerBenchmark(app, url, user).run(Bench::log));
                        }
                        if (only.contains("chain")) {
                            log("hash chain: appends with and without hashing, verification of a 10,000-event case");
                            results.addAll(new ChainBenchmark(app, options.chainAppends).run(Bench::log));
                        }
                        if (only.contains("commands")) {
                            log("commands");
                            results.addAll(new CommandBenchmark(
                                            app,
                                            url,
                                            user,
                                            options.clients,
                                            options.warmup,
                                            options.seconds,
                                            serializer)
                                    .run(Bench::log));
                        }
                        if (only.contains("hashing")) {
                            log("the command rate with and without the hash chain, on two halves of the open cases");
                            results.addAll(new HashCostBenchmark(
                                            app, url, user, options.clients, options.warmup, options.seconds)
                                    .run(Bench::log));
                        }
                    }
                }
            }
            if (only.contains("heap")) {
                log("peak heap of the service in a child process with -Xmx" + options.heapXmx);
                results.addAll(new HeapBenchmark(url, user, database, server, options, appArguments).run(Bench::log));
            }
        } finally {
            if (!reuse && !options.keep) execute(server, user, "drop database if exists " + database + " with (force)");
            else log("database kept: " + database);
        }
        report.put("finished", Instant.now().toString());
        report.put(
                "loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.put("results", results.stream().map(Bench::asMap).toList());
        print(results, table);
        Path out = Path.of(options.out);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        log("written to " + out.toAbsolutePath());
        System.exit(0);
    }

    /**
     * The generator inserts its events in bulk, without the hash chain; the service would seal each case's
     * events at its first command, which would then be timed. Sealed here once, as the migration that
     * introduced the chain seals the events stored before it.
     */
    private static void seal(String url, String user) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.setAutoCommit(false);
            long sealed =
                    nl.opgroeiruimte.casefile.infra.record.EventChain.sealUnsealedEvents(connection, Instant.now());
            connection.commit();
            if (sealed > 0)
                log(String.format(
                        "  sealed the hash chain of %,d events inserted in bulk in %.1f s",
                        sealed, (System.nanoTime() - started) / 1e9));
        }
    }

    private static final String ROLE = "casefile.instance.role";

    /** A projector instance on the same database, in this process, for a service measured as an api instance. */
    private static ConfigurableApplicationContext startProjector(List<String> appArguments) {
        log("  as an api instance: starting a projector instance beside it");
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(appArguments);
        arguments.removeIf(argument -> argument.startsWith("--" + ROLE + "="));
        arguments.add("--" + ROLE + "=projector");
        ConfigurableApplicationContext projector = start(arguments);
        log(String.format("  projector started in %.1f s", (System.nanoTime() - started) / 1e9));
        return projector;
    }

    static ConfigurableApplicationContext start(List<String> arguments, Class<?>... extraSources) {
        return new SpringApplicationBuilder(CaseFileApplication.class)
                .sources(extraSources)
                .profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    static List<String> appArguments(String url, String user, BenchOptions options) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--casefile.demo-data.enabled=false",
                // the benchmark signs in as the local administrator on its own throw-away database
                "--casefile.security.mode=local",
                "--casefile.security.allow-local-users=true"));
        options.app.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    /** The deadlines the aggregates set that fall due after the dataset's last day go to the service's own deadline manager. */
    private static void scheduleDeadlines(ConfigurableApplicationContext app, DatasetGenerator.Result dataset) {
        long started = System.nanoTime();
        DeadlineManager deadlines = app.getBean(DeadlineManager.class);
        TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
        var pending = dataset.pendingDeadlines();
        for (int from = 0; from < pending.size(); from += 500) {
            var batch = pending.subList(from, Math.min(pending.size(), from + 500));
            transaction.executeWithoutResult(
                    status -> batch.forEach(d -> deadlines.schedule(d.at(), d.name(), d.payload(), d.scope())));
        }
        log(String.format(
                "  handed %,d pending deadlines to the service's deadline manager in %.1f s",
                pending.size(), (System.nanoTime() - started) / 1e9));
    }

    /** The stop-go table is filled by the refresher after a rebuild: how long until every case is evaluated. */
    private static List<Result> awaitIndicators(String url, String user, double timeoutSeconds) throws Exception {
        long started = System.nanoTime();
        long stale;
        while (true) {
            stale = RebuildBenchmark.count(url, user, RebuildBenchmark.INDICATORS_PENDING);
            long cases = RebuildBenchmark.count(url, user, "select count(*) from rm_case");
            if ((stale == 0 && cases > 0) || (System.nanoTime() - started) / 1e9 > timeoutSeconds) break;
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log(String.format("  indicators evaluated %.0f s after the rebuild, %,d still stale", seconds, stale));
        return List.of(new Result(
                "dashboard",
                "stop-go indicators of every case evaluated after the rebuild",
                "s",
                seconds,
                null,
                null,
                "-",
                null,
                stale == 0 ? null : String.format("%,d cases still stale at the time-out", stale)));
    }

    private static String longestCase(String url, String user) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select case_id, event_count from rm_case order by event_count desc limit 1")) {
            if (rows.next() && rows.getLong(2) >= 10_000) return rows.getString(1);
        }
        return null;
    }

    private static Map<String, Object> datasetSummary(DatasetGenerator.Result d) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("options", d.options().toString());
        summary.put("events", d.events());
        summary.put("commands", d.commands());
        summary.put("refusedByAggregates", d.refused());
        summary.put("eventsFromTimePassing", d.deadlineEvents());
        summary.put("snapshots", d.snapshots());
        summary.put("cases", d.cases());
        summary.put("municipalities", d.municipalities());
        summary.put("initiatives", d.initiatives());
        summary.put("people", d.people());
        summary.put("giantCases", d.giantCases().size());
        summary.put("largestMunicipalities", d.largestMunicipalities());
        summary.put("pendingDeadlines", d.pendingDeadlines().size());
        summary.put("seconds", Math.round(d.seconds()));
        summary.put("eventsPerType", d.eventsPerType());
        return summary;
    }

    private static Map<String, Object> storeSummary(String url, String user) throws Exception {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("events", RebuildBenchmark.count(url, user, "select count(*) from domainevententry"));
        summary.put(
                "cases",
                RebuildBenchmark.count(
                        url,
                        user,
                        "select count(distinct aggregateidentifier) from domainevententry where type = 'Partnership'"));
        summary.put(
                "eventTableBytes",
                RebuildBenchmark.count(url, user, "select pg_total_relation_size('domainevententry')"));
        summary.put("databaseBytes", RebuildBenchmark.count(url, user, "select pg_database_size(current_database())"));
        return summary;
    }

    private static Map<String, Object> machine(String server, String user) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
            machine.put("memoryGb", Math.round(Long.parseLong(total) / 1024.0 / 1024.0));
            machine.put(
                    "cpu",
                    Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                            .filter(l -> l.startsWith("model name"))
                            .findFirst()
                            .map(l -> l.replaceFirst(".*:\\s*", ""))
                            .orElse("?"));
        } catch (Exception ignored) {
            // not Linux
        }
        machine.put("java", System.getProperty("java.version"));
        machine.put(
                "loadAverageAtStart",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version(), current_setting('shared_buffers')")) {
            rows.next();
            machine.put(
                    "postgres",
                    rows.getString(1).replaceFirst(" on .*", "") + ", shared_buffers " + rows.getString(2)
                            + ", same machine");
        } catch (Exception e) {
            machine.put("postgres", "?");
        }
        return machine;
    }

    private static Map<String, Object> asMap(Result r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("group", r.group());
        map.put("name", r.name());
        map.put("unit", r.unit());
        map.put("value", round(r.value()));
        if (r.baseline() != null) {
            map.put("baseline", round(r.baseline()));
            map.put("baselineName", r.baselineName());
            map.put("ratio", round(r.ratio()));
        }
        map.put("target", r.target());
        if (r.met() != null) map.put("met", r.met());
        if (r.note() != null && !r.note().isBlank()) map.put("note", r.note());
        return map;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void print(List<Result> results, PrintStream table) {
        table.printf(
                "%n%-78s %12s %-9s %12s %7s %-10s %s%n",
                "benchmark", "value", "unit", "baseline", "ratio", "target", "met");
        String group = null;
        for (Result r : results) {
            if (!r.group().equals(group)) {
                group = r.group();
                table.println("-- " + group);
            }
            table.printf(
                    Locale.ROOT,
                    "%-78s %12.2f %-9s %12s %7s %-10s %s%s%n",
                    r.name(),
                    r.value(),
                    r.unit(),
                    r.baseline() == null ? "" : String.format(Locale.ROOT, "%.2f", r.baseline()),
                    r.ratio() == null ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio()),
                    r.target(),
                    r.met() == null ? "" : r.met() ? "yes" : "NO",
                    r.note() == null || r.note().isBlank() ? "" : "  (" + r.note() + ")");
        }
    }

    static void log(String message) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }

    static void execute(String server, String user, String sql) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String readLine(BufferedReader reader) throws Exception {
        return reader.readLine();
    }

    static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream()));
    }

    static int port(ConfigurableApplicationContext app) {
        return ((ServletWebServerApplicationContext) app).getWebServer().getPort();
    }
}
