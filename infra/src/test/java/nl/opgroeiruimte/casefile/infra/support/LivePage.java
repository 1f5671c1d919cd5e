package nl.opgroeiruimte.casefile.infra.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The live updates of a case page (server-sent events) as a browser receives them, line by line. */
public final class LivePage implements AutoCloseable {
    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reading;

    private LivePage(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reading = new Thread(() -> response.body().forEach(lines::add), "live-page");
        reading.setDaemon(true);
        reading.start();
    }

    /** Opens the live updates of the case's page on the application at {@code port}, signed in as a local user. */
    public static LivePage ofCase(int port, String caseId, String user) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return new LivePage(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/live/dossiers/" + caseId))
                                .header("Authorization", "Basic " + credentials)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines()));
    }

    public int status() {
        return response.statusCode();
    }

    /** The line once it has arrived, or null when it has not within 20 seconds. */
    public String awaitLine(String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String line; (line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
            if (line.equals(wanted)) return line;
        }
        return null;
    }

    @Override
    public void close() {
        response.body().close();
        reading.interrupt();
    }
}
