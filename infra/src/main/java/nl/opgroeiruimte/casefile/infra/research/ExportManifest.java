package nl.opgroeiruimte.casefile.infra.research;

import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.query.indicators.RuleSet;

/**
 * The last line of every export (a CloudEvent of type {@value EventTypes#MANIFEST_TYPE}): what the export
 * holds, a SHA-256 of every byte before this line, the hash chain's head of every stream in a full export,
 * the anonymity level, the indicator rule set in force, and the exporting installation's signature over all of that, so that an export cut short or changed is
 * noticed on import, also when whoever changed it recomputed the hashes.
 */
public record ExportManifest(
        String format,
        int formatVersion,
        String exportId,
        String exportedAt,
        Scope scope,
        boolean pseudonymised,
        FreeText freeText,
        long eventCount,
        long streamCount,
        Map<String, Long> countsPerType,
        String contentSha256,
        Map<String, String> chainHeads,
        Anonymity anonymity,
        RuleSet ruleSet,
        Signature signature) {
    public static final String FORMAT = "opgroeiruimte-casefile-export";
    public static final int FORMAT_VERSION = 1;

    // named apart from the partnership's Scope (activity, area), which would otherwise take its place in the document
    @io.swagger.v3.oas.annotations.media.Schema(name = "ExportScope")
    public record Scope(String kind, String id) {}

    /** Who signed (their Ed25519 public key, base64 X.509) and the signature over the manifest without it. */
    public record Signature(String algorithm, String publicKey, String value) {}

    public ExportManifest signedWith(Signature by) {
        return new ExportManifest(
                format,
                formatVersion,
                exportId,
                exportedAt,
                scope,
                pseudonymised,
                freeText,
                eventCount,
                streamCount,
                countsPerType,
                contentSha256,
                chainHeads,
                anonymity,
                ruleSet,
                by);
    }

    /**
     * How far the export is stripped of what identifies: {@code pseudonymised} or {@code anonymised} (then with
     * the k of the check, and how many cases it left out); null in a full export and in exports made before
     * levels existed.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ExportAnonymity")
    public record Anonymity(String level, Integer k, Integer casesLeftOut) {}

    /** Whether free text was withheld behind {@code marker}, and which fields were kept anyway. */
    public record FreeText(boolean withheld, String marker, List<String> keptFields) {}
}
