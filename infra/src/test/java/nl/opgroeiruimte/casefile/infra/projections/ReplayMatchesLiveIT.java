package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import nl.opgroeiruimte.casefile.infra.support.Replays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A projection rebuilt from the event store gives exactly what live processing gave. */
class ReplayMatchesLiveIT extends PostgresIntegrationTest {
    @Autowired
    Scheduler deadlines;

    @Test
    void everyReadModelIsTheSameAfterResetAndReplay() {
        List<ScriptedCase> scripts = List.of(new ScriptedCase(api(), clock), new ScriptedCase(api(), clock));
        scripts.forEach(script -> script.awaitTimePassed(api(), deadlines));
        List<String> processors = new ArrayList<>();
        for (JsonNode processor : api().get("/api/v1/admin/processors").json()) {
            if (processor.get("replayable").asBoolean())
                processors.add(processor.get("name").asText());
        }
        assertThat(processors).contains("timeline", "case-summaries");
        List<String> caseIds = scripts.stream().map(script -> script.caseId).toList();
        Replays.assertReplayEqualsLive(api(), processors, () -> readModels(caseIds));
    }

    /**
     * The full JSON of every read model the API offers for these cases: their summaries, their place in
     * the lists, and their timelines. (Other tests' cases may still be changing while this one runs.)
     */
    private Map<String, JsonNode> readModels(List<String> caseIds) {
        Map<String, JsonNode> models = new LinkedHashMap<>();
        JsonNode list =
                api().get("/api/v1/cases?municipality=GM0193&pageSize=500").json();
        for (String caseId : caseIds) {
            models.put("case " + caseId, api().get("/api/v1/cases/" + caseId).json());
            for (JsonNode item : list.get("items")) {
                if (item.get("caseId").asText().equals(caseId)) models.put("listed " + caseId, item);
            }
            models.put(
                    "timeline " + caseId,
                    api().get("/api/v1/cases/" + caseId + "/timeline?pageSize=1000")
                            .json());
        }
        return models;
    }
}
