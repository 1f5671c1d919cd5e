package nl.opgroeiruimte.casefile.query.indicators;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stop-go rules, with which thresholds, produced an indicator series or an export: a version of the
 * rules' logic (raised when a rule's meaning changes) and a SHA-256 over the rules' ids and every configured
 * threshold, so a researcher can tell whether two series were computed alike (docs/research-export.md).
 *
 * @param version    the version of the rules' logic, {@value #VERSION} in this build
 * @param sha256     hex SHA-256 over {@code rule:<id>\n} per rule (sorted) and {@code <threshold>=<value>\n} per threshold
 * @param rules      the rule ids, sorted
 * @param thresholds every threshold under {@code casefile.indicators} by its property name, as configured
 */
public record RuleSet(int version, String sha256, List<String> rules, Map<String, Integer> thresholds) {
    /** Raise when a rule is added, removed or changes what it looks for. */
    public static final int VERSION = 1;

    public static RuleSet of(List<IndicatorRule> rules, IndicatorThresholds thresholds) {
        List<String> ids = rules.stream().map(IndicatorRule::id).sorted().toList();
        Map<String, Integer> configured = new LinkedHashMap<>();
        for (RecordComponent c : IndicatorThresholds.class.getRecordComponents()) {
            try {
                configured.put(c.getName(), (Integer) c.getAccessor().invoke(thresholds));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder hashed = new StringBuilder("version=" + VERSION + "\n");
        ids.forEach(id -> hashed.append("rule:").append(id).append('\n'));
        configured.forEach(
                (name, value) -> hashed.append(name).append('=').append(value).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(hashed.toString().getBytes(StandardCharsets.UTF_8));
            return new RuleSet(
                    VERSION, HexFormat.of().formatHex(digest), ids, java.util.Collections.unmodifiableMap(configured));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the {@code Casefile-Rule-Set} header: {@code version=1; sha256=…}. */
    public String header() {
        return "version=" + version + "; sha256=" + sha256;
    }
}
