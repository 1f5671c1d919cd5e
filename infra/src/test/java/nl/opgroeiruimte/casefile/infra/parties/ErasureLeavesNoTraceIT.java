package nl.opgroeiruimte.casefile.infra.parties;

import static nl.opgroeiruimte.casefile.infra.parties.PartiesJson.*;
import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The erasure guarantee (GDPR/AVG art. 17) on the real database: once a person is erased, no table of
 * the database holds their name, e-mail or organisation (every text, varchar, json and bytea column of
 * every table in the public schema, bytea read as UTF-8, which covers every event payload and its
 * metadata, snapshots, tokens, idempotency answers and read models), and neither does the log; the
 * history still shows that a person in that role of that party acted.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErasureLeavesNoTraceIT extends PostgresIntegrationTest {

    @Test
    void afterErasureNoTableHoldsThePersonsDataWhileTheHistoryKeepsTheirRoleAndParty(CapturedOutput output) {
        clock.setDay("2026-10-01");
        Api api = api();
        String token = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String personId = "p-" + token;
        String name = "Wilhelmina Zonnebloem-" + token;
        String email = "w.zonnebloem." + token + "@buurtwarmte.example";
        String organisation = "Buurtbureau Zonnebloem " + token;
        String initiative = uniqueId("warm");
        String municipality = registerMunicipality(api, unregisteredMunicipality(api), "2026-01-05");

        // The person is registered, with an Idempotency-Key so that the stored answer is searched as well.
        Api.Response registered = new Api(port)
                .header("Idempotency-Key", "register-" + token)
                .post("/api/v1/people", body(civilServantOf(municipality), "2026-01-10", """
                        "personId": "%s", "name": "%s", "email": "%s", "organisation": "%s",
                        "party": {"initiative": "%s"}, "role": "board-member\"""".formatted(
                                personId, name, email, organisation, initiative)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        // ... acts for the initiative in a case ...
        String actor = actor(personId, "{\"initiative\": \"" + initiative + "\"}", "board-member");
        Api.Response requested =
                api.post("/api/v1/cases", body(actor, "2026-02-01", """
                "municipality": "%s", "initiative": "%s",
                "scope": {"activity": "collective heat network", "area": "Zonnebloemwijk"}""".formatted(municipality, initiative)));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String caseId = requested.json().get("aggregateId").asText();

        // ... and sits in the municipality's college, so that a municipal view shows them too.
        Api.Response college = api.post(
                "/api/v1/municipalities/" + municipality + "/colleges",
                body(civilServantOf(municipality), "2026-05-20", """
                "mayor": {"personId": "p-mayor-%s", "portfolios": ["public order and safety"]},
                "aldermen": [{"personId": "%s", "portfolios": ["energy transition"]}]""".formatted(token, personId)));
        assertThat(college.status()).as(college.toString()).isEqualTo(201);

        // Before erasure the search does find them: it is a real search.
        assertThat(tablesHolding(name)).contains("person_register.full_name");
        assertThat(tablesHolding(email)).contains("person_register.email");
        assertThat(tablesHolding(personId)).as("bytea is searched as text").contains("domainevententry.payload");
        eventually(() -> assertThat(
                        api.get("/api/v1/municipalities/" + municipality).body())
                .contains(name));
        assertThat(storedAnswers("register-" + token))
                .as("the stored answer to the registration")
                .isEqualTo(1);

        Api.Response erased = api.post(
                "/api/v1/people/" + personId + "/erasure",
                body(civilServantOf(municipality), "2026-09-30", "\"ground\": \"consent-withdrawn\""));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(201);

        // Nothing in the database holds the personal data any more ...
        eventually(() -> {
            assertThat(tablesHolding(name)).as("columns holding the name").isEmpty();
            assertThat(tablesHolding(email)).as("columns holding the e-mail").isEmpty();
            assertThat(tablesHolding(organisation))
                    .as("columns holding the organisation")
                    .isEmpty();
        });
        assertThat(eventsHolding(name)).isZero();
        assertThat(eventsHolding(email)).isZero();
        assertThat(storedAnswers("register-" + token))
                .as("its fingerprint hashes the personal data")
                .isZero();
        assertThat(tablesHolding(personId))
                .as("the pseudonymous id stays")
                .contains("domainevententry.payload", "person_register.person_id");

        // ... the erasure itself is recorded, without personal data ...
        Map<String, Object> erasure =
                jdbc.sql("""
                        select convert_from(payload, 'UTF8') as payload from domainevententry
                        where aggregateidentifier = ? and payloadtype like '%PersonErased'""").param("person:" + personId).query().singleRow();
        assertThat(erasure.get("payload").toString()).contains(personId, "consent-withdrawn");

        // ... the history still says that a board member of the initiative acted ...
        JsonNode history = api.get("/api/v1/cases/" + caseId + "/events").json().get("items");
        assertThat(history.at("/0/type").asText()).isEqualTo("OpgroeiruimteRequested");
        assertThat(history.at("/0/payload/actor/personId").asText()).isEqualTo(personId);
        assertThat(history.at("/0/payload/actor/party/initiative").asText()).isEqualTo(initiative);
        assertThat(history.at("/0/payload/actor/role").asText()).isEqualTo("board-member");

        // ... every view shows the placeholder ...
        JsonNode person = api.get("/api/v1/people/" + personId).json();
        assertThat(person.get("displayName").asText()).isEqualTo("(erased person)");
        JsonNode member =
                api.get("/api/v1/municipalities/" + municipality).json().at("/colleges/0/members/1");
        assertThat(member.get("personId").asText()).isEqualTo(personId);
        assertThat(member.get("displayName").asText()).isEqualTo("(erased person)");
        for (String view : List.of(
                "/api/v1/cases/" + caseId,
                "/api/v1/cases/" + caseId + "/events",
                "/api/v1/cases/" + caseId + "/timeline",
                "/api/v1/cases/" + caseId + "/audit-trail",
                "/api/v1/people/" + personId,
                "/api/v1/municipalities/" + municipality)) {
            assertThat(api.get(view).body()).as(view).doesNotContain(name, email, organisation);
        }

        // ... and so does the log.
        assertThat(output.getAll()).doesNotContain(name, email, organisation);
    }

    /** Every text, varchar, json or bytea column of every table in the public schema that holds the needle. */
    private List<String> tablesHolding(String needle) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type
                        from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')""").query().listOfRows();
        assertThat(columns).as("columns searched").isNotEmpty();
        List<String> holding = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = quoted(column.get("table_name"));
            String col = quoted(column.get("column_name"));
            String text =
                    "bytea".equals(column.get("data_type")) ? "convert_from(" + col + ", 'UTF8')" : col + "::text";
            Long hits = jdbc.sql("select count(*) from " + table + " where strpos(lower(" + text + "), lower(?)) > 0")
                    .param(needle)
                    .query(Long.class)
                    .single();
            if (hits > 0) holding.add(column.get("table_name") + "." + column.get("column_name"));
        }
        return holding;
    }

    private long eventsHolding(String needle) {
        return jdbc.sql("""
                        select count(*) from domainevententry
                        where strpos(convert_from(payload, 'UTF8'), ?) > 0 or strpos(convert_from(coalesce(metadata, ''::bytea), 'UTF8'), ?) > 0""").param(needle).param(needle).query(Long.class).single();
    }

    private long storedAnswers(String idempotencyKey) {
        // keys are stored per caller, as "<personId> <key>"
        return jdbc.sql("select count(*) from idempotency_key where idempotency_key like ?")
                .param("% " + idempotencyKey)
                .query(Long.class)
                .single();
    }

    private static String quoted(Object identifier) {
        return "\"" + identifier.toString().replace("\"", "\"\"") + "\"";
    }
}
