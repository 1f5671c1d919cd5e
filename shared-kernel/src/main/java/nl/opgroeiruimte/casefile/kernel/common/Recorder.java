package nl.opgroeiruimte.casefile.kernel.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who recorded a fact in the case file, as every event's metadata keeps it: a signed-in person (from their
 * credentials, never from what a request says), the case file itself (a deadline, the demo data), an
 * import (the importing account and the source the history came from), or a signed-in person back-filling
 * the history of a partnership from before the case file existed, with the document it is taken from. The {@link Actor} of an event is
 * who did it in the world; the recorder is who put it in the file.
 */
public record Recorder(
        Kind kind,
        String personId,
        CallerRole role,
        String municipality,
        String initiative,
        String userName,
        String source) {
    private static final String PREFIX = "recorder.";

    public enum Kind {
        PERSON,
        SYSTEM,
        IMPORT,
        /** History from before the case file existed, entered by a signed-in person from a source document. */
        BACKFILL
    }

    public static Recorder person(Caller caller, String userName) {
        return new Recorder(
                Kind.PERSON,
                caller.personId(),
                caller.role(),
                caller.municipality(),
                caller.initiative(),
                userName,
                null);
    }

    /**
     * A signed-in person entering history from before the case file existed, taken from {@code sourceDocument}
     * (old minutes, an agreement): marked "overgenomen", never "later vastgelegd".
     */
    public static Recorder backfill(Caller caller, String userName, String sourceDocument) {
        return new Recorder(
                Kind.BACKFILL,
                caller.personId(),
                caller.role(),
                caller.municipality(),
                caller.initiative(),
                userName,
                sourceDocument);
    }

    /** Taken over from earlier records (an import or a back-fill), so not recorded late by anyone. */
    public boolean takenOver() {
        return kind == Kind.IMPORT || kind == Kind.BACKFILL;
    }

    /** The case file itself; {@code source} says what made it record (a deadline, the demo data). */
    public static Recorder system(String source) {
        return new Recorder(Kind.SYSTEM, "system", null, null, null, null, source);
    }

    /** History brought in by {@code importer} from {@code source}. */
    public static Recorder imported(Caller importer, String userName, String source) {
        return importer == null
                ? new Recorder(Kind.IMPORT, "system", null, null, null, null, source)
                : new Recorder(
                        Kind.IMPORT,
                        importer.personId(),
                        importer.role(),
                        importer.municipality(),
                        importer.initiative(),
                        userName,
                        source);
    }

    public Map<String, String> asMetaData() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PREFIX + "kind", kind.name().toLowerCase());
        values.put(PREFIX + "personId", personId);
        if (role != null) values.put(PREFIX + "role", role.name());
        if (municipality != null) values.put(PREFIX + "municipality", municipality);
        if (initiative != null) values.put(PREFIX + "initiative", initiative);
        if (userName != null) values.put(PREFIX + "userName", userName);
        if (source != null) values.put(PREFIX + "source", source);
        return values;
    }

    /** The recorder an event's metadata names; null for events recorded before recorders were kept. */
    public static Recorder fromMetaData(Map<String, ?> metaData) {
        Object kind = metaData.get(PREFIX + "kind");
        if (kind == null) return null;
        Object role = metaData.get(PREFIX + "role");
        return new Recorder(
                Kind.valueOf(kind.toString().toUpperCase()),
                text(metaData, "personId"),
                role == null ? null : CallerRole.valueOf(role.toString()),
                text(metaData, "municipality"),
                text(metaData, "initiative"),
                text(metaData, "userName"),
                text(metaData, "source"));
    }

    private static String text(Map<String, ?> metaData, String key) {
        Object value = metaData.get(PREFIX + key);
        return value == null ? null : value.toString();
    }
}
