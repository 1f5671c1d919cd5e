package nl.opgroeiruimte.casefile.infra.config;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.command.api.CommandAccepted;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.infra.security.ApiHeadersFilter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description, generated from the code so that it cannot drift from it: springdoc reads the
 * controllers, {@link ApiSchemas} derives the schemas from the records with their bean validation and
 * Javadoc, and the customizers here add what every operation of a kind has in common (the command
 * answer, the headers, the problem responses). A client generated from the document alone must work;
 * the contract test and the generated-client test in the build hold it to that.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {
    /** The major version is part of the server URL (NL API Design Rules); paths are relative to it. */
    public static final String BASE = "/api/v1";

    /**
     * Reads streamed as they are produced, never held in memory to be hashed, and so without an ETag: the
     * filter gives them none and the document promises none. An export could not have a useful one anyway:
     * a pseudonymised export draws a fresh key each time, so no two downloads are the same bytes.
     */
    public static final java.util.Set<String> STREAMED_READS = java.util.Set.of(BASE + "/exports");

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String ACCEPTED = "#/components/schemas/CommandAccepted";

    @Bean
    OpenAPI caseFileApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Opgroeiruimte case file")
                        .version(ApiHeadersFilter.API_VERSION)
                        .description("The event-sourced case file of partnerships between municipalities and resident "
                                + "energy initiatives. Every command is the creation of a record (POST, answered 201 with "
                                + "the case's new version as ETag); reads are GET; errors are RFC 9457 problem+json that "
                                + "name the rule broken and the field concerned."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Local mode (embedded default) only"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("Claims: sub (person id), role, municipality, initiative")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    ServerBaseUrlCustomizer versionedServer() {
        return (serverBaseUrl, request) -> serverBaseUrl + BASE;
    }

    /**
     * A command endpoint is recognisable by its shape: a POST that hands the raw body and the request
     * headers to the {@link CommandDispatcher}, which answers 201 with {@link CommandAccepted}.
     */
    @Bean
    OperationCustomizer commandAnswers() {
        return (operation, handler) -> {
            if (!isCommand(handler)) return operation;
            operation.getResponses().remove("200");
            operation
                    .getResponses()
                    .addApiResponse(
                            "201",
                            new ApiResponse()
                                    .description(
                                            "Recorded. The body names the aggregate, the id of what was created (if it has one of "
                                                    + "its own) and the aggregate's version after the command.")
                                    .content(json(new Schema<>().$ref(ACCEPTED)))
                                    .addHeaderObject(
                                            HttpHeaders.LOCATION,
                                            header("Where what was recorded can be read (GET)", "uri"))
                                    .addHeaderObject(
                                            HttpHeaders.ETAG,
                                            header("The aggregate's version after the command, for If-Match", null))
                                    .addHeaderObject(
                                            CommandDispatcher.REPLAYED,
                                            header(
                                                    "true when this is the stored answer to an earlier request with the same Idempotency-Key",
                                                    null)));
            operation.addParametersItem(headerParameter(
                    CommandDispatcher.IDEMPOTENCY_KEY,
                    "Makes a retry safe: a request with a key already used gets the first answer back (1 to 200 visible "
                            + "ASCII characters, per caller). The same key with a different body is refused (422).",
                    new StringSchema().pattern("[\\x21-\\x7E]{1,200}"),
                    "9f1c2a7e-request-1"));
            operation.addParametersItem(headerParameter(
                    HttpHeaders.IF_MATCH,
                    "Record only if the aggregate is still at this version (the ETag of an earlier answer); otherwise 412.",
                    new StringSchema().pattern("(W/)?\"?\\d{1,18}\"?"),
                    "\"3\""));
            operation.addParametersItem(headerParameter(
                    CommandDispatcher.BACKFILL,
                    "Marks the fact as history from before the case file existed (back-filling a running partnership), "
                            + "taken from the source document this names. The timeline marks it 'overgenomen' with the "
                            + "source, never as recorded late.",
                    new StringSchema().maxLength(300),
                    "notulen stuurgroep 12-3-2021"));
            operation.addParametersItem(headerParameter(
                    CommandDispatcher.CORRELATION_ID,
                    "Carried into the stored event's metadata, to find the request again in the audit log",
                    new StringSchema().pattern("[\\x21-\\x7E]{1,200}"),
                    "req-2024-0042"));
            return operation;
        };
    }

    private static boolean isCommand(HandlerMethod handler) {
        if (!handler.hasMethodAnnotation(PostMapping.class)) return false;
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == HttpHeaders.class
                    && parameter.hasParameterAnnotation(RequestHeader.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every operation has in common: paths relative to the versioned server URL, the problem
     * responses, {@code API-Version} on every answer, {@code ETag} on every read but a streamed one, and a
     * description.
     */
    @Bean
    OpenApiCustomizer commonParts(PropertyGlossary glossary) {
        return openApi -> {
            Components components = openApi.getComponents();
            components.addSchemas("Problem", problemSchema());
            ModelConverters.getInstance().readAll(CommandAccepted.class).forEach(components::addSchemas);
            components
                    .getSchemas()
                    .get("CommandAccepted")
                    .description("The answer to an accepted command")
                    .example(Map.of("aggregateId", "case-zwolle-1", "id", "m-1", "version", 4));
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> {
                relative.addPathItem(path.startsWith(BASE) ? path.substring(BASE.length()) : path, item);
                boolean streamed = STREAMED_READS.contains(path);
                item.readOperationsMap().forEach((method, operation) -> complete(method, operation, streamed));
            });
            openApi.setPaths(relative);
            glossary.describe(components.getSchemas());
            glossary.describeParameters(relative);
        };
    }

    /** {@code streamed}: a read written as it is produced, which has no ETag ({@link #STREAMED_READS}). */
    private static void complete(PathItem.HttpMethod method, Operation operation, boolean streamed) {
        boolean etag = method == PathItem.HttpMethod.GET && !streamed;
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary()
                    + (etag
                            ? ". A read from the query side; the ETag identifies this answer for If-None-Match."
                            : "."));
        }
        if (etag) {
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject(
                        HttpHeaders.ETAG,
                        header(
                                "Identifies this answer; send it as If-None-Match to get 304 "
                                        + "while nothing changed",
                                null));
            }
            operation.addParametersItem(headerParameter(
                    HttpHeaders.IF_NONE_MATCH,
                    "The ETag of an earlier answer: 304 without a body while the answer is still the same",
                    new StringSchema(),
                    null));
            operation
                    .getResponses()
                    .addApiResponse("304", new ApiResponse().description("Not modified since the ETag sent"));
        }
        Map<String, String> problems = new LinkedHashMap<>(Map.of(
                "400", "Malformed or invalid input, or an unknown query parameter (the field and rule are named)",
                "401", "Not signed in",
                "403", "Signed in, but not allowed to see or do this",
                "404", "Unknown case, sub-entity or route",
                "500", "Something went wrong on our side",
                "503", "The database cannot be reached; try again after Retry-After"));
        if (method == PathItem.HttpMethod.POST) {
            problems.putAll(Map.of(
                    "409", "A domain rule or state conflict",
                    "412", "If-Match carries a stale version",
                    "413", "The request body is too large",
                    "415", "The request body is not JSON",
                    "422", "The Idempotency-Key was used for a different request"));
        }
        problems.forEach((code, text) -> operation.getResponses().putIfAbsent(code, problem(text)));
        operation.getResponses().putIfAbsent("default", problem("Any other error, e.g. 405 or 406, as problem+json"));
        operation
                .getResponses()
                .values()
                .forEach(response ->
                        response.addHeaderObject("API-Version", header("The API version that answered", null)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> problem = new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, the rule broken and the field concerned")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("Identifies the rule broken, as a URN")
                                .example("urn:opgroeiruimte:problem:milestone-already-decided"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().description("The HTTP status code"))
                .addProperty(
                        "detail",
                        new StringSchema().description("What went wrong in this request, for a person to read"))
                .addProperty(
                        "instance", new StringSchema().format("uri-reference").description("The request path"))
                .addProperty(
                        "rule",
                        new StringSchema()
                                .description("The rule broken, stable and kebab-case")
                                .example("milestone-already-decided"))
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The input field concerned, when there is one")
                                .example("outcome"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("Every broken rule, when input broke several")
                                .items(new ObjectSchema()
                                        .addProperty(
                                                "field", new StringSchema().description("The input field concerned"))
                                        .addProperty("rule", new StringSchema().description("The rule broken"))
                                        .addProperty(
                                                "message", new StringSchema().description("What is wrong with it"))))
                .required(List.of("type", "title", "status"));
        // a problem may carry more (e.g. currentVersion of a stale If-Match), as RFC 9457 allows
        problem.setAdditionalProperties(true);
        problem.setExample(Map.of(
                "type",
                "urn:opgroeiruimte:problem:constraint-violated",
                "title",
                "Invalid input",
                "status",
                400,
                "detail",
                "occurredOn must not be null",
                "instance",
                "/api/v1/cases/case-1/milestones",
                "rule",
                "constraint-violated",
                "field",
                "occurredOn"));
        return problem;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Content json(Schema<?> schema) {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(schema));
    }

    private static Header header(String description, String format) {
        return new Header().description(description).schema(new StringSchema().format(format));
    }

    private static Parameter headerParameter(String name, String description, Schema<?> schema, String example) {
        Parameter parameter = new HeaderParameter()
                .name(name)
                .description(description)
                .required(false)
                .schema(schema);
        if (example != null) parameter.example(example);
        return parameter;
    }
}
