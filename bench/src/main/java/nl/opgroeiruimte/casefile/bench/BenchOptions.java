package nl.opgroeiruimte.casefile.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What a benchmark run measures, and on which data; {@code --help} lists it. */
@Command(
        name = "java -jar bench/target/bench.jar",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generates a seeded dataset into a PostgreSQL database of its own, starts the service on it, "
                    + "measures, prints a table and writes a JSON report; the database is dropped afterwards unless --keep.",
            "Without options: 10,000 cases of ~50 events and one 10,000+-event case (about 45 minutes)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed", "2:unknown or invalid option"})
final class BenchOptions {
    @Option(names = "--cases", description = "Cases in the dataset (default 10000)")
    Integer cases;

    @Option(names = "--events-per-case", description = "Events per case on average (default 50; 750 with --national)")
    Integer eventsPerCase;

    @Option(names = "--giants", description = "Cases of 10,000+ events (default 1; 50 with --national)")
    Integer giants;

    @Option(names = "--national", description = "The national dataset: 10,000 cases, ~5 million events, 50 giant cases")
    boolean national;

    @Option(names = "--seed", defaultValue = "20220316", description = "Seed of the dataset (default ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--db",
            paramLabel = "NAME",
            description = "Measure this existing (kept) database instead of generating one")
    String db;

    @Option(names = "--keep", description = "Keep the database afterwards")
    boolean keep;

    /** The parts of a run, in the order they run. */
    static final List<String> PARTS =
            List.of("rebuild", "dashboard", "asof", "promises", "chain", "commands", "hashing", "heap");

    @Option(
            names = "--only",
            split = ",",
            paramLabel = "PART",
            description =
                    "Run only these parts: rebuild, dashboard, asof, promises, commands, chain, hashing, heap (default all)")
    List<String> only = new ArrayList<>(PARTS);

    @Option(names = "--clients", split = ",", description = "Concurrent clients of the command load (default 1,8,32)")
    List<Integer> clients = new ArrayList<>(List.of(1, 8, 32));

    @Option(
            names = "--seconds",
            defaultValue = "15",
            description = "Seconds of command load per client count (default ${DEFAULT-VALUE})")
    double seconds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Seconds of warm-up before each (default ${DEFAULT-VALUE})")
    double warmup;

    @Option(
            names = "--chain-appends",
            defaultValue = "2000",
            description = "Appends per side of the hash-chain comparison (default ${DEFAULT-VALUE})")
    int chainAppends;

    @Option(
            names = "--unhashed",
            description = "Start the service on Axon's plain JDBC engine, without the hash chain: the baseline of the"
                    + " command rate before hashing (measurement only; the service itself has no such setting)")
    boolean unhashed;

    @Option(
            names = "--heap-xmx",
            defaultValue = "512m",
            description = "Heap limit of the service in the heap measurement (default ${DEFAULT-VALUE})")
    String heapXmx;

    @Option(
            names = "--rebuild-timeout",
            defaultValue = "1800",
            description = "Seconds a rebuild may take (default ${DEFAULT-VALUE})")
    double rebuildTimeout;

    @Option(
            names = "--rebuild-profile",
            paramLabel = "FILE",
            description = "Record a Java Flight Recorder profile (settings 'profile') of the service during the timed"
                    + " rebuild into this file")
    String rebuildProfile;

    @Option(
            names = "--indicator-timeout",
            defaultValue = "900",
            description = "Seconds the indicators may take after it (default ${DEFAULT-VALUE})")
    double indicatorTimeout;

    @Option(
            names = "--dashboard-iterations",
            defaultValue = "500",
            description = "Requests per dashboard figure (default ${DEFAULT-VALUE})")
    int dashboardIterations;

    @Option(
            names = "--app",
            paramLabel = "PROPERTY=VALUE",
            description =
                    "A setting of the service, also written --app:PROPERTY=VALUE, e.g. --app:casefile.snapshot-threshold=100;"
                            + " --app:casefile.instance.role=api measures the service as an api instance, with a"
                            + " projector instance (casefile.instance.role=projector) started beside it in this process")
    Map<String, String> app = new LinkedHashMap<>();

    @Option(names = "--label", defaultValue = "", description = "A name for this run in the report")
    String label;

    @Option(
            names = "--out",
            defaultValue = "target/bench.json",
            description = "Where the JSON report goes (default ${DEFAULT-VALUE})")
    String out;

    @Option(
            names = "--pg",
            defaultValue = "127.0.0.1:5432",
            description = "The PostgreSQL server (default ${DEFAULT-VALUE})")
    String pg;

    @Option(
            names = "--user",
            defaultValue = "postgres",
            description = "Its user, trusted without a password (default ${DEFAULT-VALUE})")
    String user;

    int cases() {
        return cases != null ? cases : 10_000;
    }

    int eventsPerCase() {
        return eventsPerCase != null ? eventsPerCase : national ? 750 : 50;
    }

    int giants() {
        return giants != null ? giants : national ? 50 : 1;
    }

    /** {@code --app:NAME=VALUE} is {@code --app NAME=VALUE}: the way the results in BENCHMARKS.md were written down. */
    static String[] normalised(String[] args) {
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--app:")) {
                result.add("--app");
                result.add(arg.substring("--app:".length()));
            } else {
                result.add(arg);
            }
        }
        return result.toArray(String[]::new);
    }
}
