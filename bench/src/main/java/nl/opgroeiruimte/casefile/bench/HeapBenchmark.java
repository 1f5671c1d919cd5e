package nl.opgroeiruimte.casefile.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import nl.opgroeiruimte.casefile.bench.Bench.Result;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's heap with the dataset loaded, measured in a child process that runs the service with a
 * fixed maximum heap ({@code -Xmx512m} by default) and GC logging, while this process puts it through
 * its heaviest work: a rebuild of every projection, the evaluation of every case's stop-go indicators
 * (which reads every case's history), dashboards, audit trails of the longest cases, and commands from
 * 8 clients. The child reports the largest heap in use (sampled every 20 ms) and the largest heap left
 * after a garbage collection (the live set plus what the collector had not reclaimed yet).
 */
final class HeapBenchmark {
    private static final String ADMIN =
            "Basic " + java.util.Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes());
    private final String url;
    private final String user;
    private final String database;
    /** The first argument of the child process that runs the service to be watched. */
    static final String SERVE = "--serve";

    private final BenchOptions options;
    private final List<String> appArguments;

    HeapBenchmark(
            String url, String user, String database, String server, BenchOptions options, List<String> appArguments) {
        this.url = url;
        this.user = user;
        this.database = database;
        this.options = options;
        this.appArguments = appArguments;
    }

    List<Result> run(Consumer<String> log) throws Exception {
        String xmx = options.heapXmx;
        String java = ProcessHandle.current().info().command().orElse("java");
        Path gcLog = Path.of("target", "bench-gc-" + database + ".log").toAbsolutePath();
        Files.createDirectories(gcLog.getParent());
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + xmx,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + gcLog,
                "-Daxoniq.update-checker.disabled=true",
                "-jar",
                System.getProperty("java.class.path"),
                SERVE));
        command.addAll(appArguments);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()));
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        CompletableFuture<String> heap = new CompletableFuture<>();
        AtomicLong outOfMemory = new AtomicLong();
        java.util.Deque<String> lastLines = new java.util.ArrayDeque<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line; (line = output.readLine()) != null; ) {
                            synchronized (lastLines) {
                                lastLines.addLast(line);
                                if (lastLines.size() > 30) lastLines.removeFirst();
                            }
                            if (line.startsWith("READY "))
                                ready.complete(
                                        Integer.parseInt(line.substring(6).trim()));
                            else if (line.startsWith("HEAP "))
                                heap.complete(line.substring(5).trim());
                            else if (line.contains("OutOfMemoryError")) {
                                outOfMemory.incrementAndGet();
                                log.accept("  child: " + line);
                            }
                        }
                    } catch (Exception ignored) {
                        // the child ended
                    }
                    if (!ready.isDone()) {
                        synchronized (lastLines) {
                            lastLines.forEach(l -> log.accept("  child: " + l));
                        }
                    }
                    ready.completeExceptionally(new IllegalStateException("the service ended before it was ready"));
                    heap.completeExceptionally(
                            new IllegalStateException("the service ended without reporting its heap"));
                },
                "child-output");
        reader.setDaemon(true);
        reader.start();
        PrintStream input = new PrintStream(child.getOutputStream(), true);
        String workloadFailure = null;
        try {
            int port = ready.get(5, TimeUnit.MINUTES);
            log.accept("  service up on port " + port + " with -Xmx" + xmx);
            workload(port, log);
        } catch (Exception e) {
            workloadFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.accept("  workload failed: " + workloadFailure);
        }
        input.println("STOP");
        String[] figures;
        try {
            figures = heap.get(2, TimeUnit.MINUTES).split(" ");
        } catch (Exception e) {
            child.destroy();
            return List.of(new Result(
                    "heap",
                    "service heap with -Xmx" + xmx,
                    "MB",
                    Double.NaN,
                    null,
                    null,
                    "<= 512 MB",
                    false,
                    "the service did not survive: " + (outOfMemory.get() > 0 ? "OutOfMemoryError" : e.getMessage())
                            + "; GC log " + gcLog));
        }
        child.waitFor(1, TimeUnit.MINUTES);
        double maxUsed = Double.parseDouble(figures[0]);
        double maxAfterGc = Double.parseDouble(figures[1]);
        double idleAfterGc = Double.parseDouble(figures[2]);
        double gcSeconds = Double.parseDouble(figures[3]);
        String note = String.format(
                "-Xmx%s; %s; GC time %.1f s; GC log %s",
                xmx,
                workloadFailure == null
                        ? "rebuild, indicators, dashboards, audit trails, commands"
                        : "workload failed: " + workloadFailure,
                gcSeconds,
                gcLog.getFileName());
        boolean survived = outOfMemory.get() == 0 && workloadFailure == null;
        log.accept(String.format(
                "  heap: max used %.0f MB, max after GC %.0f MB, idle after GC %.0f MB",
                maxUsed, maxAfterGc, idleAfterGc));
        return List.of(
                new Result(
                        "heap",
                        "service heap in use, peak (sampled every 20 ms)",
                        "MB",
                        maxUsed,
                        null,
                        null,
                        "<= 512 MB",
                        survived && maxUsed <= 512,
                        note),
                new Result(
                        "heap",
                        "service heap after GC, peak (live set + not yet reclaimed)",
                        "MB",
                        maxAfterGc,
                        idleAfterGc,
                        "idle after start",
                        "<= 512 MB",
                        survived && maxAfterGc <= 512,
                        null));
    }

    private void workload(int port, Consumer<String> log) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        List<String> processors = new ArrayList<>();
        for (JsonNode processor : mapper.readTree(get(http, port, "/api/v1/admin/processors"))) {
            if (processor.get("replayable").asBoolean())
                processors.add(processor.get("name").asText());
        }
        for (String processor : processors)
            post(http, port, "/api/v1/admin/processors/" + processor + "/replay", "{}", 202);
        long started = System.nanoTime();
        double timeout = options.rebuildTimeout;
        for (String processor : processors) {
            while (true) {
                JsonNode progress = mapper.readTree(get(http, port, "/api/v1/admin/processors/" + processor));
                if (progress.get("caughtUp").asBoolean()
                        && !progress.get("replaying").asBoolean()) break;
                if ((System.nanoTime() - started) / 1e9 > timeout)
                    throw new IllegalStateException("rebuild did not finish in " + timeout + " s");
                Thread.sleep(1000);
            }
        }
        log.accept(String.format("  rebuilt in %.0f s", (System.nanoTime() - started) / 1e9));
        started = System.nanoTime();
        double indicatorTimeout = options.indicatorTimeout;
        while (RebuildBenchmark.count(url, user, RebuildBenchmark.INDICATORS_PENDING) > 0
                && (System.nanoTime() - started) / 1e9 < indicatorTimeout) {
            Thread.sleep(1000);
        }
        log.accept(String.format("  indicators evaluated in %.0f s", (System.nanoTime() - started) / 1e9));
        List<String[]> cases = new ArrayList<>();
        List<String> longest = new ArrayList<>();
        Set<String> municipalities;
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "select case_id, municipality, initiative from rm_case where status in ('requested', 'granted', 'paused')")) {
                while (rows.next()) cases.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
            try (ResultSet rows =
                    statement.executeQuery("select case_id from rm_case order by event_count desc limit 5")) {
                while (rows.next()) longest.add(rows.getString(1));
            }
            municipalities = cases.stream().map(c -> c[1]).collect(Collectors.toSet());
        }
        List<String> codes = new ArrayList<>(municipalities);
        for (int i = 0; i < 200; i++) {
            String code = codes.get(ThreadLocalRandom.current().nextInt(codes.size()));
            get(http, port, "/api/v1/cases?municipality=" + code + "&pageSize=50");
            get(http, port, "/api/v1/indicator-counts?municipality=" + code);
        }
        for (String caseId : longest) {
            for (int i = 0; i < 40; i++) {
                get(
                        http,
                        port,
                        "/api/v1/cases/" + caseId + "/audit-trail?asOf="
                                + LocalDate.of(2019, 3, 1)
                                        .plusDays(ThreadLocalRandom.current().nextInt(2800)));
            }
        }
        Load.Measured commands = Load.run(8, 2, 20, (client, n) -> {
            String[] c = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
            post(
                    http,
                    port,
                    "/api/v1/cases/" + c[0] + "/meetings",
                    """
                    {"actor": {"personId": "p-bench-heap", "party": {"municipality": "%s"}, "role": "civil-servant"},
                     "occurredOn": "%s", "kind": "meeting", "topics": ["progress"],
                     "attendees": [{"personId": "p-bench-heap", "party": {"municipality": "%s"}, "role": "civil-servant"},
                                   {"personId": "p-bench-heap-2", "party": {"initiative": "%s"}, "role": "board-member"}]}""".formatted(c[1], LocalDate.now(), c[1], c[2]),
                    201);
        });
        log.accept(String.format(
                "  dashboards, audit trails of the 5 longest cases, and %.0f commands/s from 8 clients done",
                commands.perSecond()));
    }

    private static String get(HttpClient http, int port, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", ADMIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200)
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        return response.body();
    }

    private static void post(HttpClient http, int port, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected)
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }

    // ------------------------------------------------------------------ in the child: the service, watched

    /** The child process: runs the service and reports its heap when told to stop. */
    static void serve(List<String> arguments) throws Exception {
        HeapWatch watch = new HeapWatch();
        try (ConfigurableApplicationContext app = Bench.start(arguments)) {
            System.gc();
            Thread.sleep(500);
            watch.idleAfterGc = watch.heapAfterLastGc;
            System.out.println("READY " + Bench.port(app));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.trim().equals("STOP")) break;
            }
            double gcSeconds = ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                            .sum()
                    / 1000.0;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "HEAP %.1f %.1f %.1f %.1f%n",
                    watch.maxUsed / 1048576.0,
                    watch.maxAfterGc / 1048576.0,
                    watch.idleAfterGc / 1048576.0,
                    gcSeconds);
            System.out.flush();
        }
        System.exit(0);
    }

    /** The largest heap in use, sampled, and the largest heap left after a collection, from the GC's own notifications. */
    private static final class HeapWatch {
        volatile long maxUsed;
        volatile long maxAfterGc;
        volatile long heapAfterLastGc;
        volatile long idleAfterGc;

        HeapWatch() {
            Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName)
                    .collect(Collectors.toSet());
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector)
                        .addNotificationListener(
                                (notification, handback) -> {
                                    if (!notification
                                            .getType()
                                            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION))
                                        return;
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                            .filter(e -> heapPools.contains(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    heapAfterLastGc = after;
                                    if (after > maxAfterGc) maxAfterGc = after;
                                },
                                null,
                                null);
            }
            Thread sampler = new Thread(
                    () -> {
                        var memory = ManagementFactory.getMemoryMXBean();
                        while (true) {
                            long used = memory.getHeapMemoryUsage().getUsed();
                            if (used > maxUsed) maxUsed = used;
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }
    }
}
