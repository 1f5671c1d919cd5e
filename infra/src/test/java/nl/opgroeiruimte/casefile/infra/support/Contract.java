package nl.opgroeiruimte.casefile.infra.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The contract test: every answer an HTTP test gets through {@link Api} is checked against the OpenAPI
 * document the application under test serves, so that a client generated from the document could
 * have read it. A property the document does not name is an error too, and an answer outside
 * {@code /api/v1} (pages, actuator) is not part of the contract.
 */
public final class Contract {
    private static final String API = "/api/v1/";
    private static final String DOCUMENT = "/api/v1/openapi.json";
    private static final Map<Integer, OpenApiInteractionValidator> BY_PORT = new ConcurrentHashMap<>();

    private Contract() {}

    /**
     * The answers of the application at {@code port} are checked against the document another one serves:
     * for an instance that does not serve it (a projector, casefile.instance.role).
     */
    public static void documentedBy(int port, int documentPort) {
        BY_PORT.put(port, validator(documentPort));
    }

    private static OpenApiInteractionValidator validator(int documentPort) {
        return OpenApiInteractionValidator.createForSpecificationUrl("http://localhost:" + documentPort + DOCUMENT)
                .withLevelResolver(LevelResolver.create()
                        // an answer may not carry what the document does not describe
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    public static void check(String method, HttpResponse<String> response) {
        URI uri = response.uri();
        String path = uri.getRawPath();
        if (!path.startsWith(API) || path.startsWith(DOCUMENT) || path.startsWith("/api/v1/docs")) return;
        int status = response.statusCode();
        OpenApiInteractionValidator validator = BY_PORT.computeIfAbsent(uri.getPort(), Contract::validator);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (!response.body().isEmpty()) answer.withBody(response.body());
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
        String errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                // a route that does not exist is not in the document, and rightly answers 404 or 405
                .filter(m -> !(status == 404 || status == 405)
                        || !m.getKey().startsWith("validation.request.path.missing")
                                && !m.getKey().startsWith("validation.request.operation.notAllowed"))
                .map(m -> "  " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
        if (!errors.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + path + " does not match the OpenAPI document:\n"
                    + errors + "\n" + status + " " + response.body());
        }
    }
}
