package nl.opgroeiruimte.casefile.query.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * While the marks are being replayed, every case will be marked again as the replay passes its events:
 * the refresher leaves the stored indicators alone until the replay is through.
 */
class IndicatorRefresherDuringReplayTest {
    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final IndicatorService indicators = mock(IndicatorService.class);
    private final StreamingEventProcessor marks = mock(StreamingEventProcessor.class);
    private final EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    private final IndicatorRefresher refresher = new IndicatorRefresher(jdbc, indicators, new ObjectMapper(), Clock.systemUTC(), processing);

    private void segments(boolean... replaying) {
        Map<Integer, EventTrackerStatus> status = new HashMap<>();
        for (int segment = 0; segment < replaying.length; segment++) {
            EventTrackerStatus tracker = mock(EventTrackerStatus.class);
            when(tracker.isReplaying()).thenReturn(replaying[segment]);
            status.put(segment, tracker);
        }
        when(marks.processingStatus()).thenReturn(status);
        when(processing.eventProcessor(CaseIndicatorProjection.GROUP, StreamingEventProcessor.class)).thenReturn(Optional.of(marks));
    }

    @Test
    void whileOneSegmentOfTheMarksIsReplayedNothingIsEvaluatedOrStored() {
        segments(false, true, false, false);

        refresher.refreshStale();

        assertThat(refresher.replayingMarks()).isTrue();
        verifyNoInteractions(jdbc, indicators);
    }

    @Test
    void onceTheReplayIsThroughTheRefresherWorksAgain() {
        segments(false, false, false, false);

        assertThat(refresher.replayingMarks()).isFalse();
    }

    @Test
    void anInstanceThatHoldsNoSegmentOfTheMarksStillEvaluates() {
        segments();

        assertThat(refresher.replayingMarks()).isFalse();
    }
}
