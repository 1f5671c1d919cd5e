package nl.opgroeiruimte.casefile.infra.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of a stream: each event's hash is the SHA-256 over the previous event's hash and the
 * event as stored: stream, sequence number, payload type and revision, the payload's bytes, the recording
 * timestamp, and its metadata (recordedAt, the recorder, correlation, import marks; in a canonical order,
 * without the hash itself). Changing any of these in the store, removing or reordering an event breaks
 * the chain from there on. Upcasters work on what is read, never on these bytes.
 */
public final class EventChain {
    /** The metadata key holding the event's own hash. */
    public static final String HASH = "chainHash";
    /** The metadata key of events stored before the chain existed: when their chain was sealed. */
    public static final String SEALED_AT = "chainSealedAt";
    /** The "previous hash" of a stream's first event. */
    public static final String GENESIS = "";

    private static final byte[] VERSION = "opgroeiruimte-chain-v1".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventChain() {}

    /** One stored event, as the hash sees it. */
    public record Link(
            String stream,
            long sequence,
            String payloadType,
            String payloadRevision,
            byte[] payload,
            String timestamp,
            byte[] metadata) {}

    public static String hash(String previous, Link link) {
        return hash(previous, link, canonicalMetadata(link.metadata()));
    }

    /** What a stored event's metadata says, read in one parse: its hash, whether it was sealed, and its canonical bytes. */
    record StoredMetadata(String hash, boolean sealed, byte[] canonical) {}

    static StoredMetadata stored(byte[] metadata) {
        ObjectNode tree = tree(metadata);
        JsonNode hash = tree.remove(HASH);
        try {
            return new StoredMetadata(
                    hash == null || hash.isNull() ? null : hash.asText(),
                    tree.has(SEALED_AT),
                    JSON.writeValueAsBytes(sorted(tree)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #hash(String, Link)} with the metadata already in canonical form (the link's own metadata is not read). */
    static String hash(String previous, Link link, byte[] canonicalMetadata) {
        MessageDigest sha256 = sha256();
        field(sha256, VERSION);
        field(sha256, text(previous));
        field(sha256, text(link.stream()));
        field(sha256, text(Long.toString(link.sequence())));
        field(sha256, text(link.payloadType()));
        field(sha256, text(link.payloadRevision() == null ? "" : link.payloadRevision()));
        field(sha256, link.payload());
        field(sha256, text(link.timestamp()));
        field(sha256, canonicalMetadata);
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Seals every event of the store that has no hash yet (written outside the service, e.g. by a bulk load),
     * on the caller's connection and transaction, as the migration that introduced the chain did; returns how
     * many were sealed. Events in a chain are left as they are.
     */
    public static long sealUnsealedEvents(java.sql.Connection connection, java.time.Instant sealedAt)
            throws java.sql.SQLException {
        return ChainSealer.sealAll(connection, sealedAt);
    }

    /** The hash stored in an event's metadata, or null if it has none (stored before the chain, not yet sealed). */
    public static String storedHash(byte[] metadata) {
        JsonNode tree = tree(metadata);
        JsonNode hash = tree.get(HASH);
        return hash == null || hash.isNull() ? null : hash.asText();
    }

    /** The metadata with its hash (and any other fields given) added, as stored bytes. */
    public static byte[] withFields(byte[] metadata, String... keysAndValues) {
        ObjectNode tree = tree(metadata);
        for (int i = 0; i < keysAndValues.length; i += 2) tree.put(keysAndValues[i], keysAndValues[i + 1]);
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The metadata as hashed: every field but the hash, keys sorted at every level, compact JSON. The
     * same however the store's JSON library orders a map's keys.
     */
    static byte[] canonicalMetadata(byte[] metadata) {
        ObjectNode tree = tree(metadata);
        tree.remove(HASH);
        try {
            return JSON.writeValueAsBytes(sorted(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = JSON.createObjectNode();
            for (String name : names) copy.set(name, sorted(node.get(name)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static ObjectNode tree(byte[] metadata) {
        if (metadata == null || metadata.length == 0) return JSON.createObjectNode();
        try {
            JsonNode node = JSON.readTree(metadata);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException e) {
            // the store writes metadata as JSON only: anything else was put there by hand, a broken link
            throw new UncheckedIOException("Stored metadata is not JSON", e);
        }
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Length-prefixed (4 bytes, big-endian), so that no two different events give the same input by moving bytes between fields. */
    private static void field(MessageDigest digest, byte[] bytes) {
        int length = bytes.length;
        digest.update(
                new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        digest.update(bytes);
    }
}
