package nl.opgroeiruimte.casefile.infra.record;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last known hash of recently used streams, so that an append need not read the previous event's
 * hash back from the store. An entry says "the stored event at this sequence number of this stream has
 * this hash", and is only put here once the transaction that wrote or read it has committed; a stored
 * event never changes at its sequence number, so such an entry stays true. It is used only for the
 * event right before the one appended (a miss reads the store). Sealing changes stored hashes, so a seal
 * ({@link ChainSealer#seals()}) empties it. Bounded: the least recently used streams are dropped.
 */
final class ChainHeads {
    private record Head(long sequence, String hash) {}

    private final int maxStreams;
    private final Map<String, Head> heads;
    private long seals = ChainSealer.seals();

    ChainHeads(int maxStreams) {
        this.maxStreams = maxStreams;
        this.heads = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > ChainHeads.this.maxStreams;
            }
        };
    }

    /** The stored hash of the stream's event at {@code sequence}, or null if that is not what is known. */
    synchronized String hashOf(String stream, long sequence) {
        forgetIfSealed();
        Head head = heads.get(stream);
        return head != null && head.sequence() == sequence ? head.hash() : null;
    }

    /** The stream's event at {@code sequence}, committed, has {@code hash}. */
    synchronized void committed(String stream, long sequence, String hash) {
        forgetIfSealed();
        Head known = heads.get(stream);
        if (known == null || known.sequence() < sequence) heads.put(stream, new Head(sequence, hash));
    }

    synchronized void forget(String stream) {
        heads.remove(stream);
    }

    synchronized int size() {
        return heads.size();
    }

    private void forgetIfSealed() {
        long now = ChainSealer.seals();
        if (now != seals) {
            heads.clear();
            seals = now;
        }
    }
}
