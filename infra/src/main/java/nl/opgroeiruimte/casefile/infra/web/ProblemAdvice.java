package nl.opgroeiruimte.casefile.infra.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.command.api.IdempotencyKeyReused;
import nl.opgroeiruimte.casefile.command.api.InvalidCharacters;
import nl.opgroeiruimte.casefile.command.api.InvalidHeader;
import nl.opgroeiruimte.casefile.command.api.MalformedCommand;
import nl.opgroeiruimte.casefile.command.api.PathMismatch;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate.StaleVersion;
import nl.opgroeiruimte.casefile.infra.config.UnlistedMunicipality;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.ReferenceListViolation;
import nl.opgroeiruimte.casefile.kernel.common.RuleOn;
import nl.opgroeiruimte.casefile.kernel.common.UnacceptablePerson;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.common.UnregisteredParty;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API gives is RFC 9457 problem+json that names the rule broken and, where there is one,
 * the field: 400 for input that is malformed or invalid, 404 for an unknown case or sub-entity, 409 for a
 * domain rule or a state conflict, 412 for a stale If-Match, 422 for a reused Idempotency-Key, 503 with
 * Retry-After while the database cannot be reached. Nothing internal (class names, stack traces) ever
 * reaches the client.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    /** Jackson's words for a key that appears twice (spring.jackson.parser.strict-duplicate-detection). */
    private static final java.util.regex.Pattern DUPLICATE_FIELD =
            java.util.regex.Pattern.compile("^Duplicate field '(.*)'");

    /** HikariCP's words for a wait in vain, with the pool's state at that moment. */
    private static final java.util.regex.Pattern POOL_TIMEOUT = java.util.regex.Pattern.compile(
            "Connection is not available, request timed out after \\d+ms \\(total=(\\d+), active=(\\d+)");

    private final Duration retryAfter;
    /** The pool's maximum size, 0 while unknown. */
    private int poolSize;

    public ProblemAdvice(DatabaseUnavailableProperties settings) {
        this.retryAfter = settings.retryAfter();
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, e.rule(), "Stale version", e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("currentVersion", e.current());
        return problem;
    }

    /** A code or reorganisation the CBS reference list does not know as named: bad input, not a conflict. */
    @ExceptionHandler(ReferenceListViolation.class)
    ProblemDetail referenceList(ReferenceListViolation e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "Not on the reference list", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail rule(DomainRuleViolation e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.rule(), "Domain rule broken", e.getMessage());
        if (e.field() != null) problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(RequestRefused.class)
    ProblemDetail refused(RequestRefused e) {
        if (e.status() == HttpStatus.BAD_REQUEST) return Problems.invalid(e.rule(), e.field(), e.getMessage());
        ProblemDetail problem = Problems.of(e.status(), e.rule(), e.status().getReasonPhrase(), e.getMessage());
        if (e.field() != null) problem.setProperty("field", e.field());
        return problem;
    }

    /** A person named in a command who is not registered, or not for that party, or not the recorder's to name. */
    @ExceptionHandler(UnacceptablePerson.class)
    ProblemDetail unacceptablePerson(UnacceptablePerson e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "Unacceptable person", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    /** A case requested for a municipality or initiative that is not registered. */
    @ExceptionHandler(UnregisteredParty.class)
    ProblemDetail unregisteredParty(UnregisteredParty e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "Unregistered party", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.of(HttpStatus.FORBIDDEN, "not-permitted", "Not permitted", e.getMessage());
    }

    @ExceptionHandler(UnknownEntity.class)
    ProblemDetail unknown(UnknownEntity e) {
        return notFound(e.kind(), e.id(), e.getMessage());
    }

    /**
     * A case's stream is named by its id; a municipality's, initiative's or person's by kind and id
     * ({@code municipality:GM0193}), so the answer names what was not found.
     */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        String stream = String.valueOf(e.getAggregateIdentifier());
        int colon = stream.indexOf(':');
        String kind = colon > 0 ? stream.substring(0, colon) : "case";
        String id = colon > 0 ? stream.substring(colon + 1) : stream;
        return notFound(kind, id, "No " + kind + " with id '" + id + "' is known");
    }

    private static ProblemDetail notFound(String kind, String id, String detail) {
        String rule = "unknown-" + kind.replace(' ', '-');
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, rule, "Not found", detail);
        problem.setProperty("kind", kind);
        problem.setProperty("id", id);
        return problem;
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return Problems.of(
                HttpStatus.CONFLICT,
                "already-exists",
                "Already exists",
                "Something with this id already exists; a new one needs a new id");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return Problems.of(
                HttpStatus.CONFLICT,
                "concurrent-modification",
                "Concurrent modification",
                "Another change to the same case was recorded at the same moment; read the case again and retry");
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail reused(IdempotencyKeyReused e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused", e.getMessage());
        problem.setProperty("field", "Idempotency-Key");
        return problem;
    }

    @ExceptionHandler(InvalidHeader.class)
    ProblemDetail header(InvalidHeader e) {
        return Problems.invalid("invalid-header", e.header(), e.getMessage());
    }

    @ExceptionHandler(InvalidCharacters.class)
    ProblemDetail invalidCharacters(InvalidCharacters e) {
        return Problems.invalid("invalid-characters", e.field(), e.getMessage());
    }

    @ExceptionHandler(PathMismatch.class)
    ProblemDetail pathMismatch(PathMismatch e) {
        return Problems.invalid("path-mismatch", e.field(), e.getMessage());
    }

    @ExceptionHandler(JSR303ViolationException.class)
    ProblemDetail invalid(JSR303ViolationException e) {
        List<Map<String, String>> errors = e.getViolations().stream()
                .map(ProblemAdvice::describe)
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field"))
                        .thenComparing(m -> m.get("rule")))
                .toList();
        String detail = errors.stream()
                .map(m -> m.get("field") + " " + m.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "constraint-violated", "Invalid input", detail);
        problem.setProperty("field", errors.isEmpty() ? null : errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    static Map<String, String> describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String rule = kebab(violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName());
        // A check across fields (isValidPeriod, isValidChoice...) names its own rule and the field it is about:
        // the one its @RuleOn names, or the field of its object it is named after (isValidRole: role), else
        // the object itself (a period, a party; the body for the command as a whole).
        var crossField =
                java.util.regex.Pattern.compile("(?:^|\\.)(valid[A-Z]\\w*)$").matcher(path);
        if (crossField.find()) {
            rule = kebab(crossField.group(1));
            String object = path.substring(0, crossField.start());
            String about = fieldOfRule(violation.getLeafBean(), crossField.group(1));
            path = about == null ? object : (object.isEmpty() ? about : object + "." + about);
        }
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", path.isEmpty() ? "body" : path);
        error.put("rule", rule);
        error.put("message", violation.getMessage());
        return error;
    }

    /**
     * The field of {@code bean} that the check {@code is<Valid...>()} is about: its {@link RuleOn}, or the
     * record component the check is named after ({@code validRole}: {@code role}); null for neither.
     */
    static String fieldOfRule(Object bean, String check) {
        if (bean == null) return null;
        Class<?> type = bean.getClass();
        try {
            RuleOn named = type.getMethod("is" + Character.toUpperCase(check.charAt(0)) + check.substring(1))
                    .getAnnotation(RuleOn.class);
            if (named != null) return named.value();
        } catch (NoSuchMethodException e) {
            // a check by another name: only its own name can say the field
        }
        String field = Character.toLowerCase(check.charAt(5)) + check.substring(6);
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(field)) return field;
            }
        }
        return null;
    }

    /** Method validation outside MVC's own (a @Validated bean) names the parameter the same way. */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ProblemDetail invalidParameters(jakarta.validation.ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> {
                    Map<String, String> error = describe(v);
                    String path = error.get("field");
                    error.put("field", path.substring(path.lastIndexOf('.') + 1));
                    return error;
                })
                .sorted(Comparator.comparing((Map<String, String> m) -> m.get("field")))
                .toList();
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "constraint-violated",
                "Invalid input",
                errors.stream()
                        .map(m -> m.get("field") + " " + m.get("message"))
                        .collect(Collectors.joining("; ")));
        problem.setProperty("field", errors.isEmpty() ? null : errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MalformedCommand.class)
    ProblemDetail malformed(MalformedCommand e) {
        return unreadable(e.getCause());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(unreadable(e.getCause()));
    }

    private static ProblemDetail unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalid(
                    "unknown-field",
                    path(unknown),
                    "'" + unknown.getPropertyName() + "' is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format) {
            String expected = format.getOriginalMessage().startsWith("must be")
                    ? format.getOriginalMessage()
                    : "must be a valid " + friendly(format.getTargetType());
            return Problems.invalid("invalid-format", path(format), "'" + format.getValue() + "' " + expected);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return Problems.invalid("wrong-type", path(mismatch), "must be a " + friendly(mismatch.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping
                && mapping.getCause() instanceof java.time.DateTimeException) {
            return Problems.invalid("invalid-format", path(mapping), "must be a date as YYYY-MM-DD");
        }
        if (cause instanceof JsonMappingException mapping) {
            return Problems.invalid("invalid-value", path(mapping), "has a value that cannot be used here");
        }
        if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse
                && parse.getOriginalMessage() != null) {
            var duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
            if (duplicate.find()) {
                return Problems.invalid(
                        "malformed-json",
                        duplicate.group(1),
                        "'" + duplicate.group(1)
                                + "' appears more than once in one object; which one was meant cannot be known");
            }
        }
        if (cause instanceof JsonProcessingException) {
            return Problems.invalid("malformed-json", "body", "The request body is not well-formed JSON");
        }
        return Problems.invalid("unreadable-body", "body", "The request body is missing or cannot be read");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String friendly(Class<?> type) {
        if (type == null) return "value";
        if (type == java.time.LocalDate.class) return "date (YYYY-MM-DD)";
        if (type == java.math.BigDecimal.class
                || Number.class.isAssignableFrom(type)
                || type == int.class
                || type == long.class) return "number";
        if (type == Boolean.class || type == boolean.class) return "boolean (true or false)";
        if (type == String.class) return "string";
        if (type.isEnum()) return "value of its list";
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) return "list";
        return "JSON object";
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            String rule = kebab(
                    HttpStatus.valueOf(status.value()).name().toLowerCase().replace('_', '-'));
            problem.setType(java.net.URI.create("urn:opgroeiruimte:problem:" + rule));
            problem.setProperty("rule", rule);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String field = e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName()
                : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "value" : friendly(e.getRequiredType());
        return ResponseEntity.badRequest()
                .body(Problems.invalid("invalid-format", field, "'" + e.getValue() + "' must be a valid " + expected));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<Map<String, String>> errors = new java.util.ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors().forEach(error -> {
                    Map<String, String> item = new LinkedHashMap<>();
                    item.put("field", result.getMethodParameter().getParameterName());
                    item.put(
                            "rule",
                            error.getCodes() == null || error.getCodes().length == 0
                                    ? "invalid"
                                    : kebab(error.getCodes()[error.getCodes().length - 1]));
                    item.put("message", "'" + result.getArgument() + "' " + error.getDefaultMessage());
                    errors.add(item);
                }));
        String detail = errors.stream()
                .map(m -> m.get("field") + ": " + m.get("message"))
                .collect(Collectors.joining("; "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "constraint-violated", "Invalid input", detail);
        problem.setProperty("field", errors.isEmpty() ? null : errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The database is down, restarting, or has no connection free within the pool's timeout: the request
     * was not carried out (or, if the connection broke during the commit, its fate is unknown), and the
     * same request can be sent again later; with the same Idempotency-Key a command is stored at most once.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        RecoverableDataAccessException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        if (poolExhausted(e)) return overloaded(e);
        log.warn("Database unavailable: {}", e.toString());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "Database unavailable",
                "The case file cannot reach its database at the moment. Please send the same request again shortly; "
                        + "sent with the same Idempotency-Key, a command is stored at most once.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
                .body(problem);
    }

    /**
     * The database answers, but every connection of the pool stayed busy for the pool's whole wait: the
     * service is overloaded, not cut off. Said so, with the same advice to send the request again.
     */
    private ResponseEntity<ProblemDetail> overloaded(Exception e) {
        log.warn("Overloaded: {}", e.toString());
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "overloaded",
                "Overloaded",
                "The case file is busier than it can handle at the moment. Please send the same request again shortly; "
                        + "sent with the same Idempotency-Key, a command is stored at most once.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())))
                .body(problem);
    }

    /**
     * HikariCP gave up waiting for a free connection while every connection of the full pool was busy and
     * no failure to connect is behind it. A wait in vain for a pool that holds fewer connections than it
     * may (typically none) is an outage: the database is down or just coming back, and the pool could not
     * make the connections it needs. Hikari drops its last connection failure as soon as one connection
     * succeeds again, so the missing cause alone does not tell the two apart.
     */
    boolean poolExhausted(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException pool
                    && pool.getCause() == null
                    && pool.getNextException() == null) {
                java.util.regex.Matcher state = POOL_TIMEOUT.matcher(String.valueOf(pool.getMessage()));
                if (!state.find()) return false;
                int total = Integer.parseInt(state.group(1));
                int active = Integer.parseInt(state.group(2));
                return total > 0 && active == total && (poolSize == 0 || total >= poolSize);
            }
        }
        return false;
    }

    /** Sizes the pool check above to the application's pool; without a Hikari pool, any full pool counts. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void pool(javax.sql.DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                poolSize = dataSource
                        .unwrap(com.zaxxer.hikari.HikariDataSource.class)
                        .getMaximumPoolSize();
            }
        } catch (SQLException e) {
            log.warn("Cannot tell the connection pool's size: {}", e.toString());
        }
    }

    /**
     * Spring Security's firewall checks parameter names only when they are read, inside the application:
     * a JSON body sent as a form is such a parameter name, and a bad request like the firewall's others.
     */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ProblemDetail rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "rejected-request",
                "Invalid input",
                "The request's path, headers or parameters are not acceptable");
    }

    @ExceptionHandler(UnlistedMunicipality.class)
    ProblemDetail unlisted(UnlistedMunicipality e) {
        ProblemDetail problem =
                Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.rule(), "Not a current municipality", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    /** Spring cannot even read the headers of a body declared as a wildcard type, such as {@code *}{@code /*}. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.contains("*")) return unexpected(e);
        ProblemDetail problem = Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "Unsupported media type",
                "Content-Type must name the type of the body, application/json; '" + contentType + "' is a pattern");
        problem.setProperty("field", HttpHeaders.CONTENT_TYPE);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // Axon wraps a lost connection in its own exceptions (event store, token store, command execution)
        if (causedByUnreachableDatabase(e)) return databaseUnavailable(e);
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Internal error",
                        "Something went wrong on our side. Please try again later."));
    }

    /** Whether the failure comes down to the database being unreachable (or the pool being exhausted). */
    public static boolean causedByUnreachableDatabase(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException
                    // the database did not even complete the commit or rollback: the connection broke
                    || cause instanceof TransactionSystemException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01..57P03: the server is shutting down or starting
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
