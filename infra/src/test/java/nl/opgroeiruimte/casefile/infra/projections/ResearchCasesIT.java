package nl.opgroeiruimte.casefile.infra.projections;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A researcher's case table, codebook, cohorts, anonymised export and step-by-step replay, on the scripted
 * case (requested 1 September 2021, granted 1 October, intent agreement 10 January 2022, a hand-over that
 * never happened, one breach): the table agrees with the case's events and indicator history, the codebook
 * with the table, and nowhere does a researcher get a name.
 */
class ResearchCasesIT extends PostgresIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Scheduler deadlines;

    private static ScriptedCase script;

    @BeforeEach
    void liveTheScriptOnce() {
        if (script == null) {
            script = new ScriptedCase(api(), clock);
            script.awaitTimePassed(api(), deadlines);
            eventually(
                    Duration.ofSeconds(30),
                    () -> assertThat(api().get("/api/v1/cases/" + script.caseId).status())
                            .isEqualTo(200));
        }
    }

    private static Map<String, String> rowOf(String csv, String caseId) {
        List<String> lines = csv.lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(caseId)) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells[i]);
                return row;
            }
        }
        throw new AssertionError(caseId + " is not in the table:\n" + csv);
    }

    @Test
    void theCaseTableHoldsTheScriptedCaseAsItsEventsAndIndicatorHistoryTellIt() {
        Api.Response table = api().as("onderzoeker").get("/api/v1/research/cases?municipality=GM0193&from=2021-01-01");

        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        assertThat(table.contentType()).startsWith("text/csv");
        assertThat(table.header("Link"))
                .isEqualTo("</api/v1/research/cases/codebook?anonymity=pseudonymised>; rel=\"describedby\"");
        assertThat(table.header("Casefile-Anonymity")).isEqualTo("level=pseudonymised");
        Map<String, String> row = rowOf(table.body(), script.caseId);
        assertThat(row)
                .containsEntry("municipality", "GM0193")
                .containsEntry("province", "Overijssel")
                .containsEntry("initiative", "warm-assendorp")
                .containsEntry("requestedOn", "2021-09-01")
                .containsEntry("grantedOn", "2021-10-01")
                .containsEntry("firstAgreementOn", "2022-01-10")
                .containsEntry("signedIntentAgreementOn", "2022-01-10")
                .containsEntry("signedCooperationAgreementOn", "")
                .containsEntry("daysToGrant", "30")
                .containsEntry("daysGrantToFirstAgreement", "101")
                .containsEntry("daysToIntentAgreement", "131")
                .containsEntry("closedOn", "")
                .containsEntry("breaches", "1")
                .containsEntry("handovers", "0")
                .containsEntry("handoversMissing", "1")
                .containsEntry("meetings", "0");

        // the days per status are the indicator history's periods, from the request up to today
        JsonNode history = api().get("/api/v1/cases/" + script.caseId + "/indicators/history")
                .json();
        Map<String, Long> days = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < history.size(); i++) {
            LocalDate from = LocalDate.parse(history.get(i).get("from").asText());
            LocalDate until = i + 1 < history.size()
                    ? LocalDate.parse(history.get(i + 1).get("from").asText())
                    : today.plusDays(1);
            days.merge(history.get(i).get("status").asText(), ChronoUnit.DAYS.between(from, until), Long::sum);
        }
        assertThat(Long.parseLong(row.get("daysGo"))).isEqualTo(days.getOrDefault("go", 0L));
        assertThat(Long.parseLong(row.get("daysAttention"))).isEqualTo(days.getOrDefault("attention", 0L));
        assertThat(Long.parseLong(row.get("daysStopRisk"))).isEqualTo(days.getOrDefault("stop-risk", 0L));

        Api.Response outside = api().get("/api/v1/research/cases?municipality=GM0193&to=2021-08-31");
        assertThat(outside.body().lines().count()).isEqualTo(1);
    }

    @Test
    void theCodebookDescribesTheColumnsOfTheTableAndTheRuleSetThatComputedIt() throws Exception {
        for (String level : List.of("pseudonymised", "anonymised")) {
            Api.Response table = api().as("onderzoeker").get("/api/v1/research/cases?anonymity=" + level);
            JsonNode codebook = api().as("onderzoeker")
                    .get("/api/v1/research/cases/codebook?anonymity=" + level)
                    .json();

            List<String> names = new ArrayList<>();
            codebook.get("fields").forEach(f -> names.add(f.get("name").asText()));
            assertThat(table.body().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", names));
            assertThat(codebook.at("/anonymity/level").asText()).isEqualTo(level);
            assertThat(table.header("Casefile-Rule-Set"))
                    .isEqualTo("version=" + codebook.at("/ruleSet/version").asInt() + "; sha256="
                            + codebook.at("/ruleSet/sha256").asText());
        }
        Api.Response series = api().get("/api/v1/indicator-series?municipality=GM0193&from=2022-01-01&to=2022-12-31");
        assertThat(series.header("Casefile-Rule-Set"))
                .isEqualTo(api().get("/api/v1/research/cases").header("Casefile-Rule-Set"));
    }

    @Test
    void anAnonymisedTableNamesNoMunicipalityInitiativeOrCaseAndLetsNoRowStandOut() {
        Api.Response table = api().as("onderzoeker").get("/api/v1/research/cases?anonymity=anonymised");

        assertThat(table.status()).as(table.toString()).isEqualTo(200);
        assertThat(table.body()).doesNotContain("GM0193", "warm-assendorp", script.caseId, "2021-09-01");
        String anonymity = table.header("Casefile-Anonymity");
        assertThat(anonymity).startsWith("level=anonymised; k=5; suppressed=");
        List<String> rows = table.body().lines().skip(1).toList();
        // the quasi-identifiers (province, size class, legal form, route, request) of each row, counted
        List<String> header =
                Arrays.asList(table.body().lines().findFirst().orElseThrow().split(","));
        Map<String, Integer> classes = new HashMap<>();
        for (String row : rows) {
            String[] cells = row.split(",", -1);
            String key = String.join(
                    "|",
                    cells[header.indexOf("province")],
                    cells[header.indexOf("sizeClass")],
                    cells[header.indexOf("legalForm")],
                    cells[header.indexOf("route")],
                    cells[header.indexOf("requestedOn")]);
            classes.merge(key, 1, Integer::sum);
        }
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
        assertThat(anonymity).matches("level=anonymised; k=5; suppressed=[0-9]+; generalised=[0-9]+");
        int suppressed = Integer.parseInt(anonymity.replaceAll(".*suppressed=([0-9]+);.*", "$1"));
        int generalised = Integer.parseInt(anonymity.replaceAll(".*generalised=([0-9]+)$", "$1"));
        assertThat(generalised).isBetween(0, rows.size());
        long cases = api().get("/api/v1/research/cases").body().lines().count() - 1;
        assertThat(rows.size() + suppressed).isEqualTo(cases);

        Api.Response byMunicipality =
                api().as("onderzoeker").get("/api/v1/research/cases?anonymity=anonymised&municipality=GM0193");
        assertThat(byMunicipality.status()).isEqualTo(400);
        assertThat(byMunicipality.json().get("rule").asText()).isEqualTo("anonymised-by-municipality");
    }

    @Test
    void cohortsCountTheCasesOfEachYearOfGrant() {
        Api.Response cohorts = api().as("onderzoeker").get("/api/v1/research/cohorts?by=grant-year");

        assertThat(cohorts.status()).as(cohorts.toString()).isEqualTo(200);
        JsonNode body = cohorts.json();
        assertThat(body.get("by").asText()).isEqualTo("grant-year");
        assertThat(body.get("k").asInt()).isEqualTo(5);
        assertThat(body.get("cohorts").findValuesAsText("value")).contains("2021");
        body.get("cohorts").forEach(c -> {
            if (!c.get("suppressed").asBoolean())
                assertThat(c.get("cases").asInt()).isGreaterThanOrEqualTo(5);
        });
        assertThat(api().get("/api/v1/research/cohorts?by=municipality").status())
                .isEqualTo(400);
    }

    @Test
    void theResearchersPageChartsTheCohortsAndLinksTheData() {
        for (String by : List.of("grant-year", "size-class", "route", "legal-form")) {
            Api.Response page = api().as("onderzoeker").get("/onderzoek/cohorten?op=" + by);

            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Onderzoek: trajecten vergeleken", "<svg", "/api/v1/research/cases/codebook")
                    .doesNotContain("GM0193", "warm-assendorp", script.caseId);
        }
        assertThat(api().as("ambtenaar-zwolle").get("/onderzoek/cohorten").status())
                .isEqualTo(403);
    }

    @Test
    void aResearcherReplaysTheCaseWithPseudonymsAndNoFreeText() {
        Api researcher = api().as("onderzoeker");
        Api.Response first = researcher.get("/api/v1/cases/" + script.caseId + "/replay?afterEvent=1");
        Api.Response agreement = researcher.get("/api/v1/cases/" + script.caseId + "/replay?afterEvent=5");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(agreement.status()).as(agreement.toString()).isEqualTo(200);
        String bram = first.json().at("/event/actorPersonId").asText();
        assertThat(bram).startsWith("ps-");
        assertThat(first.json().at("/event/kind").asText()).isEqualTo("opgroeiruimte-requested");
        // one researcher, one pseudonym per person across the steps: Bram signs the intent agreement of step 5
        assertThat(agreement.body()).contains(bram).doesNotContain("p-bram", "p-anna", "Intentieovereenkomst");
        assertThat(agreement.json().at("/indicators/reasons").findValuesAsText("rule"))
                .isNotNull();
        // the case's readers still see it as it is
        assertThat(api().get("/api/v1/cases/" + script.caseId + "/replay?afterEvent=1")
                        .json()
                        .at("/event/actorPersonId")
                        .asText())
                .isEqualTo("p-bram");
        // and the audit trail itself stays closed to researchers
        assertThat(researcher
                        .get("/api/v1/cases/" + script.caseId + "/audit-trail")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void everyExportManifestStatesItsLevelAndRuleSetAndAnAnonymisedOneHoldsNoNames() throws Exception {
        String ruleSet = api().get("/api/v1/research/cases").header("Casefile-Rule-Set");
        Api.Response pseudonymised = api().as("onderzoeker").get("/api/v1/exports?case=" + script.caseId);
        JsonNode manifest = manifest(pseudonymised.body());
        assertThat(manifest.at("/anonymity/level").asText()).isEqualTo("pseudonymised");
        assertThat("version=" + manifest.at("/ruleSet/version").asInt() + "; sha256="
                        + manifest.at("/ruleSet/sha256").asText())
                .isEqualTo(ruleSet);
        assertThat(manifest.at("/ruleSet/thresholds/noContactWeeks").asInt()).isEqualTo(8);

        Api.Response anonymised = api().as("onderzoeker").get("/api/v1/exports?anonymity=anonymised");
        assertThat(anonymised.status()).as(anonymised.toString()).isEqualTo(200);
        JsonNode anonymous = manifest(anonymised.body());
        assertThat(anonymous.at("/anonymity/level").asText()).isEqualTo("anonymised");
        assertThat(anonymous.at("/anonymity/k").asInt()).isEqualTo(5);
        assertThat(anonymised.body())
                .doesNotContain(
                        "GM0193",
                        "warm-assendorp",
                        script.caseId,
                        "p-bram",
                        "Assendorp",
                        "urn:nld:opgroeiruimte:municipality");
        for (String line : anonymised.body().lines().toList()) {
            JsonNode event = JSON.readTree(line);
            if (event.has("recordedtime")) {
                assertThat(event.get("time").asText()).matches("[0-9]{4}-[0-9]{2}-01T.*");
            }
        }

        Api.Response imported = api().post("/api/v1/imports", anonymised.body(), "application/x-ndjson");
        assertThat(imported.status()).isEqualTo(422);
        assertThat(api().as("onderzoeker")
                        .get("/api/v1/exports?anonymity=anonymised&municipality=GM0193")
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/exports?anonymity=anonymised&pseudonymise=false")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theCommandLineWritesTheSameTableAndCodebookAsTheApi() throws Exception {
        java.nio.file.Path table = java.nio.file.Files.createTempFile("research-cases-", ".csv");
        java.nio.file.Path codebook = java.nio.file.Files.createTempFile("research-cases-", ".json");
        List<String> args = new ArrayList<>(List.of(
                "research-cases",
                table.toString(),
                "--municipality=GM0193",
                "--from=2021-01-01",
                "--codebook=" + codebook,
                "--no-progress",
                "--spring.profiles.active=postgres",
                "--spring.datasource.hikari.maximum-pool-size=3"));
        args.addAll(List.of(secondInstanceArgs()));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        int exit = nl.opgroeiruimte.casefile.infra.cli.CaseFileCli.run(
                args.toArray(String[]::new), new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(java.nio.file.Files.readString(table))
                .isEqualTo(api().get("/api/v1/research/cases?municipality=GM0193&from=2021-01-01")
                        .body());
        assertThat(JSON.readTree(codebook.toFile()))
                .isEqualTo(api().get("/api/v1/research/cases/codebook").json());
        JsonNode summary = JSON.readTree(out.toString());
        assertThat(summary.get("anonymity").asText()).isEqualTo("pseudonymised");
        assertThat(summary.get("rows").asInt()).isEqualTo((int)
                java.nio.file.Files.readAllLines(table).stream().skip(1).count());

        java.io.ByteArrayOutputStream refused = new java.io.ByteArrayOutputStream();
        int wrong = nl.opgroeiruimte.casefile.infra.cli.CaseFileCli.run(
                new String[] {"research-cases", "-", "--anonymity=anonymised", "--municipality=GM0193"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true),
                new java.io.PrintStream(refused, true));
        assertThat(wrong).isEqualTo(2);
        assertThat(refused.toString()).contains("leave out --municipality");
    }

    private static JsonNode manifest(String export) throws Exception {
        List<String> lines = export.lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1)).get("data");
    }
}
