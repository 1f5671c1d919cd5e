package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.opgroeiruimte.casefile.infra.record.EventChain;
import nl.opgroeiruimte.casefile.infra.record.ExportSigner;
import nl.opgroeiruimte.casefile.infra.research.EventTypes.EventType;
import nl.opgroeiruimte.casefile.infra.research.table.Anonymity;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRow;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRows;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity;
import nl.opgroeiruimte.casefile.infra.research.table.ResearchProperties;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the events of a scope as CloudEvents in JSON Lines, one event per line in the order they were
 * stored, then the manifest. Reads the event table through one JDBC cursor in one read-only transaction
 * (one consistent snapshot, a page of rows in memory at a time) and writes each line as it goes, so an
 * export of millions of events runs in constant memory. Never reads the people register.
 */
public class EventExporter {
    static final String RECORDED_TIME = "recordedtime";
    static final String ACTOR_ROLE = "actorrole";
    static final String SEQUENCE = "sequence";
    static final String SEQUENCE_TYPE = "sequencetype";
    static final String AXON_METADATA = "axonmetadata";
    static final String JSON = "application/json";
    private static final int FETCH_SIZE = 500;
    private static final String COLUMNS =
            "aggregateidentifier, sequencenumber, eventidentifier, payloadtype, payload, metadata, timestamp";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final EventTypes types;
    private final ResearchExportProperties properties;
    private final Clock clock;
    private final ExportSigner signer;
    private final CaseRows cases;
    private final IndicatorService indicators;
    private final ResearchProperties research;
    private final ObjectMapper json = ResearchJson.mapper();

