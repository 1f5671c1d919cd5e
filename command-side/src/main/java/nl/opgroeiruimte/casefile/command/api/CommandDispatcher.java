package nl.opgroeiruimte.casefile.command.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.command.api.IdempotencyStore.StoredAnswer;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriUtils;

/**
 * The one way an HTTP request becomes a command. Every command endpoint does the same things: bind the
 * ids from the path into the body, read the body strictly into the command record (unknown fields are
 * errors), pass {@code If-Match} and the correlation id along as metadata, and answer 201 with
 * {@code Location} and the new version as {@code ETag}. With an {@code Idempotency-Key} the answer is
 * stored in the same transaction as the events, and a retry gets the first answer back. A command that
 * lost a race with another command on the same case is decided again, unless it came with {@code If-Match}.
 */
@Component
public class CommandDispatcher {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Command metadata: the resource the command records (its {@code Location}), kept on its events. */
    public static final String RESOURCE = "resource";
    /** Command metadata: the user name the caller signed in with, where it is not their person id. */
    public static final String USER_NAME = "caller.userName";
    /**
     * Request header marking the command as history from before the case file existed; its value names the
     * source document (e.g. "notulen stuurgroep 12-3-2021"). Kept in the metadata as {@link #BACKFILL_SOURCE}.
     */
    public static final String BACKFILL = "Casefile-Backfill";

    public static final String BACKFILL_SOURCE = "backfill.source";

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final ObjectMapper mapper;
    private final ObjectMapper input;
    private final CommandGateway gateway;
    private final IdempotencyStore idempotency;
    private final TransactionTemplate transaction;
    private final int attemptsOnConflict;

    private final CurrentCaller caller;

    public CommandDispatcher(
            ObjectMapper mapper,
            CommandGateway gateway,
            IdempotencyStore idempotency,
            TransactionTemplate transaction,
            CurrentCaller caller,
            InputDates dates,
            CommandProperties settings) {
        this.caller = caller;
        this.mapper = mapper;
        this.input = strict(mapper.copy()
                .registerModule(
                        new SimpleModule("calendar-days").addDeserializer(LocalDate.class, new CalendarDay(dates))));
        this.gateway = gateway;
        this.idempotency = idempotency;
        this.transaction = transaction;
        this.attemptsOnConflict = settings.attemptsOnConflict();
    }

    public <C> Request<C> command(Class<C> type) {
        return new Request<>(type);
    }

    /** One command request being put together by a controller. */
    public final class Request<C> {
        private final Class<C> type;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private String aggregateField = "caseId";
        private String newIdField;
        private String location;
        private Runnable alongside = () -> {};

        private Request(Class<C> type) {
            this.type = type;
        }

        /** A value taken from the path; the body may repeat it but not contradict it. */
        public Request<C> path(String field, String value) {
            ids.put(field, value);
            return this;
        }

        /** The aggregate the command goes to is named by this field (default {@code caseId}). */
        public Request<C> aggregate(String field) {
            aggregateField = field;
            return this;
        }

        /** The command creates something whose id is this field; the service hands one out if the body has none. */
        public Request<C> creates(String field) {
            newIdField = field;
            return this;
        }

        /** Where the created record can be read, with {@code {field}} placeholders filled from the ids. */
        public Request<C> at(String template) {
            location = template;
            return this;
        }

        /**
         * Work stored in the same transaction as the command's events (e.g. a document's content): both are
         * stored or neither is. Runs again when the command is decided again, so it must be idempotent.
         */
        public Request<C> alongside(Runnable work) {
            alongside = work;
            return this;
        }

