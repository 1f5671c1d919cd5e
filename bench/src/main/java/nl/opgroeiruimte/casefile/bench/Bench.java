package nl.opgroeiruimte.casefile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the benchmarks against the real service on a PostgreSQL database of its own (created here,
 * dropped afterwards unless {@code --keep}), prints a table and writes {@code target/bench.json}.
 *
 * <pre>java -jar bench/target/bench.jar [--pg=127.0.0.1:5432] [--user=postgres] [--events=10000] [--keep]</pre>
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String server = options.getOrDefault("pg", "127.0.0.1:5432");
        String user = options.getOrDefault("user", "postgres");
        String database = "casefile_bench_" + Long.toString(System.currentTimeMillis(), 36);
        execute(server, user, "create database " + database);
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Result> results = new ArrayList<>();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseFileApplication.class)
                .profiles("postgres")
                .run("--spring.datasource.url=jdbc:postgresql://" + server + "/" + database,
                        "--spring.datasource.username=" + user, "--server.port=0",
                        "--logging.level.root=WARN", "--casefile.demo-data.enabled=false",
                        // the benchmark signs in as the local administrator on its own throw-away database
                        "--casefile.security.mode=local", "--casefile.security.allow-local-users=true")) {
            results.addAll(new AsOfBenchmark(app, Integer.parseInt(options.getOrDefault("events", "10000"))).run());
        } finally {
            if (!options.containsKey("keep")) execute(server, user, "drop database if exists " + database + " with (force)");
        }
        print(results);
        write(results);
        System.exit(0);
    }

    /** One measured figure next to its target. */
    public record Result(String name, String unit, double value, String target, boolean met, String note) {
    }

    private static void print(List<Result> results) {
        System.out.printf("%n%-55s %12s %-8s %-14s %s%n", "benchmark", "value", "unit", "target", "met");
        for (Result r : results) {
            System.out.printf("%-55s %12.2f %-8s %-14s %s%s%n", r.name(), r.value(), r.unit(), r.target(), r.met() ? "yes" : "NO",
                    r.note() == null ? "" : "  (" + r.note() + ")");
        }
    }

    private static void write(List<Result> results) throws Exception {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append("  {\"name\": \"").append(r.name()).append("\", \"unit\": \"").append(r.unit())
                    .append("\", \"value\": ").append(String.format(java.util.Locale.ROOT, "%.3f", r.value()))
                    .append(", \"target\": \"").append(r.target()).append("\", \"met\": ").append(r.met())
                    .append(r.note() == null ? "" : ", \"note\": \"" + r.note().replace("\"", "'") + "\"")
                    .append('}').append(i < results.size() - 1 ? ",\n" : "\n");
        }
        json.append("]\n");
        Path out = Path.of("target", "bench.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println("\nwritten to " + out.toAbsolutePath());
    }

    static void execute(String server, String user, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String a = arg.replaceFirst("^--", "");
            int eq = a.indexOf('=');
            options.put(eq < 0 ? a : a.substring(0, eq), eq < 0 ? "" : a.substring(eq + 1));
        }
        return options;
    }
}
