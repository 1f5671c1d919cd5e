package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.infra.research.FieldPolicy.Treatment;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;

/**
 * Makes an event fit for researchers: every person id becomes a keyed pseudonym (HMAC-SHA256 under a key
 * drawn at random for this one export and never stored, so the same person has the same pseudonym
 * throughout the export and an unrelated one in the next), and free text is withheld behind
 * {@link #WITHHELD} unless configured to be kept. The event's JSON is walked along its Java record, so
 * each text field is judged by what it is ({@link FieldPolicy}); fields the record does not have are
 * dropped. Not thread-safe: one per export.
 */
public final class Pseudonymiser {
    /** Stands in for withheld free text; a list of free texts keeps its length, each item withheld. */
    public static final String WITHHELD = "[withheld]";

    private static final String ALL = "*";
    private static final String PSEUDONYM_PREFIX = "ps-";
    private static final String SYSTEM = KebabCaseEnums.wordFor(ActorRole.SYSTEM);

    private final Mac mac;
    private final Set<String> keptFreeText;

    Pseudonymiser(byte[] key, Collection<String> keptFreeTextFields) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
        keptFreeText = Set.copyOf(keptFreeTextFields);
    }

    /**
     * A pseudonymiser under a key that is kept (a notification subscription's), so that a subscriber sees one
     * pseudonym per person across all its notifications.
     */
    public static Pseudonymiser withKey(byte[] key, Collection<String> keptFreeTextFields) {
        return new Pseudonymiser(key, keptFreeTextFields);
    }

    /** A pseudonymiser with a fresh random 256-bit key, forgotten when the export is done. */
    public static Pseudonymiser withFreshKey(Collection<String> keptFreeTextFields) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new Pseudonymiser(key, keptFreeTextFields);
    }

    /** {@code ps-} and 128 bits of the HMAC in hex: a valid person id, 35 characters. */
    public String pseudonym(String personId) {
        byte[] digest = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
        return PSEUDONYM_PREFIX + HexFormat.of().formatHex(digest, 0, 16);
    }

    /** A person's stream is named by the person id, so it is pseudonymised too; other streams stay. */
    public String aggregateId(String aggregateId) {
        return Streams.isPersonStream(aggregateId)
                ? PersonCommand.STREAM_PREFIX + pseudonym(aggregateId.substring(PersonCommand.STREAM_PREFIX.length()))
                : aggregateId;
    }

    /** The event's JSON as researchers get it; {@code payload} itself is changed and returned. */
    public ObjectNode data(ObjectNode payload, Class<?> eventType) {
        walkRecord(payload, eventType);
        return payload;
    }

    private void walkRecord(ObjectNode node, Class<?> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalStateException(recordType.getName() + " is not a record; its fields cannot be judged");
        }
        if (recordType == Actor.class && SYSTEM.equals(node.path("role").asText())) {
            return; // the case file itself, recording what time brings about: no person
        }
        RecordComponent[] components = recordType.getRecordComponents();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            boolean known = false;
            for (RecordComponent c : components) known |= c.getName().equals(name);
            if (!known) names.remove();
        }
        for (RecordComponent c : components) {
            JsonNode value = node.get(c.getName());
            if (value == null || value.isNull()) continue;
            node.set(c.getName(), walk(value, c.getGenericType(), recordType.getSimpleName(), c.getName()));
        }
    }

    private JsonNode walk(JsonNode value, Type type, String owner, String field) {
        Class<?> raw = raw(type);
        if (value.isTextual() && !speaksForItself(raw)) return text(value, owner, field);
        if (Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType parameterized
                && value.isArray()) {
            Type element = parameterized.getActualTypeArguments()[0];
            ArrayNode items = (ArrayNode) value;
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isNull()) items.set(i, walk(items.get(i), element, owner, field));
            }
            return items;
        }
        if (raw.isRecord() && value.isObject()) {
            walkRecord((ObjectNode) value, raw);
            return value;
        }
        if (value.isContainerNode()) {
            return TextNode.valueOf(WITHHELD); // a shape this walk does not know: nothing in it is let through
        }
        return value; // dates, numbers, yes/no, words of the case file's lists
    }

    /** Values that cannot hold a name: the words of a list, dates and numbers (also when written as text). */
    private static boolean speaksForItself(Class<?> type) {
        return type.isEnum()
                || type.getName().startsWith("java.time.")
                || Number.class.isAssignableFrom(type)
                || type == Boolean.class
                || type.isPrimitive();
    }

    private JsonNode text(JsonNode value, String owner, String field) {
        Treatment treatment = FieldPolicy.of(owner, field);
        return switch (treatment) {
            case PERSON_ID -> TextNode.valueOf(pseudonym(value.asText()));
            case KEPT -> value;
            case FREE_TEXT -> keeps(owner, field) ? value : TextNode.valueOf(WITHHELD);
            case ALWAYS_WITHHELD -> TextNode.valueOf(WITHHELD);
        };
    }

    private boolean keeps(String owner, String field) {
        return keptFreeText.contains(ALL) || keptFreeText.contains(field) || keptFreeText.contains(owner + "." + field);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        return Object.class;
    }
}
