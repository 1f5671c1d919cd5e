package nl.opgroeiruimte.casefile.infra.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One isolated PostgreSQL database per test run, on the local server (127.0.0.1:5432, or
 * CASEFILE_TEST_PG_HOST/PORT/USER), created on first use and dropped when the JVM ends. Nothing a test
 * run writes can meet another run's data, and no Docker engine is needed.
 */
public final class PostgresTestDatabase {
    private static final String HOST = env("CASEFILE_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("CASEFILE_TEST_PG_PORT", "5432");
    public static final String USER = env("CASEFILE_TEST_PG_USER", "postgres");
    private static String url;

    private PostgresTestDatabase() {}

    public static synchronized String url() {
        if (url == null) {
            url = create("casefile_it_" + Long.toString(System.currentTimeMillis(), 36) + "_"
                    + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36));
        }
        return url;
    }

    /** A further fresh database, e.g. for a test that must start from nothing. Dropped at JVM exit. */
    public static String create(String name) {
        execute("create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    private static void execute(String sql) {
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + HOST + ":" + PORT + " is needed for the integration tests: " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
