package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonCloudEventData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.command.partnership.RestoredTimeLimits;
import nl.opgroeiruimte.casefile.infra.record.EventChain;
import nl.opgroeiruimte.casefile.infra.record.ExportSigner;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.Counts;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeCommand;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeEvent;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonEvent;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an export into this installation's event store: the same events with their original ids,
 * streams, sequence numbers, recording times and metadata, after which the projections build the same
 * read models as at the source. All or nothing: the whole file is validated first (every line, the
 * manifest and the hash over the content); only when nothing is wrong are all events appended in one
 * transaction, together with the deadlines they set. Imports add new streams only.
 */
public class EventImporter {
    /** Metadata of history from outside: when its source says it was recorded there. */
    public static final String IMPORTED_RECORDED_AT = "imported.recordedAt";
    /** Problems beyond this many are counted, not listed. */
    static final int MAX_PROBLEMS = 100;

    private static final int BATCH = 500;
    private static final String INSERT = """
            insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                payloadrevision, payloadtype, timestamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;
    private final EventTypes types;
    private final ObjectMapper strict;
    private final DeadlineManager deadlines;
    private final Clock clock;
    private final ExportSigner signer;
    private final CurrentCaller callers;
    private final ObjectMapper json = ResearchJson.mapper();

    public EventImporter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventTypes types,
            ObjectMapper caseFileJson,
            DeadlineManager deadlines,
            Clock clock,
            ExportSigner signer,
            CurrentCaller callers) {
        this.signer = signer;
        this.callers = callers;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(transactions);
        this.types = types;
        // an event's JSON must be exactly one of ours: a field we do not know is a sign of a foreign file
        this.strict = caseFileJson.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Imports a request body: kept in a temporary file first, since validation and appending each read it once. */
    public ImportReport importFrom(InputStream body) {
        return importFrom(body, null);
    }

    /**
     * With a {@code source}, the file is history from outside the case file (a partnership that began before
     * it): no signature is asked for, and every event is stored as an import recorded now, by the importing
     * account, from that source, its claimed recording time kept beside it. Without one, the file must be a
     * signed export of a trusted installation whose every event and chain verify.
     */
    public ImportReport importFrom(InputStream body, String source) {
        Path spooled = null;
        try {
            spooled = Files.createTempFile("casefile-import-", ".jsonl");
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            return importFrom(spooled, source);
        } catch (IOException e) {
            throw new UncheckedIOException("The import could not be read", e);
        } finally {
            if (spooled != null) {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException ignored) {
                    // a temporary file the operating system cleans up
                }
            }
        }
    }

    public ImportReport importFrom(Path file) {
        return importFrom(file, null);
    }

    public ImportReport importFrom(Path file, String source) {
        Validation validation = validate(file, source);
        if (!validation.problems.isEmpty())
            throw new ImportRejected(validation.problems, validation.problemCount > MAX_PROBLEMS);
        List<RestoredTimeLimits.Deadline> scheduled = validation.timeLimits.toSchedule();
        try {
            transaction.executeWithoutResult(status -> {
                append(file, validation);
                scheduled.forEach(d -> RestoredTimeLimits.schedule(deadlines, clock, d));
            });
        } catch (DataAccessException e) {
            // validated, but the store refused (another writer added one of these streams meanwhile): nothing was kept
            throw new ImportRejected(
                    List.of(new ImportProblem(
                            0,
                            "append-failed",
                            "The event store refused the events, so nothing was imported: "
                                    + e.getMostSpecificCause().getMessage())),
                    false);
        }
        ExportManifest manifest = validation.manifest;
        return new ImportReport(
                manifest.exportId(),
                manifest.scope(),
                manifest.pseudonymised(),
                validation.events,
                validation.nextSequence.size(),
                validation.perType,
                scheduled.size());
    }

    // ------------------------------------------------------------------------------------------ validation

    private Validation validate(Path file, String source) {
        Validation v = new Validation(source);
        long lastLine = 0;
        try (LineReader reader = new LineReader(Files.newInputStream(file))) {
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                lastLine = line.number();
                if (v.manifestLine > 0) {
                    v.problem(
                            line.number(),
                            "content-after-manifest",
                            "The manifest (line " + v.manifestLine + ") must be the last line; this line follows it");
                    continue;
                }
                if (line.tooLong()) {
                    v.hash(line);
                    v.problem(
                            line.number(),
                            "line-too-long",
                            "A line holds one event and is at most " + LineReader.MAX_LINE_BYTES + " bytes");
                    continue;
                }
                if (line.blank()) {
                    v.hash(line);
                    v.problem(
                            line.number(),
                            "empty-line",
                            "Every line of an export is one CloudEvent; this one is empty");
                    continue;
                }
                CloudEvent event;
                try {
                    event = json.readValue(line.content(), CloudEvent.class);
                } catch (IOException | RuntimeException e) {
                    v.hash(line);
                    v.problem(
                            line.number(),
                            "malformed-line",
                            "Not a CloudEvent in JSON: " + firstLine(e.getMessage())
                                    + (line.terminated()
                                            ? ""
                                            : " (the line is not terminated: the export may have been cut short)"));
                    continue;
                }
                if (EventTypes.MANIFEST_TYPE.equals(event.getType())) {
                    v.manifest(line.number(), event);
                    continue;
                }
                v.hash(line);
                event(line.number(), event, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The import could not be read", e);
        }
        v.checkExistingIds();
        if (v.manifestLine == 0) {
            v.problem(
                    lastLine + 1,
                    "manifest-missing",
                    lastLine == 0
                            ? "The import is empty: an export ends with its manifest"
                            : "The export ends after line " + lastLine
                                    + " without its manifest: it was cut short or is no complete export");
        } else if (v.manifest != null) {
            v.checkManifest();
        }
        return v;
    }

    private void event(long line, CloudEvent event, Validation v) {
        EventType type = types.ofCloudEventsType(event.getType()).orElse(null);
        if (type == null) {
            v.problem(
                    line,
                    "unknown-type",
                    "'" + event.getType() + "' is no event type of this case file (they read " + EventTypes.PREFIX
                            + "<kind>.v<revision>, e.g. " + EventTypes.PREFIX + "milestone-planned.v1)");
            return;
        }
        String stream = event.getSubject();
        if (stream == null || stream.isBlank()) {
            v.problem(
                    line,
                    "missing-subject",
                    "The subject names the event's stream (a case id, municipality:GM0193, ...)");
            return;
        }
        if (!Streams.isValidName(stream)) {
            v.problem(
                    line,
                    "invalid-subject",
                    "'" + stream + "' names no stream: a case id, or municipality:, initiative: or person: and an id");
            return;
        }
        if (!Streams.source(stream).equals(event.getSource())) {
            v.problem(
                    line,
                    "source-mismatch",
                    "The source of stream '" + stream + "' is " + Streams.source(stream) + ", not "
                            + event.getSource());
        }
        if (event.getDataContentType() != null && !event.getDataContentType().startsWith(EventExporter.JSON)) {
            v.problem(
                    line,
                    "unsupported-data-content-type",
                    "The data must be application/json, not " + event.getDataContentType());
            return;
        }
        if (!(event.getData() instanceof JsonCloudEventData data)
                || !data.getNode().isObject()) {
            v.problem(line, "missing-data", "The event's data must be its JSON object");
            return;
        }
        long sequence = positive(extension(event, EventExporter.SEQUENCE));
        if (sequence < 1) {
            v.problem(
                    line,
                    "invalid-sequence",
                    "The extension 'sequence' must be the event's place in its stream: 1, 2, 3, ...");
            return;
        }
        if (recordedTime(event) == null) {
            v.problem(line, "invalid-recorded-time", "The extension 'recordedtime' must be an RFC 3339 timestamp");
            return;
        }
        String metadata = extension(event, EventExporter.AXON_METADATA);
        if (metadata != null && !isJsonObject(metadata)) {
            v.problem(line, "invalid-metadata", "The extension 'axonmetadata' must be a JSON object");
            return;
        }
        Object payload;
        try {
            payload = strict.treeToValue(data.getNode(), type.javaType());
        } catch (IOException | IllegalArgumentException e) {
            v.problem(
                    line,
                    "invalid-data",
                    "The data is no valid " + type.cloudEventsType() + ": " + firstLine(e.getMessage()));
            return;
        }
        String own = streamOf(payload);
        if (!stream.equals(own)) {
            v.problem(
                    line,
                    "subject-mismatch",
                    "The event belongs to stream '" + own + "' but its subject says '" + stream + "'");
            return;
        }
        Long earlier = v.ids.putIfAbsent(event.getId(), line);
        if (earlier != null) {
            v.problem(line, "duplicate-event", "Event " + event.getId() + " is already on line " + earlier);
            return;
        }
        v.checkId(event.getId(), line);
        v.sequence(line, stream, sequence);
        if (metadata != null && v.source == null)
            v.chain(line, stream, sequence, type, data.getNode(), recordedTime(event), metadata);
        v.events++;
        v.perType.merge(type.cloudEventsType(), 1L, Long::sum);
        v.timeLimits.add(payload);
    }

    private static String streamOf(Object payload) {
        if (payload instanceof CaseEvent e) return e.caseId();
        if (payload instanceof MunicipalityEvent e) return MunicipalityCommand.streamId(e.cbsCode());
        if (payload instanceof InitiativeEvent e) return InitiativeCommand.streamId(e.initiativeId());
        if (payload instanceof PersonEvent e) return PersonCommand.streamId(e.personId());
        return null;
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }

    private static OffsetDateTime recordedTime(CloudEvent event) {
        Object value = event.getExtension(EventExporter.RECORDED_TIME);
        if (value instanceof OffsetDateTime time) return time;
        try {
            return value == null ? null : OffsetDateTime.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long positive(String number) {
        try {
            return number == null ? -1 : Long.parseLong(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private boolean isJsonObject(String text) {
        try {
            return json.readTree(text).isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String first = message.lines().findFirst().orElse(message);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /** Everything validation learns in one pass: the problems, and what appending and the report need. */
    private final class Validation {
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, Long> ids = new HashMap<>();
        final Map<String, Long> nextSequence = new LinkedHashMap<>();
        final Map<String, Long> perType = new TreeMap<>();
        final RestoredTimeLimits timeLimits = new RestoredTimeLimits();
        final Map<String, Long> pendingIds = new LinkedHashMap<>();
        final MessageDigest sha256;
        final String source;
        final Map<String, String> heads = new TreeMap<>();
        final java.util.Set<String> brokenChains = new java.util.HashSet<>();
        int problemCount;
        long events;
        long eventLines;
        long manifestLine;
        ExportManifest manifest;

        Validation(String source) {
            this.source = source == null || source.isBlank() ? null : source;
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void problem(long line, String rule, String detail) {
            if (++problemCount <= MAX_PROBLEMS) problems.add(new ImportProblem(line, rule, detail));
        }

        /** Every line before the manifest is part of the content its hash covers. */
        void hash(LineReader.Line line) {
            sha256.update(line.raw());
            eventLines++;
        }

        void manifest(long line, CloudEvent event) {
            manifestLine = line;
            try {
                if (!(event.getData() instanceof JsonCloudEventData data))
                    throw new IllegalArgumentException("no data");
                manifest = json.treeToValue(data.getNode(), ExportManifest.class);
                if (!ExportManifest.FORMAT.equals(manifest.format())
                        || manifest.formatVersion() != ExportManifest.FORMAT_VERSION) {
                    problem(
                            line,
                            "unsupported-format",
                            "This installation reads " + ExportManifest.FORMAT + " version "
                                    + ExportManifest.FORMAT_VERSION + ", not " + manifest.format() + " version "
                                    + manifest.formatVersion());
                    manifest = null;
                } else if (manifest.anonymity() != null
                        && "anonymised".equals(manifest.anonymity().level())) {
                    problem(
                            line,
                            "anonymised-export",
                            "An anonymised export is for analysis: its ids, dates and municipalities no longer "
                                    + "fit a case file, so it cannot be imported");
                }
            } catch (IOException | IllegalArgumentException e) {
                problem(line, "invalid-manifest", "The manifest cannot be read: " + firstLine(e.getMessage()));
                manifest = null;
            }
        }

        /** The event's hash, recomputed over what will be stored, must be the one its metadata carries. */
        void chain(
                long line,
                String stream,
                long sequence,
                EventType type,
                JsonNode data,
                OffsetDateTime recorded,
                String metadata) {
            if (brokenChains.contains(stream)) return;
            byte[] stored = metadata.getBytes(StandardCharsets.UTF_8);
            String carried;
            String hash;
            try {
                carried = EventChain.storedHash(stored);
                hash = EventChain.hash(
                        heads.getOrDefault(stream, EventChain.GENESIS),
                        new EventChain.Link(
                                stream,
                                sequence - 1,
                                type.javaType().getName(),
                                type.revision(),
                                json.writeValueAsBytes(data),
                                DateTimeUtils.formatInstant(recorded.toInstant()),
                                stored));
            } catch (IOException | RuntimeException e) {
                carried = null;
                hash = null;
            }
            if (carried == null || !carried.equals(hash)) {
                brokenChains.add(stream);
                problem(
                        line,
                        "chain-broken",
                        "Event " + sequence + " of stream '" + stream + "' does not verify: its data, "
                                + "recording time or metadata differ from what its installation hashed, or an event before it is missing");
                return;
            }
            heads.put(stream, hash);
        }

        /** A case-file export is signed by a trusted installation, over a manifest naming the chain heads found. */
        void checkSignature() {
            if (source != null) return;
            ExportManifest.Signature signature = manifest.signature();
            if (signature == null || signature.value() == null) {
                problem(
                        manifestLine,
                        "unsigned-export",
                        "The export is not signed; history from outside the case file "
                                + "is imported with its source named (source=...), as marked imports");
            } else if (!ExportSigner.verifies(
                    signature.publicKey(), EventExporter.signedContent(manifest), signature.value())) {
                problem(
                        manifestLine,
                        "signature-invalid",
                        "The manifest's signature does not verify: the export was changed after it was signed");
            } else if (!signer.isTrusted(signature.publicKey())) {
                problem(
                        manifestLine,
                        "untrusted-signer",
                        "The export is signed by an installation this one does not trust "
                                + "(casefile.record.trusted-export-keys)");
            } else if (!manifest.pseudonymised()
                    && brokenChains.isEmpty()
                    && !heads.equals(manifest.chainHeads() == null ? Map.of() : new TreeMap<>(manifest.chainHeads()))) {
                problem(
                        manifestLine,
                        "chain-head-mismatch",
                        "The chain heads of the events differ from those the manifest signs");
            }
        }

        void checkManifest() {
            checkSignature();
            String actual = HexFormat.of().formatHex(sha256.digest());
            if (!actual.equalsIgnoreCase(manifest.contentSha256())) {
                problem(
                        manifestLine,
                        "hash-mismatch",
                        "The SHA-256 of lines 1 to " + (manifestLine - 1) + " is " + actual + ", the manifest says "
                                + manifest.contentSha256() + ": the export was changed or is incomplete");
            }
            if (manifest.eventCount() != eventLines) {
                problem(
                        manifestLine,
                        "count-mismatch",
                        "The manifest counts " + manifest.eventCount() + " events, the export holds " + eventLines
                                + " lines before it");
            } else if (problemCount == 0
                    && !perType.equals(
                            manifest.countsPerType() == null ? Map.of() : new TreeMap<>(manifest.countsPerType()))) {
                problem(
                        manifestLine,
                        "count-mismatch",
                        "The manifest counts " + manifest.countsPerType() + ", the export holds " + perType);
            }
        }

        /** Streams are imported whole and new: their first event is number 1, and no number is skipped or repeated. */
        void sequence(long line, String stream, long sequence) {
            Long expected = nextSequence.get(stream);
            if (expected == null) {
                Long stored = jdbc.queryForObject(
                        "select count(*) from domainevententry where aggregateidentifier = ?", Long.class, stream);
                if (stored != null && stored > 0) {
                    problem(
                            line,
                            "stream-exists",
                            "This installation already holds " + Counts.of(stored, "event", "events") + " of stream '"
                                    + stream + "'; an import adds new streams only");
                }
                expected = 1L;
            }
            if (sequence != expected) {
                problem(
                        line,
                        "sequence-out-of-order",
                        "Stream '" + stream + "' continues with event " + expected + ", not " + sequence
                                + (sequence < expected ? " (a repeated event)" : " (events are missing)"));
            }
            nextSequence.put(stream, Math.max(expected, sequence + 1));
        }

        void checkId(String id, long line) {
            pendingIds.put(id, line);
            if (pendingIds.size() >= BATCH) checkExistingIds();
        }

        void checkExistingIds() {
            if (pendingIds.isEmpty()) return;
            named.queryForList(
                            "select eventidentifier from domainevententry where eventidentifier in (:ids)",
                            Map.of("ids", pendingIds.keySet()),
                            String.class)
                    .forEach(id -> problem(
                            pendingIds.get(id), "event-exists", "Event " + id + " is already in this installation"));
            pendingIds.clear();
        }
    }

    // ------------------------------------------------------------------------------------------ appending

    private void append(Path file, Validation validation) {
        Map<String, String> heads = new HashMap<>();
        Instant now = Instant.now(clock);
        List<Object[]> batch = new ArrayList<>(BATCH);
        try (LineReader reader = new LineReader(Files.newInputStream(file))) {
            LineReader.Line line;
            while ((line = reader.next()) != null) {
                CloudEvent event = json.readValue(line.content(), CloudEvent.class);
                if (EventTypes.MANIFEST_TYPE.equals(event.getType())) break;
                batch.add(row(event, validation, heads, now));
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(INSERT, batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The import could not be read a second time", e);
        }
        if (!batch.isEmpty()) jdbc.batchUpdate(INSERT, batch);
    }

    /**
     * The stored row. A verified export keeps its metadata, whose hash then verifies here as at its source. A
     * pseudonymised export carries no metadata: its events are recorded as imported by the importing account
     * from that export. History from outside is recorded now, as imported, its claimed recording time kept.
     * Either way the event is hashed into its stream's chain as it is stored.
     */
    private Object[] row(CloudEvent event, Validation validation, Map<String, String> heads, Instant now)
            throws IOException {
        EventType type = types.ofCloudEventsType(event.getType()).orElseThrow();
        String stream = event.getSubject();
        long sequence = positive(extension(event, EventExporter.SEQUENCE)) - 1;
        JsonNode data = ((JsonCloudEventData) event.getData()).getNode();
        String metadata = extension(event, EventExporter.AXON_METADATA);
        Instant recorded = recordedTime(event).toInstant();
        byte[] stored;
        if (validation.source != null) {
            Map<String, Object> marked = new TreeMap<>(importedBy(validation.source));
            marked.put("recordedAt", now.toString());
            marked.put(IMPORTED_RECORDED_AT, recorded.toString());
            stored = json.writeValueAsBytes(marked);
            recorded = now;
        } else if (metadata == null) {
            Map<String, Object> marked = new TreeMap<>(importedBy("export " + validation.manifest.exportId()));
            marked.put("recordedAt", recorded.toString());
            stored = json.writeValueAsBytes(marked);
        } else {
            stored = metadata.getBytes(StandardCharsets.UTF_8);
        }
        byte[] payload = json.writeValueAsBytes(data);
        String timestamp = DateTimeUtils.formatInstant(recorded);
        String hash = EventChain.hash(
                heads.getOrDefault(stream, EventChain.GENESIS),
                new EventChain.Link(
                        stream, sequence, type.javaType().getName(), type.revision(), payload, timestamp, stored));
        heads.put(stream, hash);
        return new Object[] {
            stream,
            sequence,
            Streams.aggregateType(stream),
            event.getId(),
            EventChain.withFields(stored, EventChain.HASH, hash),
            payload,
            type.revision(),
            type.javaType().getName(),
            timestamp
        };
    }

    private Map<String, String> importedBy(String source) {
        Caller importer = callers.get().orElse(null);
        return Recorder.imported(importer, callers.userName().orElse(null), source)
                .asMetaData();
    }
}
