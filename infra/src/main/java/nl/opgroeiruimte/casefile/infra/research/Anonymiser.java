package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opgroeiruimte.casefile.infra.research.table.CaseTable;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity;

/**
 * Takes a pseudonymised case event one step further, for an anonymised export (docs/research-export.md):
 * the municipality becomes its province and size class ({@code Utrecht|20k-50k}, {@code *} where the case
 * table had to withhold one), case and initiative ids become keyed pseudonyms, names, neighbourhoods and
 * places are withheld, and every date is coarsened to the month (or the year, where the case's row in the
 * k-anonymous case table was generalised that far). Only cases the k-anonymity check releases are exported.
 * Not thread-safe: one per export.
 */
final class Anonymiser {
    private static final Set<String> MUNICIPALITY = Set.of("municipality", "cbsCode", "municipalities");
    private static final Set<String> INITIATIVE = Set.of("initiative", "initiativeId");
    private static final Set<String> WITHHELD = Set.of(
            "name",
            "code",
            "description",
            "activity",
            "area",
            "chamberOfCommerceNumber",
            "neighbourhoods",
            "workingArea",
            "department");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern MOMENT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.*");

    private final Map<String, KAnonymity.Released> released;
    private final int casesLeftOut;
    private final Mac mac;

    /**
     * @param released     per case id, its row as the k-anonymity check released it
     * @param casesLeftOut how many cases the check left out
     */
    Anonymiser(Map<String, KAnonymity.Released> released, int casesLeftOut) {
        this.released = released;
        this.casesLeftOut = casesLeftOut;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether the stream is a case the check released; every other stream stays out of an anonymised export. */
    boolean exports(String aggregateId) {
        return released.containsKey(aggregateId);
    }

    int casesLeftOut() {
        return casesLeftOut;
    }

    String caseId(String caseId) {
        return keyed("case-", caseId);
    }

    /** The event's (already pseudonymised) data of case {@code caseId}, anonymised in place. */
    ObjectNode data(ObjectNode data, String caseId) {
        walk(data, released.get(caseId));
        return data;
    }

    /**
     * The first day of the month (or year) of a moment, as the case's dates are coarsened: the day as the
     * service's zone sees the moment, written as midnight UTC, as the coarsened dates in the payload are, so
     * that no coarsened moment falls on the last day of the month before.
     */
    OffsetDateTime coarsened(OffsetDateTime moment, String caseId, ZoneId zone) {
        LocalDate day = coarsened(moment.atZoneSameInstant(zone).toLocalDate(), released.get(caseId));
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private void walk(ObjectNode node, KAnonymity.Released row) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            field.setValue(value(field.getKey(), field.getValue(), row));
        }
    }

    private JsonNode value(String name, JsonNode value, KAnonymity.Released row) {
        if (value.isArray()) {
            ArrayNode items = (ArrayNode) value;
            for (int i = 0; i < items.size(); i++) items.set(i, value(name, items.get(i), row));
            return items;
        }
        if (value.isObject()) {
            if (WITHHELD.contains(name)) return TextNode.valueOf(Pseudonymiser.WITHHELD);
            walk((ObjectNode) value, row);
            return value;
        }
        if (!value.isTextual()) return value;
        String text = value.asText();
        if (name.equals("caseId")) return TextNode.valueOf(caseId(text));
        if (MUNICIPALITY.contains(name)) return TextNode.valueOf(label(row));
        if (INITIATIVE.contains(name)) return TextNode.valueOf(keyed("initiative-", text));
        if (WITHHELD.contains(name)) return TextNode.valueOf(Pseudonymiser.WITHHELD);
        if (DAY.matcher(text).matches())
            return TextNode.valueOf(coarsened(LocalDate.parse(text), row).toString());
        if (MOMENT.matcher(text).matches()) {
            return TextNode.valueOf(coarsened(LocalDate.parse(text.substring(0, 10)), row) + "T00:00:00Z");
        }
        return value;
    }

    /** Province and size class as the case's row was released: {@code Utrecht|20k-50k}, {@code *} where withheld. */
    static String label(KAnonymity.Released row) {
        KAnonymity.Generalisation g = row.generalisation();
        String province = g.provinceWithheld || row.row().province() == null
                ? CaseTable.WITHHELD
                : row.row().province();
        String size =
                g.sizeClassWithheld ? CaseTable.WITHHELD : row.row().sizeClass().word();
        return province + "|" + size;
    }

    private static LocalDate coarsened(LocalDate day, KAnonymity.Released row) {
        return row.generalisation().yearOnly ? day.withDayOfYear(1) : day.withDayOfMonth(1);
    }

    private String keyed(String prefix, String id) {
        byte[] digest = mac.doFinal((prefix + id).getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(digest, 0, 16);
    }
}
