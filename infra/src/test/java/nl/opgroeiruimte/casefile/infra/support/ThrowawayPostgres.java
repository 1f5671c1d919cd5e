package nl.opgroeiruimte.casefile.infra.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, on a free port in a temporary directory, that the test may
 * stop and start as it likes (a database outage) without touching the shared server. Made with the
 * local PostgreSQL 15 binaries; as root, they run as the {@code postgres} user, since PostgreSQL
 * refuses to run as root. Removed on {@link #close()}.
 */
public final class ThrowawayPostgres implements AutoCloseable {
    public static final Path BINARIES =
            Path.of(System.getenv().getOrDefault("CASEFILE_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final String USER = "postgres";
    private final Path home;
    private final Path data;
    private final int port;

    private ThrowawayPostgres(Path home, int port) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
    }

    public static boolean available() {
        return Files.isExecutable(BINARIES.resolve("initdb")) && Files.isExecutable(BINARIES.resolve("pg_ctl"));
    }

    /** A new cluster, started, with one empty database {@code casefile}. */
    public static ThrowawayPostgres start() throws IOException, SQLException {
        Path home = Files.createTempDirectory("casefile-outage-");
        if (runningAsRoot()) {
            Files.setOwner(
                    home, home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
        }
        ThrowawayPostgres cluster = new ThrowawayPostgres(home, freePort());
        try {
            cluster.run(
                    "initdb",
                    "-D",
                    cluster.data.toString(),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync");
            cluster.startServer();
            try (Connection connection = DriverManager.getConnection(cluster.url("postgres"), USER, "")) {
                connection.createStatement().execute("create database casefile");
            }
            return cluster;
        } catch (IOException | SQLException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    /** Stops the server the way an operator or a crash would: open connections are cut off. */
    public void stopServer() throws IOException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    public void startServer() throws IOException {
        run(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid")))
                run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | RuntimeException e) {
            // removing the directory below is what matters; a server left running has lost its files
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Could not remove " + home, e);
        }
    }

    private void run(String binary, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) command.addAll(List.of("runuser", "-u", USER, "--"));
        command.add(BINARIES.resolve(binary).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve(binary + ".out").toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(binary + " failed: " + Files.readString(home.resolve(binary + ".out")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