    public EventExporter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventTypes types,
            ResearchExportProperties properties,
            Clock clock,
            ExportSigner signer,
            CaseRows cases,
            IndicatorService indicators,
            ResearchProperties research) {
        this.signer = signer;
        this.cases = cases;
        this.indicators = indicators;
        this.research = research;
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = streaming;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.types = types;
        this.properties = properties;
        this.clock = clock;
    }

    /** Fails with {@link UnknownEntity} when the scope names a case or municipality the file does not know. */
    public void requireExists(ExportScope scope) {
        switch (scope.kind()) {
            case CASE -> {
                if (!streamExists(scope.id())) throw new UnknownEntity("case", scope.id());
            }
            case MUNICIPALITY -> {
                if (!streamExists(MunicipalityCommand.streamId(scope.id()))
                        && casesOf(scope.id()).isEmpty()) {
                    throw new UnknownEntity("municipality", scope.id());
                }
            }
            case ALL -> {}
        }
    }

    public ExportManifest export(ExportScope scope, boolean pseudonymise, OutputStream out) {
        return export(scope, pseudonymise ? Anonymity.PSEUDONYMISED : null, out);
    }

    /**
     * @param level null for the full export; pseudonymised or anonymised for research. An anonymised export
     *              holds only case streams, of the cases the k-anonymity check over all cases releases.
     */
    public ExportManifest export(ExportScope scope, Anonymity level, OutputStream out) {
        boolean pseudonymise = level != null;
        boolean anonymise = level == Anonymity.ANONYMISED;
        if (anonymise && scope.kind() == ExportScope.Kind.MUNICIPALITY) {
            throw new IllegalArgumentException("An anonymised export does not name its municipality");
        }
        // anonymised: free text is withheld whatever is configured to be kept
        List<String> kept = anonymise ? List.of() : properties.keptFreeTextFields();
        Pseudonymiser pseudonymiser = pseudonymise ? Pseudonymiser.withFreshKey(kept) : null;
        Anonymiser anonymiser = anonymise ? anonymiser() : null;
        String exportId = UUID.randomUUID().toString();
        OffsetDateTime exportedAt =
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
        Lines lines = new Lines(out);
        RowCallbackHandler everyRow = anonymiser == null
                ? rs -> lines.write(event(rs, pseudonymiser, lines))
                : rs -> {
                    if (anonymiser.exports(rs.getString("aggregateidentifier"))) {
                        lines.write(anonymised(event(rs, pseudonymiser, lines), anonymiser));
                    }
                };
        snapshot.executeWithoutResult(status -> {
            switch (scope.kind()) {
                case CASE ->
                    jdbc.query(
                            "select " + COLUMNS
                                    + " from domainevententry where aggregateidentifier = ? order by globalindex",
                            everyRow,
                            scope.id());
                case MUNICIPALITY -> {
                    // a municipality's cases are spread over the whole store: one pass in storage order, filtered
                    Set<String> streams = casesOf(scope.id());
                    streams.add(MunicipalityCommand.streamId(scope.id()));
                    RowCallbackHandler ofMunicipality = rs -> {
                        if (streams.contains(rs.getString("aggregateidentifier"))) everyRow.processRow(rs);
                    };
                    jdbc.query("select " + COLUMNS + " from domainevententry order by globalindex", ofMunicipality);
                }
                case ALL -> jdbc.query("select " + COLUMNS + " from domainevententry order by globalindex", everyRow);
            }
        });
        ExportManifest unsigned = new ExportManifest(
                ExportManifest.FORMAT,
                ExportManifest.FORMAT_VERSION,
                exportId,
                exportedAt.toString(),
                new ExportManifest.Scope(scope.kind().name().toLowerCase(), scope.id()),
                pseudonymise,
                new ExportManifest.FreeText(pseudonymise, Pseudonymiser.WITHHELD, pseudonymise ? kept : List.of()),
                lines.count,
                lines.streams.size(),
                lines.perType,
                lines.sha256(),
                pseudonymise ? Map.of() : lines.heads,
                level == null
                        ? null
                        : new ExportManifest.Anonymity(
                                level.word(),
                                anonymise ? research.kAnonymity() : null,
                                anonymise ? anonymiser.casesLeftOut() : null),
                indicators.ruleSet(),
                null);
        ExportManifest manifest = unsigned.signedWith(new ExportManifest.Signature(
                ExportSigner.ALGORITHM, signer.publicKey(), signer.sign(signedContent(unsigned))));
        lines.writeManifest(CloudEventBuilder.v1()
                .withId(exportId)
                .withSource(Streams.EXPORT_SOURCE)
                .withType(EventTypes.MANIFEST_TYPE)
                .withSubject(scope.describe())
                .withTime(exportedAt)
                .withDataContentType(JSON)
                .withData(JsonCloudEventData.wrap(json.valueToTree(manifest)))
                .build());
        return manifest;
    }

    /** The k-anonymity check over every case in the file, whose outcome decides which cases leave anonymised. */
    private Anonymiser anonymiser() {
        List<CaseRow> all = cases.quasiIdentifiers(new CaseRows.Selection(null, null, null));
        KAnonymity.Result result = KAnonymity.apply(all, research.kAnonymity());
        Map<String, KAnonymity.Released> released = new HashMap<>();
        result.released().forEach(r -> released.put(r.row().caseId(), r));
        return new Anonymiser(released, result.suppressed());
    }

    /** A pseudonymised case event, anonymised: its stream, its times and its data. */
    private CloudEvent anonymised(CloudEvent event, Anonymiser anonymiser) {
        String caseId = event.getSubject();
        ObjectNode data = anonymiser.data((ObjectNode) ((JsonCloudEventData) event.getData()).getNode(), caseId);
        String subject = anonymiser.caseId(caseId);
        OffsetDateTime recorded = (OffsetDateTime) event.getExtension(RECORDED_TIME);
        return CloudEventBuilder.v1(event)
                .withSubject(subject)
                .withSource(Streams.source(subject))
                .withTime(anonymiser.coarsened(event.getTime(), caseId, clock.getZone()))
                .withExtension(RECORDED_TIME, anonymiser.coarsened(recorded, caseId, clock.getZone()))
                .withData(JsonCloudEventData.wrap(data))
                .build();
    }

    /** What the signature covers: the manifest as written, without the signature. */
    static byte[] signedContent(ExportManifest manifest) {
        try {
            return ResearchJson.mapper().writeValueAsBytes(manifest.signedWith(null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CloudEvent event(ResultSet rs, Pseudonymiser pseudonymiser, Lines lines) throws SQLException {
        String payloadType = rs.getString("payloadtype");
        EventType type = types.ofStoredPayloadType(payloadType)
                .orElseThrow(() -> new IllegalStateException("The event store holds events of type " + payloadType
                        + ", which this version of the case file does not know; it cannot export them"));
        OffsetDateTime recorded =
                DateTimeUtils.parseInstant(rs.getString("timestamp")).atOffset(ZoneOffset.UTC);
        byte[] metadata = rs.getBytes("metadata");
        String aggregateId = rs.getString("aggregateidentifier");
        if (metadata != null) lines.heads.put(aggregateId, EventChain.storedHash(metadata));
        return CaseFileCloudEvents.of(
                type,
                rs.getString("eventidentifier"),
                aggregateId,
                rs.getLong("sequencenumber"),
                tree(rs.getBytes("payload")),
                recorded,
                clock.getZone(),
                pseudonymiser,
                metadata == null ? null : new String(metadata, StandardCharsets.UTF_8));
    }

    private Set<String> casesOf(String cbsCode) {
        Set<String> cases = new HashSet<>();
        RowCallbackHandler ofMunicipality = rs -> {
            if (cbsCode.equals(tree(rs.getBytes("payload")).path("municipality").asText())) {
                cases.add(rs.getString("aggregateidentifier"));
            }
        };
        jdbc.query(
                "select aggregateidentifier, payload from domainevententry where payloadtype = ?",
                ofMunicipality,
                OpgroeiruimteRequested.class.getName());
        // and the cases that passed to it in a reorganisation (docs/as-of-design.md)
        jdbc.query(
                "select aggregateidentifier, payload from domainevententry where payloadtype = ?",
                (RowCallbackHandler) rs -> {
                    if (cbsCode.equals(
                            tree(rs.getBytes("payload")).path("successor").asText())) {
                        cases.add(rs.getString("aggregateidentifier"));
                    }
                },
                CaseMovedToSuccessor.class.getName());
        return cases;
    }

    private boolean streamExists(String aggregateId) {
        return Boolean.TRUE.equals(jdbc.query(
                "select 1 from domainevententry where aggregateidentifier = ? and sequencenumber = 0",
                ResultSet::next,
                aggregateId));
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written so far, their hash and their counts. */
    private final class Lines {
        private final OutputStream out;
        private final MessageDigest sha256;
        private final Map<String, Long> perType = new TreeMap<>();
        private final Set<String> streams = new HashSet<>();
        private final Map<String, String> heads = new TreeMap<>();
        private long count;

        Lines(OutputStream out) {
            this.out = out;
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void write(CloudEvent event) {
            byte[] line = line(event);
            sha256.update(line);
            put(line);
            count++;
            perType.merge(event.getType(), 1L, Long::sum);
            streams.add(event.getSubject());
        }

        void writeManifest(CloudEvent manifest) {
            put(line(manifest));
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String sha256() {
            return HexFormat.of().formatHex(sha256.digest());
        }

        private byte[] line(CloudEvent event) {
            try {
                byte[] json = EventExporter.this.json.writeValueAsBytes(event);
                byte[] line = Arrays.copyOf(json, json.length + 1);
                line[json.length] = '\n';
                return line;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An event could not be written as a CloudEvent", e);
            }
        }

        private void put(byte[] line) {
            try {
                out.write(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
