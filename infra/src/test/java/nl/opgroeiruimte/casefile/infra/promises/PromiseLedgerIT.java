package nl.opgroeiruimte.casefile.infra.promises;

import static nl.opgroeiruimte.casefile.infra.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.People;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The promise ledger over HTTP for a municipality that changed college after the election of 2022: a
 * guarantee made under the first college and broken under the second, an exclusivity breached, a "later"
 * past its date, and a funding commitment still open. The JSON is checked against the OpenAPI document
 * (Api does that), the CSV read back row by row, and the PDF opened and its text extracted with PDFBox.
 */
class PromiseLedgerIT extends PostgresIntegrationTest {
    private Api api;
    private String cbs;
    private String caseId;
    private String officer;
    private String board;

    private JsonNode created(String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(201);
        return response.json();
    }

    private static String body(String actor, String occurredOn, String fields) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + fields + "}";
    }

    private static String actor(String personId, String party, String role) {
        return "{\"personId\": \"" + personId + "\", \"party\": " + party + ", \"role\": \"" + role + "\"}";
    }

    @BeforeEach
    void aCaseLivedThroughTwoColleges() {
        api = api();
        cbs = freeMunicipality();
        String town = "{\"municipality\": \"" + cbs + "\"}";
        String initiative = "warmte-" + cbs.toLowerCase();
        String coop = "{\"initiative\": \"" + initiative + "\"}";
        People.ensure("p-officer-" + cbs, town, "civil-servant");
        People.ensure("p-board-" + initiative, coop, "board-member");
        People.ensure("p-mayor-" + cbs, town, "mayor");
        People.ensure("p-old-alderman-" + cbs, town, "alderman");
        People.ensure("p-new-alderman-" + cbs, town, "alderman");
        officer = actor("p-officer-" + cbs, town, "civil-servant");
        board = actor("p-board-" + initiative, coop, "board-member");
        String municipality = "/api/v1/municipalities/" + cbs;
        created("/api/v1/municipalities", body(officer, "2018-01-02", "\"cbsCode\": \"" + cbs + "\""));
        created(municipality + "/colleges", body(officer, "2018-05-01", """
                "collegeId": "college-2018",
                "mayor": {"personId": "p-mayor-%1$s", "portfolios": ["public order"]},
                "aldermen": [{"personId": "p-old-alderman-%1$s", "portfolios": ["energy transition"], "politicalParty": "CDA"}]""".formatted(cbs)));
        created(municipality + "/elections", body(officer, "2022-03-17", "\"electionDate\": \"2022-03-16\""));
        created(municipality + "/colleges", body(officer, "2022-06-01", """
                "collegeId": "college-2022",
                "mayor": {"personId": "p-mayor-%1$s", "portfolios": ["public order"]},
                "aldermen": [{"personId": "p-new-alderman-%1$s", "portfolios": ["energy transition"], "politicalParty": "GroenLinks"}]""".formatted(cbs)));

        caseId = created("/api/v1/cases", body(board, "2021-01-10", """
                "municipality": "%s", "initiative": "%s", "scope": {"activity": "heat network", "area": "centre"}""".formatted(cbs, initiative)))
                .get("aggregateId")
                .asText();
        String base = "/api/v1/cases/" + caseId;
        created(base + "/grant", body(officer, "2021-02-01", """
                "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                "exclusivity": {"activity": "heat network", "area": "centre", "from": "2021-02-01", "until": "2023-01-31"}"""));
        String milestone = created(base + "/milestones", body(officer, "2021-10-01", """
                "title": "Feasibility study accepted", "dueDate": "2022-04-01",
                "owners": {"municipalOwner": "p-officer-%s", "initiativeOwner": "p-board-%s"},
                "guarantee": {"whatContinues": "process financing for the design phase", "meansAvailable": ["EUR 40,000"]}""".formatted(cbs, initiative)))
                .get("id")
                .asText();
        created(base + "/milestones/" + milestone + "/outcome", body(officer, "2022-07-01", """
                "result": "met", "continuationDelivered": false, "evaluation": "met, but no budget"
                """));
        created(base + "/exclusivity-breaches", body(board, "2022-10-15", """
                "committedBy": {"municipality": "%s"}, "what": "A market consultation on heat in the centre",
                "source": "tender platform\"""".formatted(cbs)));
        String question = created(base + "/questions", body(board, "2022-06-20", """
                "askedBy": %s, "topic": "land", "question": "May we use the plot by the river?\"""".formatted(board)))
                .get("id")
                .asText();
        created(base + "/questions/" + question + "/answers", body(officer, "2022-07-01", """
                "answeredBy": %s, "status": "later", "considerations": "The zoning plan is being revised",
                "mandate": "energy portfolio", "expectedOn": "2022-12-01\"""".formatted(officer)));
    }

    private String freeMunicipality() {
        JsonNode page =
                api.get("/api/v1/municipalities?registered=false&pageSize=500").json();
        List<String> free = new java.util.ArrayList<>();
        page.get("items").forEach(item -> free.add(item.get("cbsCode").asText()));
        // not those other IT classes register themselves (the ITs share a database): Zwolle, Zutphen, and
        // Uden, Landerd and Maashorst of MunicipalReorganisationIT
        free.removeAll(List.of("GM0193", "GM0301", "GM0856", "GM1685", "GM1991"));
        return free.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(free.size()));
    }

    private static List<String> kinds(JsonNode ledger) {
        List<String> kinds = new java.util.ArrayList<>();
        ledger.get("promises").forEach(p -> kinds.add(p.get("kind").asText()));
        return kinds;
    }

    private static JsonNode promise(JsonNode ledger, String kind) {
        for (JsonNode p : ledger.get("promises")) {
            if (p.get("kind").asText().equals(kind)) return p;
        }
        throw new AssertionError("no " + kind + " in " + ledger);
    }

    @Test
    void aGuaranteeMadeUnderTheOldCollegeIsBrokenUnderTheNewOneWithWhoMadeAndRecordedIt() {
        JsonNode ledger =
                api.get("/api/v1/cases/" + caseId + "/promises?asOf=2022-12-31").json();

        assertThat(ledger.get("colleges").findValuesAsText("collegeId"))
                .containsExactly("college-2018", "college-2022");
        assertThat(ledger.at("/colleges/0/until").asText()).isEqualTo("2022-05-31");
        assertThat(ledger.at("/colleges/1/electedOn").asText()).isEqualTo("2022-03-16");
        JsonNode guarantee = promise(ledger, "guarantee");
        assertThat(guarantee.get("status").asText()).isEqualTo("broken");
        assertThat(guarantee.get("rule").asText()).isEqualTo("met-without-continuation");
        assertThat(guarantee.get("collegeId").asText()).isEqualTo("college-2018");
        assertThat(guarantee.at("/madeBy/personId").asText()).isEqualTo("p-officer-" + cbs);
        assertThat(guarantee.at("/madeBy/party/municipality").asText()).isEqualTo(cbs);
        assertThat(guarantee.at("/recordedBy/kind").asText()).isEqualTo("person");
        assertThat(guarantee.at("/recordedBy/personId").asText()).isEqualTo("p-beheerder");
        assertThat(guarantee.get("eventIds")).hasSize(2);

        assertThat(promise(ledger, "grant-exclusivity").get("status").asText()).isEqualTo("broken");
        JsonNode later = promise(ledger, "later");
        assertThat(later.get("status").asText()).isEqualTo("broken");
        assertThat(later.get("rule").asText()).isEqualTo("later-past-due");
        assertThat(later.get("collegeId").asText()).isEqualTo("college-2022");
        assertThat(ledger.at("/countsPerStatus/broken").asInt()).isEqualTo(3);
    }

    @Test
    void asOfTheElectionDayNothingWasBrokenYet() {
        JsonNode ledger =
                api.get("/api/v1/cases/" + caseId + "/promises?asOf=2022-03-16").json();
        assertThat(ledger.get("colleges").findValuesAsText("collegeId")).containsExactly("college-2018");
        assertThat(ledger.get("promises").findValuesAsText("status")).doesNotContain("broken");
        assertThat(kinds(ledger)).doesNotContain("later");
    }

    @Test
    void theMunicipalityLedgerFiltersByTheCollegeUnderWhichAPromiseWasMade() {
        String path = "/api/v1/municipalities/" + cbs + "/promises?asOf=2022-12-31";
        // the municipality's list of cases is a projection: it holds the new case within moments
        eventually(() -> assertThat(api.get(path).json().get("cases").findValuesAsText("caseId"))
                .containsExactly(caseId));
        JsonNode all = api.get(path).json();
        JsonNode newCollege = api.get(path + "&college=college-2022").json();

        assertThat(all.get("cases").findValuesAsText("caseId")).containsExactly(caseId);
        assertThat(newCollege.get("promises").findValuesAsText("collegeId")).containsOnly("college-2022");
        assertThat(kinds(newCollege)).containsExactly("later");
        assertThat(all.get("promises").size())
                .isGreaterThan(newCollege.get("promises").size());
        assertThat(api.get(path + "&college=no-such-college").status()).isEqualTo(404);
    }

    @Test
    void theCsvHasOneRowPerPromiseWithItsCollegeAndStatus() {
        // through Api, so the CSV answer is checked against the OpenAPI document too
        Api.Response answer =
                api().header("Accept", "text/csv").get("/api/v1/cases/" + caseId + "/promises?asOf=2022-12-31");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).startsWith("case_id,promise_id,kind,form,subject");
        int promises = api.get("/api/v1/cases/" + caseId + "/promises?asOf=2022-12-31")
                .json()
                .get("promises")
                .size();
        assertThat(lines).hasSize(promises + 1);
        String guarantee = lines.stream()
                .filter(l -> l.contains(",guarantee,"))
                .findFirst()
                .orElseThrow();
        assertThat(guarantee)
                .contains(",college-2018,2018-05-01,2022-05-31,")
                .contains(",broken,2022-07-01,met-without-continuation,");
    }

    @Test
    void thePdfIsTheHandoverFileWithTheColleges() throws Exception {
        String path = "/api/v1/municipalities/" + cbs + "/promises?asOf=2022-12-31";
        eventually(() -> assertThat(api.get(path).json().get("cases").findValuesAsText("caseId"))
                .containsExactly(caseId));
        HttpResponse<byte[]> answer = fetch(path, "application/pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.body())) {
            // in the order of the page for what runs across it, cell by cell for what the table holds
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            String text = byPosition.getText(pdf);
            String cells =
                    new PDFTextStripper().getText(pdf).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text)
                    .contains("Overdrachtsdossier")
                    .contains("31 december 2022")
                    .contains("Onder het college geïnstalleerd 1 mei 2018")
                    .contains("Onder het college geïnstalleerd 1 juni 2022")
                    .contains("gebroken");
            assertThat(cells)
                    .contains("met-without-continuation")
                    .contains("exclusivity-breached")
                    .contains("Feasibility study accepted");
            // the page's navigation and forms are not on paper
            assertThat(text).doesNotContain("Peildatum en college").doesNotContain("Download CSV");
        }
    }

    @Test
    void researchersAndOtherMunicipalitiesMayNotReadTheLedger() {
        assertThat(api().as("onderzoeker")
                        .get("/api/v1/cases/" + caseId + "/promises")
                        .status())
                .isEqualTo(403);
        assertThat(api().as("onderzoeker")
                        .get("/api/v1/municipalities/" + cbs + "/promises")
                        .status())
                .isEqualTo(403);
        assertThat(api().as("ambtenaar-zwolle")
                        .get("/api/v1/municipalities/" + cbs + "/promises")
                        .status())
                .isEqualTo(403);
        assertThat(api().as("ambtenaar-zwolle")
                        .get("/api/v1/cases/" + caseId + "/promises")
                        .status())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> fetch(String path, String accept) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .header("Accept", accept)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
