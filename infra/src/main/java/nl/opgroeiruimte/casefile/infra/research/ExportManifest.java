package nl.opgroeiruimte.casefile.infra.research;

import java.util.List;
import java.util.Map;

/**
 * The last line of every export (a CloudEvent of type {@value EventTypes#MANIFEST_TYPE}): what the export
 * holds and a SHA-256 of every byte before this line, so that an export cut short or changed is noticed
 * on import.
 */
public record ExportManifest(String format, int formatVersion, String exportId, String exportedAt, Scope scope,
                             boolean pseudonymised, FreeText freeText, long eventCount, long streamCount,
                             Map<String, Long> countsPerType, String contentSha256) {
    public static final String FORMAT = "opgroeiruimte-casefile-export";
    public static final int FORMAT_VERSION = 1;

    public record Scope(String kind, String id) {
    }

    /** Whether free text was withheld behind {@code marker}, and which fields were kept anyway. */
    public record FreeText(boolean withheld, String marker, List<String> keptFields) {
    }
}