        public ResponseEntity<Object> send(JsonNode body, HttpHeaders headers) {
            if (!(body instanceof ObjectNode object)) {
                throw new InvalidHeader("Content", "The request body must be a JSON object");
            }
            refuseNonText(object, "");
            String key = idempotencyKey(headers);
            // what a retry with the same key must repeat; without a key there is nothing to compare it with
            String fingerprint = key == null ? null : fingerprint(object);
            if (key != null) {
                Optional<StoredAnswer> earlier = idempotency.find(key);
                if (earlier.isPresent()) return replay(key, fingerprint, earlier.get());
            }
            ObjectNode bound = bind(object.deepCopy());
            C command = read(bound);
            String aggregateId = bound.path(aggregateField).asText();
            String newId = newIdField == null ? null : bound.path(newIdField).asText();
            String where = fill(location, bound);
            MetaData metaData =
                    where == null ? metaData(headers) : metaData(headers).and(RESOURCE, where);
            for (int attempt = 1; ; attempt++) {
                try {
                    return transaction.execute(tx -> {
                        alongside.run();
                        Object result = gateway.sendAndWait(
                                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                        long version = result instanceof Number n ? n.longValue() : 0L;
                        CommandAccepted accepted = new CommandAccepted(aggregateId, newId, version);
                        String etag = "\"" + version + "\"";
                        if (key != null) {
                            idempotency.remember(key, new StoredAnswer(fingerprint, 201, where, etag, write(accepted)));
                        }
                        return created(where, etag, accepted);
                    });
                } catch (DuplicateKeyException | ConcurrencyException e) {
                    // A concurrent request with the same key may have won: then its answer is ours.
                    if (key != null) {
                        Optional<StoredAnswer> winner = idempotency.find(key);
                        if (winner.isPresent()) return replay(key, fingerprint, winner.get());
                    }
                    // Another command on the same case was stored first and nothing of ours was. Without
                    // If-Match the caller did not decide on a version, so the command is decided again on
                    // the case as it now is; with If-Match the caller's version is gone and they must know.
                    boolean retry = e instanceof ConcurrencyException
                            && !metaData.containsKey(VersionedAggregate.EXPECTED_VERSION)
                            && attempt < attemptsOnConflict;
                    if (!retry) throw e;
                    pauseBeforeAttempt(attempt);
                }
            }
        }

        private ObjectNode bind(ObjectNode body) {
            ids.forEach((field, value) -> {
                JsonNode given = body.get(field);
                if (given != null && !given.isNull() && !given.asText().equals(value)) {
                    throw new PathMismatch(field, value, given.asText());
                }
                body.put(field, value);
            });
            if (newIdField != null && (!body.hasNonNull(newIdField))) {
                body.put(newIdField, Ids.newId());
            }
            if (!body.hasNonNull(aggregateField)) {
                body.put(aggregateField, Ids.newId());
            }
            return body;
        }

        private C read(ObjectNode body) {
            try {
                return input.readerFor(type)
                        .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .readValue(body);
            } catch (IOException e) {
                throw new MalformedCommand(e);
            }
        }

        private String fingerprint(ObjectNode body) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(type.getName().getBytes(StandardCharsets.UTF_8));
                digest.update(ids.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(mapper.writeValueAsBytes(mapper.treeToValue(body, Object.class)));
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException | JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Numbers and yes/no are JSON numbers and booleans: Jackson alone would also read {@code "5"} as an amount
     * and {@code "true"} as a boolean, so that what was stored is not what was sent.
     */
    private static ObjectMapper strict(ObjectMapper input) {
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            input.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return input;
    }

    /** Every text in the body is text a person could have typed; see {@link InvalidCharacters}. */
    private static void refuseNonText(JsonNode node, String path) {
        if (node.isTextual() && !isText(node.textValue())) throw new InvalidCharacters(path.isEmpty() ? "body" : path);
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) refuseNonText(node.get(i), path + "[" + i + "]");
        }
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(field -> refuseNonText(
                            field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey()));
        }
    }

