package nl.opgroeiruimte.casefile.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for tests: what a real caller sends, and what it gets back. Every answer is
 * checked against the served OpenAPI document ({@link Contract}).
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final int port;
    private boolean registersFirst = true;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A client signed in as the administrator of the local mode, who may do everything. */
    public Api(int port) {
        this.port = port;
        as("beheerder");
    }

    public int port() {
        return port;
    }

    /** Sign in as one of the local users (user name = password in the local mode's ready users). */
    public Api as(String username) {
        String token = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + username).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        headers.put("Authorization", "Basic " + token);
        return this;
    }

    /**
     * Posts as they are: the municipality, initiative and people a command names are not registered
     * first ({@link People#namedIn}), for tests of what the case file does with unregistered ones.
     */
    public Api withoutRegisteringFirst() {
        registersFirst = false;
        return this;
    }

    /** No credentials at all. */
    public Api anonymous() {
        headers.remove("Authorization");
        return this;
    }

    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response post(String path, String body) {
        if (registersFirst) People.namedIn(port, path, body);
        Response response = send(builder(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (registersFirst) People.answered(port, path, body, response);
        return response;
    }

    public Response post(String path, String body, String contentType) {
        return send(builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response get(String path) {
        return send(builder(path).GET());
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
            Contract.check(built.method(), response);
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + raw.body(), e);
            }
        }

        public String body() {
            return raw.body();
        }

        @Override
        public String toString() {
            return status() + " " + raw.body();
        }
    }
}
