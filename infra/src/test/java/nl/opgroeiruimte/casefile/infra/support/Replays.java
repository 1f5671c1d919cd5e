package nl.opgroeiruimte.casefile.infra.support;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Replaying projections in a test: what they hold once caught up, and that a replay rebuilds exactly that. */
public final class Replays {
    private Replays() {}

    /**
     * The read models as the projections hold them once caught up with everything stored (taken any earlier,
     * "live" would miss facts still on their way), then the same after replaying them: equal.
     */
    public static void assertReplayEqualsLive(
            Api api, List<String> processors, Supplier<Map<String, JsonNode>> readModels) {
        awaitCaughtUp(api, processors);
        Map<String, JsonNode> live = readModels.get();
        for (String processor : processors) {
            Api.Response replay = api.post("/api/v1/admin/processors/" + processor + "/replay", "{}");
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
        }
        awaitCaughtUp(api, processors);
        assertThat(readModels.get()).isEqualTo(live);
    }

    /** Until each processor has handled every event stored when asked, and replays none. */
    public static void awaitCaughtUp(Api api, List<String> processors) {
        awaitCaughtUp(api, processors, Duration.ofSeconds(60));
    }

    /** The same, allowing each processor {@code timeout} (a replay after a crash takes longer). */
    public static void awaitCaughtUp(Api api, List<String> processors, Duration timeout) {
        for (String processor : processors) {
            eventually(timeout, () -> {
                JsonNode progress =
                        api.get("/api/v1/admin/processors/" + processor).json();
                assertThat(progress.get("caughtUp").asBoolean())
                        .as(processor + " " + progress)
                        .isTrue();
                assertThat(progress.get("replaying").asBoolean())
                        .as(processor + " " + progress)
                        .isFalse();
            });
        }
    }
}
