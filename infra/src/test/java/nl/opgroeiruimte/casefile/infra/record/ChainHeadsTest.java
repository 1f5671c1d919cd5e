package nl.opgroeiruimte.casefile.infra.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hashes kept for appending: only ever the one of the event right before, and never more streams than allowed. */
class ChainHeadsTest {

    @Test
    void aKeptHashServesOnlyTheEventRightAfterIt() {
        ChainHeads heads = new ChainHeads(10);
        heads.committed("case-1", 4, "h4");

        assertThat(heads.hashOf("case-1", 4)).isEqualTo("h4");
        assertThat(heads.hashOf("case-1", 3))
                .as("an older event: read from the store")
                .isNull();
        assertThat(heads.hashOf("case-1", 5))
                .as("a later one, appended elsewhere: read from the store")
                .isNull();
        assertThat(heads.hashOf("case-2", 4)).isNull();
    }

    @Test
    void anOlderEventReadLaterDoesNotReplaceTheNewerHash() {
        ChainHeads heads = new ChainHeads(10);
        heads.committed("case-1", 7, "h7");
        heads.committed("case-1", 5, "h5");

        assertThat(heads.hashOf("case-1", 7)).isEqualTo("h7");
        heads.committed("case-1", 8, "h8");
        assertThat(heads.hashOf("case-1", 8)).isEqualTo("h8");
    }

    @Test
    void theLeastRecentlyUsedStreamsAreDroppedBeyondTheBound() {
        ChainHeads heads = new ChainHeads(2);
        heads.committed("a", 0, "ha");
        heads.committed("b", 0, "hb");
        heads.hashOf("a", 0);
        heads.committed("c", 0, "hc");

        assertThat(heads.size()).isEqualTo(2);
        assertThat(heads.hashOf("b", 0)).isNull();
        assertThat(heads.hashOf("a", 0)).isEqualTo("ha");
        assertThat(heads.hashOf("c", 0)).isEqualTo("hc");
    }

    @Test
    void verificationsSingleParseHashesExactlyAsTheAppendDid() {
        byte[] metadata = """
                {"recordedAt":"2026-12-06T10:00:00Z","recorder.kind":"person","chainHash":"old",
                 "nested":{"b":1,"a":[{"y":2,"x":1}]},"chainSealedAt":"2026-12-01T00:00:00Z"}""".getBytes(StandardCharsets.UTF_8);
        EventChain.Link link = new EventChain.Link(
                "case-1",
                3,
                "MeetingRecorded",
                null,
                "{\"topic\":\"budget\"}".getBytes(StandardCharsets.UTF_8),
                "2026-12-06T10:00:00Z",
                metadata);

        EventChain.StoredMetadata stored = EventChain.stored(metadata);

        assertThat(stored.hash()).isEqualTo("old");
        assertThat(stored.sealed()).isTrue();
        assertThat(EventChain.hash("previous", link, stored.canonical())).isEqualTo(EventChain.hash("previous", link));
        assertThat(EventChain.hash("other", link)).isNotEqualTo(EventChain.hash("previous", link));
    }
}