    private static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
            if (Character.isHighSurrogate(c)
                    && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i)))) return false;
            if (Character.isLowSurrogate(c)) return false;
        }
        return true;
    }

    private MetaData metaData(HttpHeaders headers) {
        Map<String, Object> values = new LinkedHashMap<>();
        String ifMatch = headers.getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch != null) {
            var matcher = ETAG.matcher(ifMatch.trim());
            if (!matcher.matches()) {
                throw new InvalidHeader(
                        HttpHeaders.IF_MATCH, "If-Match must carry the version from an ETag, e.g. \"3\"");
            }
            values.put(VersionedAggregate.EXPECTED_VERSION, Long.parseLong(matcher.group(1)));
        }
        // who records the fact (the signed-in caller), next to who did it in the world (the actor)
        caller.get().ifPresent(c -> values.putAll(c.asMetaData()));
        caller.userName().ifPresent(name -> values.put(USER_NAME, name));
        String backfill = headers.getFirst(BACKFILL);
        if (backfill != null) {
            String source = backfill.strip();
            if (source.isEmpty() || source.length() > 300 || source.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidHeader(
                        BACKFILL,
                        "Casefile-Backfill names the source document the history is taken from (1 to 300 characters)");
            }
            values.put(BACKFILL_SOURCE, source);
        }
        String correlation = headers.getFirst(CORRELATION_ID);
        if (correlation != null && KEY.matcher(correlation).matches()) {
            values.put("correlationId", correlation);
        }
        return MetaData.from(values);
    }

    /** A key is the caller's own: another user sending the same key never gets their answer. */
    private String idempotencyKey(HttpHeaders headers) {
        String key = headers.getFirst(IDEMPOTENCY_KEY);
        if (key == null) return null;
        if (!KEY.matcher(key).matches()) {
            throw new InvalidHeader(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        return caller.get().map(c -> c.personId() + " " + key).orElse(key);
    }

    private ResponseEntity<Object> replay(String key, String fingerprint, StoredAnswer answer) {
        if (!answer.fingerprint().equals(fingerprint)) throw new IdempotencyKeyReused(key);
        try {
            return ResponseEntity.status(answer.status())
                    .location(answer.location() == null ? null : URI.create(answer.location()))
                    .eTag(answer.etag())
                    .header(REPLAYED, "true")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(mapper.readTree(answer.body()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answer for Idempotency-Key " + key + " is not JSON", e);
        }
    }

    /** Spreads the retries of commands that collided, so that they do not collide again in step. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * Math.min(attempt, 5) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a command", e);
        }
    }

    private static ResponseEntity<Object> created(String where, String etag, CommandAccepted accepted) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(where == null ? null : URI.create(where))
                .eTag(etag)
                .body(accepted);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A date from a client is a calendar day written YYYY-MM-DD, as the API documents it. Jackson alone
     * would also take a number as days since 1970 and a year of five or more digits, which nobody means and
     * which the database's timestamps cannot hold (a deadline in the year 294,000). Stored events are not
     * read through this: what was once accepted stays readable.
     */
    private static final class CalendarDay extends StdScalarDeserializer<LocalDate> {
        private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private final InputDates dates;

        CalendarDay(InputDates dates) {
            super(LocalDate.class);
            this.dates = dates;
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            if (parser.hasToken(JsonToken.VALUE_STRING) && DAY.matcher(text).matches()) {
                LocalDate day = null;
                try {
                    day = LocalDate.parse(text);
                } catch (DateTimeException e) {
                    // not a day of the calendar, e.g. 2024-02-30: refused below like any other
                }
                if (day != null && (day.isBefore(dates.earliestDate()) || day.isAfter(dates.latestDate()))) {
                    throw InvalidFormatException.from(
                            parser,
                            "must be a date from " + dates.earliestDate() + " to " + dates.latestDate(),
                            text,
                            LocalDate.class);
                }
                if (day != null) return day;
            }
            throw InvalidFormatException.from(parser, "must be a date as YYYY-MM-DD", text, LocalDate.class);
        }
    }

    /** Fills {@code {field}} placeholders with the command's own values, so the path is what was stored. */
    private static String fill(String template, ObjectNode command) {
        if (template == null) return null;
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        while (placeholder.find()) {
            String value = command.path(placeholder.group(1)).asText();
            placeholder.appendReplacement(
                    result, Matcher.quoteReplacement(UriUtils.encodePathSegment(value, StandardCharsets.UTF_8)));
        }
        placeholder.appendTail(result);
        return result.toString();
    }
}
