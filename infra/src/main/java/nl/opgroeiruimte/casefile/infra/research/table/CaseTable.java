package nl.opgroeiruimte.casefile.infra.research.table;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity.Generalisation;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity.Released;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.query.indicators.RuleSet;

/**
 * The case table for research: its columns, each with its type, meaning and the events it comes from, as a
 * Frictionless Table Schema (the codebook), and the rows as CSV (RFC 4180) at an anonymity level. The
 * columns are defined once here, so the header, the cells and the codebook cannot disagree.
 */
public final class CaseTable {
    /** A value withheld by anonymisation (a generalised quasi-identifier, a name); empty means unknown or none. */
    public static final String WITHHELD = "*";

    static final String PERIOD_PATTERN = "[0-9]{4}(-[0-9]{2})?";

    /** One column: its name, Table Schema type, meaning, source events, allowed words and how a cell is made. */
    public record Column(
            String name,
            String type,
            String description,
            List<String> sourceEvents,
            List<String> words,
            boolean quasiIdentifier,
            BiFunction<CaseRow, Release, String> cell) {}

    /** How one row is released: the level, how far its quasi-identifiers are generalised, and the id keys. */
    public static final class Release {
        final Anonymity level;
        final Generalisation generalisation;
        private final Mac ids;

        Release(Anonymity level, Generalisation generalisation, Mac ids) {
            this.level = level;
            this.generalisation = generalisation;
            this.ids = ids;
        }

        boolean anonymised() {
            return level == Anonymity.ANONYMISED;
        }

        String id(String prefix, String id) {
            if (id == null) return "";
            if (!anonymised()) return id;
            byte[] digest = ids.doFinal((prefix + id).getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 16);
        }

        String date(LocalDate day) {
            if (day == null) return "";
            if (!anonymised()) return day.toString();
            return generalisation.yearOnly
                    ? String.valueOf(day.getYear())
                    : day.toString().substring(0, 7);
        }
    }

    private CaseTable() {}

