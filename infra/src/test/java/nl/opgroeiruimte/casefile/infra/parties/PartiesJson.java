package nl.opgroeiruimte.casefile.infra.parties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.People;

/**
 * Request bodies for municipalities, initiatives and people. A municipality can be registered once per
 * database, and every test class of a run shares one, so each test takes a municipality of the reference
 * list that nobody registered yet.
 */
final class PartiesJson {
    /** Zwolle and Zutphen are the fixed test data's municipalities (CaseJson, the local users): never handed out. */
    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    static {
        TAKEN.addAll(Set.of("GM0193", "GM0301"));
    }

    private PartiesJson() {}

    static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\""
                + (fields.isBlank() ? "" : ", " + fields) + "}";
    }

    static String civilServantOf(String cbsCode) {
        People.ensure(
                "p-ambtenaar-" + cbsCode.toLowerCase(), "{\"municipality\": \"" + cbsCode + "\"}", "civil-servant");
        return actor(
                "p-ambtenaar-" + cbsCode.toLowerCase(), "{\"municipality\": \"" + cbsCode + "\"}", "civil-servant");
    }

    static String boardMemberOf(String initiativeId) {
        People.ensure("p-bestuur-" + initiativeId, "{\"initiative\": \"" + initiativeId + "\"}", "board-member");
        return actor("p-bestuur-" + initiativeId, "{\"initiative\": \"" + initiativeId + "\"}", "board-member");
    }

    static String actor(String personId, String party, String role) {
        return "{\"personId\": \"" + personId + "\", \"party\": " + party + ", \"role\": \"" + role + "\"}";
    }

    /** A current municipality that no test of this run has registered. */
    static String unregisteredMunicipality(Api api) {
        JsonNode page =
                api.get("/api/v1/municipalities?registered=false&pageSize=500").json();
        List<String> free = new ArrayList<>();
        page.get("items").forEach(item -> free.add(item.get("cbsCode").asText()));
        free.removeAll(TAKEN);
        assertThat(free).as("unregistered municipalities left").isNotEmpty();
        String code = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        TAKEN.add(code);
        return code;
    }

    static String registerMunicipality(Api api, String cbsCode, String occurredOn) {
        Api.Response response = api.post(
                "/api/v1/municipalities",
                body(civilServantOf(cbsCode), occurredOn, "\"cbsCode\": \"" + cbsCode + "\""));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return cbsCode;
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
