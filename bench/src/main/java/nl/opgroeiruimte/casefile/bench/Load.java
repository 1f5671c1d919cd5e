package nl.opgroeiruimte.casefile.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an operation from a number of concurrent clients for a while, after a warm-up, and measures
 * throughput and latency (each client waits for its answer before it sends the next: a closed loop).
 */
final class Load {

    /** One client's operation; it receives its client number and a per-client counter. */
    @FunctionalInterface
    interface Operation {
        void run(int client, long n) throws Exception;
    }

    /** What a run measured. Errors are operations that threw; conflicts are counted by the operation itself. */
    record Measured(
            int clients, long operations, long errors, double seconds, double[] latenciesMs, String firstError) {
        double perSecond() {
            return operations / seconds;
        }

        double percentile(int p) {
            return Load.percentile(latenciesMs, p);
        }
    }

    private Load() {}

    static Measured run(int clients, double warmupSeconds, double seconds, Operation operation)
            throws InterruptedException {
        long warmupEnds = System.nanoTime() + (long) (warmupSeconds * 1e9);
        long ends = warmupEnds + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        long[] counts = new long[clients];
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            long[] mine = new long[1 << 16];
            latencies.add(mine);
            Thread thread = new Thread(
                    () -> {
                        long n = 0;
                        long[] buffer = mine;
                        int recorded = 0;
                        while (true) {
                            long started = System.nanoTime();
                            if (started >= ends) break;
                            try {
                                operation.run(client, n++);
                            } catch (Exception | AssertionError e) {
                                if (started >= warmupEnds) errors.incrementAndGet();
                                synchronized (firstError) {
                                    if (firstError[0] == null)
                                        firstError[0] = e.getClass().getSimpleName() + ": " + e.getMessage();
                                }
                                continue;
                            }
                            long finished = System.nanoTime();
                            if (started >= warmupEnds && finished <= ends) {
                                if (recorded == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
                                buffer[recorded++] = finished - started;
                            }
                        }
                        synchronized (latencies) {
                            latencies.set(client, Arrays.copyOf(buffer, recorded));
                            counts[client] = recorded;
                        }
                    },
                    "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        long total = Arrays.stream(counts).sum();
        double[] all = new double[(int) total];
        int i = 0;
        for (long[] client : latencies) for (long l : client) all[i++] = l / 1e6;
        return new Measured(clients, total, errors.get(), seconds, all, firstError[0]);
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }
}
