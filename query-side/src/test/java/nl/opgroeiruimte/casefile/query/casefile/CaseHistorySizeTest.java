package nl.opgroeiruimte.casefile.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The history cache is sized to the heap it lives in, so a full rebuild cannot fill a small heap with history. */
class CaseHistorySizeTest {
    private static final long MB = 1024 * 1024;

    @Test
    void aFifthOfTheHeapAtAboutOneKilobytePerEvent() {
        assertThat(CaseHistory.forHeap(512 * MB)).isEqualTo(104_857);
        assertThat(CaseHistory.forHeap(4096 * MB)).isEqualTo(838_860);
    }

    @Test
    void aTenThousandEventCaseAlwaysFits() {
        assertThat(CaseHistory.forHeap(16 * MB)).isEqualTo(10_000);
    }

    @Test
    void aConfiguredSizeWins() {
        assertThat(new CaseHistory(null, new HistoryCacheProperties(2_500)).maxCachedEvents())
                .isEqualTo(2_500);
        assertThat(new CaseHistory(null, new HistoryCacheProperties(0)).maxCachedEvents())
                .isEqualTo(CaseHistory.forHeap(Runtime.getRuntime().maxMemory()));
    }
}