    public static List<Column> columns(Anonymity level) {
        boolean anonymised = level == Anonymity.ANONYMISED;
        String dateType = anonymised ? "string" : "date";
        String dateNote = anonymised
                ? " Anonymised: the month (YYYY-MM), or the year (YYYY) where the row had to be generalised."
                : "";
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(
                "caseId",
                "string",
                anonymised
                        ? "The case, as a keyed pseudonym (case-…) drawn for this table only."
                        : "The case id, as in the event export (subject of the case's events).",
                List.of("OpgroeiruimteRequested"),
                null,
                false,
                (row, r) -> r.id("case-", row.caseId())));
        columns.add(new Column(
                "municipality",
                "string",
                anonymised ? "Withheld (*): see province and sizeClass." : "The municipality's CBS code (GM…).",
                List.of("OpgroeiruimteRequested"),
                null,
                false,
                (row, r) -> r.anonymised() ? WITHHELD : Objects.toString(row.municipality(), "")));
        columns.add(new Column(
                "province",
                "string",
                "The municipality's province (reference list of municipalities in force from 2023)."
                        + (anonymised ? " * where withheld to keep the row k-anonymous." : ""),
                List.of("OpgroeiruimteRequested"),
                null,
                true,
                (row, r) -> r.anonymised() && r.generalisation.provinceWithheld
                        ? WITHHELD
                        : Objects.toString(row.province(), "")));
        columns.add(new Column(
                "sizeClass",
                "string",
                "The municipality's size by inhabitants, read from the council seats of its last election recorded "
                        + "with a result (Gemeentewet art. 8): up-to-20k (at most 17 seats), 20k-50k (19-29), "
                        + "50k-100k (31-37), 100k-200k (39), above-200k (45); unknown without a recorded result."
                        + (anonymised ? " * where withheld to keep the row k-anonymous." : ""),
                List.of("OpgroeiruimteRequested", "MunicipalElectionRecorded"),
                Arrays.stream(SizeClass.values()).map(SizeClass::word).toList(),
                true,
                (row, r) -> r.anonymised() && r.generalisation.sizeClassWithheld
                        ? WITHHELD
                        : row.sizeClass().word()));
        columns.add(new Column(
                "initiative",
                "string",
                anonymised
                        ? "The initiative, as a keyed pseudonym (initiative-…) drawn for this table only: its id may be its name."
                        : "The initiative's id, as in the event export.",
                List.of("OpgroeiruimteRequested"),
                null,
                false,
                (row, r) -> r.id("initiative-", row.initiative())));
        columns.add(new Column(
                "legalForm",
                "string",
                "The initiative's legal form as known now; empty when the initiative was not registered."
                        + (anonymised ? " * where withheld to keep the row k-anonymous." : ""),
                List.of("InitiativeRegistered", "LegalFormChanged"),
                words(LegalForm.values()),
                true,
                (row, r) -> r.anonymised() && r.generalisation.legalFormWithheld ? WITHHELD : word(row.legalForm())));
        columns.add(new Column(
                "route",
                "string",
                "How the cooperation is legally shaped (002), the latest recorded; empty when none was recorded."
                        + (anonymised ? " * where withheld to keep the row k-anonymous." : ""),
                List.of("RouteRecorded"),
                words(CooperationRoute.values()),
                true,
                (row, r) -> r.anonymised() && r.generalisation.routeWithheld ? WITHHELD : word(row.route())));
        columns.add(new Column(
                "governmentRoles",
                "string",
                "The government roles the municipality takes (002, stacked), the latest recorded, separated by ';' "
                        + "in the order lawful;performing;networking;responsive; empty when none was recorded.",
                List.of("GovernmentRolesRecorded"),
                null,
                false,
                (row, r) -> row.governmentRoles().stream()
                        .sorted()
                        .map(KebabCaseEnums::wordFor)
                        .collect(Collectors.joining(";"))));
        columns.add(new Column(
                "phase",
                "string",
                "The phase of the municipal process (002), the latest recorded; empty when none was recorded.",
                List.of("ProcessPhaseRecorded"),
                words(ProcessPhase.values()),
                false,
                (row, r) -> word(row.phase())));
        columns.add(new Column(
                "status",
                "string",
                "Where the case stands now.",
                List.of(
                        "OpgroeiruimteRequested",
                        "OpgroeiruimteGranted",
                        "CasePaused",
                        "CaseResumed",
                        "MaturityDeclared",
                        "CaseStopped"),
                List.of("requested", "granted", "paused", "mature", "stopped"),
                false,
                (row, r) -> Objects.toString(row.status(), "")));
        columns.add(date(
                "requestedOn",
                dateType,
                "The day opgroeiruimte was asked for." + dateNote
                        + (anonymised ? " A quasi-identifier, to the month or year." : ""),
                List.of("OpgroeiruimteRequested"),
                anonymised,
                CaseRow::requestedOn));
        columns.add(date(
                "grantedOn",
                dateType,
                "The day opgroeiruimte was granted; empty if not (yet)." + dateNote,
                List.of("OpgroeiruimteGranted"),
                false,
                CaseRow::grantedOn));
        columns.add(date(
                "firstAgreementOn",
                dateType,
                "The day the first agreement of any kind was signed; empty if none." + dateNote,
                List.of("AgreementSigned"),
                false,
                CaseRow::firstAgreementOn));
        for (AgreementKind kind : AgreementKind.values()) {
            String word = KebabCaseEnums.wordFor(kind);
            columns.add(date(
                    "signed" + camel(kind) + "On",
                    dateType,
                    "The day the first agreement of kind " + word + " was signed; empty if none." + dateNote,
                    List.of("AgreementSigned"),
                    false,
                    row -> row.firstSigned().get(kind)));
        }
        columns.add(date(
                "closedOn",
                dateType,
                "The day the case matured or stopped; empty while it runs." + dateNote,
                List.of("MaturityDeclared", "CaseStopped"),
                false,
                CaseRow::closedOn));
        columns.add(days(
                "daysToGrant",
                "Days from the request to the grant.",
                List.of("OpgroeiruimteRequested", "OpgroeiruimteGranted"),
                row -> row.daysFromRequest(row.grantedOn())));
        columns.add(days(
                "daysToFirstAgreement",
                "Days from the request to the first agreement.",
                List.of("OpgroeiruimteRequested", "AgreementSigned"),
                row -> row.daysFromRequest(row.firstAgreementOn())));
        columns.add(days(
                "daysGrantToFirstAgreement",
                "Days from the grant to the first agreement (negative when signed before the grant).",
                List.of("OpgroeiruimteGranted", "AgreementSigned"),
                row -> row.daysFromGrant(row.firstAgreementOn())));
        for (AgreementKind kind : AgreementKind.values()) {
            columns.add(days(
                    "daysTo" + camel(kind),
                    "Days from the request to the first agreement of kind " + KebabCaseEnums.wordFor(kind) + ".",
                    List.of("OpgroeiruimteRequested", "AgreementSigned"),
                    row -> row.daysFromRequest(row.firstSigned().get(kind))));
        }
        columns.add(days(
                "daysToClosure",
                "Days from the request to maturity or stop.",
                List.of("OpgroeiruimteRequested", "MaturityDeclared", "CaseStopped"),
                row -> row.daysFromRequest(row.closedOn())));
        columns.add(
                count("meetings", "Meetings and sessions recorded.", List.of("MeetingRecorded"), CaseRow::meetings));
        columns.add(
                count("breaches", "Exclusivity breaches recorded.", List.of("ExclusivityBreached"), CaseRow::breaches));
        columns.add(count(
                "handovers",
                "Key roles handed over with a hand-over (a note or a document).",
                List.of("RoleHandedOver"),
                CaseRow::handovers));
        columns.add(count(
                "handoversMissing",
                "Key roles that went to someone else without a hand-over (through a vacancy, or handed over without one).",
                List.of("RoleAssigned", "RoleHandedOver"),
                CaseRow::handoversMissing));
        for (String status : List.of("go", "attention", "stop-risk")) {
            columns.add(count(
                    "days" + camel(status),
                    "Days the stop-go indicator was " + status + ", from the request to the day before the closure "
                            + "(or up to today), evaluated day by day with the rules and thresholds of the rule set "
                            + "(docs/indicators.md).",
                    List.of("every event of the case", "MunicipalElectionRecorded", "PolicyAdopted"),
                    row -> row.daysInStatus().getOrDefault(status, 0)));
        }
        return List.copyOf(columns);
    }

    /** The codebook: a Frictionless Table Schema with the source events of each field, the level and rule set. */
    public static Map<String, Object> codebook(Anonymity level, int k, RuleSet ruleSet) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Column c : columns(level)) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", c.name());
            field.put("type", c.type());
            field.put("description", c.description());
            Map<String, Object> constraints = new LinkedHashMap<>();
            if (c.name().equals("caseId")) {
                constraints.put("required", true);
                constraints.put("unique", true);
            }
            if (c.words() != null) constraints.put("enum", c.words());
            if (level == Anonymity.ANONYMISED && c.name().endsWith("On")) {
                constraints.put("pattern", PERIOD_PATTERN);
            }
            if (c.type().equals("integer")
                    && c.name().matches("meetings|breaches|handovers.*|days(Go|Attention|StopRisk)")) {
                constraints.put("minimum", 0);
            }
            if (!constraints.isEmpty()) field.put("constraints", constraints);
            field.put("sourceEvents", c.sourceEvents());
            if (level == Anonymity.ANONYMISED && c.quasiIdentifier()) field.put("quasiIdentifier", true);
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://datapackage.org/profiles/2.0/tableschema.json");
        schema.put("fields", fields);
        schema.put("missingValues", level == Anonymity.ANONYMISED ? List.of("", WITHHELD) : List.of(""));
        schema.put("primaryKey", List.of("caseId"));
        schema.put("anonymity", anonymityOf(level, k));
        schema.put("ruleSet", ruleSet);
        return schema;
    }

    static Map<String, Object> anonymityOf(Anonymity level, int k) {
        Map<String, Object> anonymity = new LinkedHashMap<>();
        anonymity.put("level", level.word());
        if (level == Anonymity.ANONYMISED) {
            anonymity.put("k", k);
            anonymity.put(
                    "quasiIdentifiers",
                    columns(level).stream()
                            .filter(Column::quasiIdentifier)
                            .map(Column::name)
                            .toList());
        }
        return anonymity;
    }

    /**
     * The rows as released at a level: all of them as they are when pseudonymised; when anonymised, those
     * that pass the k-anonymity check, each generalised as far as it had to be.
     */
    public static KAnonymity.Result release(List<CaseRow> rows, Anonymity level, int k) {
        if (level == Anonymity.ANONYMISED) return KAnonymity.apply(rows, k);
        return new KAnonymity.Result(
                rows.stream().map(r -> new Released(r, Generalisation.NONE)).toList(), 0);
    }

    /**
     * What a table says of its anonymity (the Casefile-Anonymity header): the level, and when anonymised k,
     * how many rows were left out and how many of the released ones were generalised.
     */
    public static String anonymityHeader(Anonymity level, int k, KAnonymity.Result result) {
        return level == Anonymity.ANONYMISED
                ? "level=anonymised; k=" + k + "; suppressed=" + result.suppressed() + "; generalised="
                        + result.generalised()
                : "level=pseudonymised";
    }

    /** The header and the released rows as CSV (CRLF line ends). */
    public static void write(List<Released> released, Anonymity level, PrintWriter csv) {
        List<Column> columns = columns(level);
        csv.print(columns.stream().map(Column::name).collect(Collectors.joining(",")) + "\r\n");
        Mac ids = freshKey();
        for (Released r : released) {
            Release release = new Release(level, r.generalisation(), ids);
            csv.print(columns.stream()
                            .map(c -> cell(c.cell().apply(r.row(), release)))
                            .collect(Collectors.joining(","))
                    + "\r\n");
        }
        csv.flush();
    }

    private static Mac freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static Column date(
            String name,
            String type,
            String description,
            List<String> sources,
            boolean quasiIdentifier,
            java.util.function.Function<CaseRow, LocalDate> value) {
        return new Column(
                name, type, description, sources, null, quasiIdentifier, (row, r) -> r.date(value.apply(row)));
    }

    private static Column days(
            String name,
            String description,
            List<String> sources,
            java.util.function.Function<CaseRow, Integer> value) {
        return new Column(
                name,
                "integer",
                description + " Empty when either day is unknown. Exact days, also when anonymised.",
                sources,
                null,
                false,
                (row, r) -> Objects.toString(value.apply(row), ""));
    }

    private static Column count(
            String name, String description, List<String> sources, java.util.function.ToIntFunction<CaseRow> value) {
        return new Column(
                name, "integer", description, sources, null, false, (row, r) -> String.valueOf(value.applyAsInt(row)));
    }

    private static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(KebabCaseEnums::wordFor).toList();
    }

    private static String word(Enum<?> value) {
        return value == null ? "" : KebabCaseEnums.wordFor(value);
    }

    /** PLAN_OF_APPROACH and stop-risk become PlanOfApproach and StopRisk. */
    private static String camel(Object value) {
        StringBuilder out = new StringBuilder();
        for (String part : value.toString().toLowerCase().split("[_-]")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }

    /** Quoted when it holds what CSV would misread (RFC 4180). */
    static String cell(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
