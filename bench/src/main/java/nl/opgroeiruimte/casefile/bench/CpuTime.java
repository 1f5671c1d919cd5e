package nl.opgroeiruimte.casefile.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time spent, not wall time: what a measurement costs survives a machine shared with other work, where
 * events per second follow the load. The service runs in this process, so its share is the process's CPU
 * time ({@code OperatingSystemMXBean#getProcessCpuTime}); PostgreSQL's is the user and system time of the
 * backends serving the database, read from {@code /proc/PID/stat} (only when PostgreSQL runs on this
 * machine and its processes are readable, else unknown).
 */
final class CpuTime {
    /** Clock ticks per second of {@code /proc/PID/stat} ({@code getconf CLK_TCK}; 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private final String jdbcUrl;
    private final String user;
    private final long processStart;
    private final Map<Long, Long> backendsAtStart;

    private CpuTime(String jdbcUrl, String user) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.backendsAtStart = backendTicks();
        this.processStart = processNanos();
    }

    /** Starts counting now. */
    static CpuTime start(String jdbcUrl, String user) {
        return new CpuTime(jdbcUrl, user);
    }

    /** CPU seconds of this process (the service and the bench's polling) since the start. */
    double processSeconds() {
        return (processNanos() - processStart) / 1e9;
    }

    /**
     * CPU seconds of the PostgreSQL backends connected to the database since the start: a backend there at
     * both ends counts its difference, one that connected since counts all of its time (one that left in
     * between is missed); null if the backends' times cannot be read.
     */
    Double postgresSeconds() {
        Map<Long, Long> now = backendTicks();
        if (now == null || backendsAtStart == null) return null;
        long ticks = 0;
        for (Map.Entry<Long, Long> backend : now.entrySet()) {
            ticks += backend.getValue() - backendsAtStart.getOrDefault(backend.getKey(), 0L);
        }
        return ticks / TICKS_PER_SECOND;
    }

    private static long processNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime();
        throw new IllegalStateException("This JVM does not report its process CPU time");
    }

    private Map<Long, Long> backendTicks() {
        Map<Long, Long> ticks = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rows.next()) {
                long pid = rows.getLong(1);
                Long used = ticks(pid);
                if (used != null) ticks.put(pid, used);
                else if (!Files.exists(Path.of("/proc/" + pid))) return null;
            }
        } catch (Exception e) {
            return null;
        }
        return ticks;
    }

    /** utime + stime of a process (fields 14 and 15 of /proc/PID/stat, counted after the name in brackets). */
    private static Long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
