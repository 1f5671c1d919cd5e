package nl.opgroeiruimte.casefile.infra.documents;

import static nl.opgroeiruimte.casefile.infra.support.CaseJson.CIVIL_SERVANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents in the case over HTTP: the signed intent agreement and the minutes are uploaded, stored under their
 * SHA-256, listed in the audit trail as of a date, downloaded byte for byte by those who may read the case and
 * by nobody else; research exports hold their hash and type only; bad uploads change nothing.
 */
class DocumentsOverHttpIT extends PostgresIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final byte[] SIGNED_AGREEMENT = pdf("Intentieovereenkomst warmtenet Assendorp, getekend");

    private String caseId;
    private String base;

    @BeforeEach
    void grantedCaseWithAnIntentAgreement() {
        Api api = api();
        caseId = api.post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        base = "/api/v1/cases/" + caseId;
        assertThat(api.post(base + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(base + "/agreements", """
                {"actor": %s, "occurredOn": "2024-05-01", "agreementId": "intentie-1", "kind": "intent-agreement",
                 "title": "Intentieovereenkomst warmtenet", "validity": {"from": "2024-05-01", "until": "2026-05-01"},
                 "topics": ["roles-tasks-responsibilities"],
                 "signatories": [{"personId": "p-wim", "party": {"municipality": "GM0193"}, "mandate": "college"},
                                 {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "ALV"}]}""".formatted(CIVIL_SERVANT)).status())
                .isEqualTo(201);
    }

    @Test
    void theSignedAgreementIsStoredByItsHashAndDownloadedByteForByte() throws Exception {
        HttpResponse<String> created = upload(
                "beheerder",
                SIGNED_AGREEMENT,
                "intentieovereenkomst.pdf",
                "2024-05-02",
                "\"links\": [{\"kind\": \"agreement\", \"id\": \"intentie-1\"}]");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String documentId = JSON.readTree(created.body()).get("id").asText();
        assertThat(location).isEqualTo(base + "/documents/" + documentId);

        HttpResponse<byte[]> download =
                HTTP.send(get("ambtenaar-zwolle", location).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(SIGNED_AGREEMENT);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("ETag"))
                .hasValue("\"" + DocumentController.sha256(SIGNED_AGREEMENT) + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("intentieovereenkomst.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        JsonNode listed = api().as("raadslid-zwolle").get(base + "/documents").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("sha256").asText()).isEqualTo(DocumentController.sha256(SIGNED_AGREEMENT));
        assertThat(listed.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(listed.get(0).get("sizeBytes").asLong()).isEqualTo(SIGNED_AGREEMENT.length);
        assertThat(listed.get(0).get("links").get(0).get("kind").asText()).isEqualTo("agreement");
        assertThat(listed.get(0).get("addedBy").get("personId").asText()).isEqualTo("p-anna");
    }

    @Test
    void theSameContentAddedTwiceIsStoredOnce() throws Exception {
        byte[] minutes = pdf("Notulen overleg " + caseId);
        assertThat(upload("beheerder", minutes, "notulen.pdf", "2024-05-02", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(upload("beheerder", minutes, "notulen-kopie.pdf", "2024-05-03", null)
                        .statusCode())
                .isEqualTo(201);
        assertThat(api().get(base + "/documents").json()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from document_content where sha256 = ?")
                        .param(DocumentController.sha256(minutes))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAuditTrailAsOfADateListsTheDocumentsAddedByThen() throws Exception {
        assertThat(upload("beheerder", SIGNED_AGREEMENT, "intentieovereenkomst.pdf", "2024-05-02", null)
                        .statusCode())
                .isEqualTo(201);
        JsonNode then = api().get(base + "/audit-trail?asOf=2024-05-10").json();
        assertThat(then.get("documents")).hasSize(1);
        assertThat(then.get("documents").get(0).get("sha256").asText())
                .isEqualTo(DocumentController.sha256(SIGNED_AGREEMENT));
        assertThat(api().get(base + "/audit-trail?asOf=2024-05-01").json().get("documents"))
                .isEmpty();
        assertThat(api().get(base + "/documents?asOf=2024-05-01").json()).isEmpty();
    }

    @Test
    void aDocumentBiggerThanTheGeneralRequestLimitIsAccepted() throws Exception {
        byte[] scan = pdf("x".repeat(3 * 1024 * 1024));
        assertThat(upload("beheerder", scan, "plan-van-aanpak-scan.pdf", "2024-05-02", null)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void onlyThoseWhoMayReadTheCaseListOrDownloadItsDocuments() throws Exception {
        HttpResponse<String> created =
                upload("beheerder", SIGNED_AGREEMENT, "intentieovereenkomst.pdf", "2024-05-02", null);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(HTTP.send(get("ambtenaar-zutphen", location).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().as("ambtenaar-zutphen").get(base + "/documents").status())
                .isEqualTo(403);
        assertThat(api().as("onderzoeker").get(base + "/documents").status()).isEqualTo(403);
        assertThat(upload("ambtenaar-zutphen", pdf("iets anders"), "x.pdf", "2024-05-02", null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void researchExportsCarryTheHashAndTypeButNeverTheNameOrContent() throws Exception {
        assertThat(upload(
                                "beheerder",
                                SIGNED_AGREEMENT,
                                "Intentieovereenkomst getekend door Wim de Vries.pdf",
                                "2024-05-02",
                                null)
                        .statusCode())
                .isEqualTo(201);
        String export = api().get("/api/v1/exports?case=" + caseId).body();
        JsonNode added = null;
        for (String line : export.split("\n")) {
            JsonNode event = JSON.readTree(line);
            if (event.get("type").asText().endsWith(".document-added.v1")) added = event.get("data");
        }
        assertThat(added).isNotNull();
        assertThat(added.get("sha256").asText()).isEqualTo(DocumentController.sha256(SIGNED_AGREEMENT));
        assertThat(added.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(added.get("fileName").asText()).isEqualTo("[withheld]");
        assertThat(export)
                .doesNotContain("Wim de Vries")
                .doesNotContain(Base64.getEncoder().encodeToString(SIGNED_AGREEMENT));
    }

    @Test
    void erasedContentIsGoneWhileTheRecordOfTheDocumentStays() throws Exception {
        byte[] minutes = pdf("Notulen met persoonsgegevens " + caseId);
        String location = upload("beheerder", minutes, "notulen.pdf", "2024-05-02", null)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String sha256 = DocumentController.sha256(minutes);
        assertThat(HTTP.send(
                                delete("ambtenaar-zwolle", "/api/v1/admin/document-contents/" + sha256)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("administrators only")
                .isEqualTo(403);
        assertThat(HTTP.send(
                                delete("beheerder", "/api/v1/admin/document-contents/" + sha256)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(204);

        HttpResponse<String> gone = HTTP.send(get("beheerder", location).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(JSON.readTree(gone.body()).get("rule").asText()).isEqualTo("document-content-erased");
        assertThat(api().get(base + "/documents").json().get(0).get("sha256").asText())
                .isEqualTo(sha256);
    }

    @Test
    void aTypeThatIsNotAllowedIsRefusedWith415AndNothingIsStored() throws Exception {
        byte[] page = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        // the declared name and type do not count: the bytes are HTML
        HttpResponse<String> refused = upload("beheerder", page, "notulen.pdf", "2024-05-02", null);
        assertThat(refused.statusCode()).isEqualTo(415);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("rule").asText()).isEqualTo("media-type-not-allowed");
        assertThat(problem.get("field").asText()).isEqualTo("file");
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api().get(base + "/documents").json()).isEmpty();
        assertThat(jdbc.sql("select count(*) from document_content where sha256 = ?")
                        .param(DocumentController.sha256(page))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMissingOrEmptyFileIsRefusedWith422() throws Exception {
        HttpResponse<String> empty = upload("beheerder", new byte[0], "leeg.pdf", "2024-05-02", null);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(empty.body()).get("rule").asText()).isEqualTo("file-empty");
        HttpResponse<String> missing = send("beheerder", multipart(List.of(jsonPart(description("2024-05-02", null)))));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(missing.body()).get("rule").asText()).isEqualTo("file-missing");
    }

    @Test
    void aLinkToARecordTheCaseDoesNotHaveIsRefusedAndNothingIsStored() throws Exception {
        byte[] minutes = pdf("Notulen zonder overleg " + caseId);
        HttpResponse<String> refused = upload(
                "beheerder",
                minutes,
                "notulen.pdf",
                "2024-05-02",
                "\"links\": [{\"kind\": \"meeting\", \"id\": \"bestaat-niet\"}]");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("rule").asText()).isEqualTo("linked-record-unknown");
        assertThat(jdbc.sql("select count(*) from document_content where sha256 = ?")
                        .param(DocumentController.sha256(minutes))
                        .query(Long.class)
                        .single())
                .as("the content goes with its event or not at all")
                .isZero();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedWith413BeforeItIsRead() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base + "/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                            + Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes(StandardCharsets.UTF_8))
                            + "\r\nContent-Type: multipart/form-data; boundary=grens\r\nContent-Length: 40000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(statusLine).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aDocumentIsLinkedToTheDecisionItRecordsAfterwards() throws Exception {
        HttpResponse<String> created =
                upload("beheerder", pdf("Collegebesluit " + caseId), "besluit.pdf", "2024-05-02", null);
        String documentId = JSON.readTree(created.body()).get("id").asText();
        assertThat(api().post(base + "/decisions", """
                {"actor": %s, "occurredOn": "2024-05-03", "decisionId": "besluit-1", "body": "college",
                 "subject": "Procesgeld", "decision": "Het college stelt procesgeld beschikbaar"}""".formatted(CIVIL_SERVANT)).status())
                .isEqualTo(201);
        Api.Response linked = api().post(base + "/documents/" + documentId + "/links", """
                {"actor": %s, "occurredOn": "2024-05-03", "link": {"kind": "decision", "id": "besluit-1"}}""".formatted(CIVIL_SERVANT));
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        JsonNode document = api().get(base + "/documents").json().get(0);
        assertThat(document.get("links").get(0).get("id").asText()).isEqualTo("besluit-1");
    }

    // ---------------------------------------------------------------- multipart by hand, as any client sends it

    private HttpResponse<String> upload(String user, byte[] content, String fileName, String occurredOn, String extra)
            throws IOException, InterruptedException {
        return send(user, multipart(List.of(filePart(content, fileName), jsonPart(description(occurredOn, extra)))));
    }

    private static String description(String occurredOn, String extra) {
        return "{\"actor\": " + CIVIL_SERVANT + ", \"occurredOn\": \"" + occurredOn + "\""
                + (extra == null ? "" : ", " + extra) + "}";
    }

    private HttpResponse<String> send(String user, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(post(user, base + "/documents", body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String user, String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=grens")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder get(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .GET();
    }

    private HttpRequest.Builder delete(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user))
                .DELETE();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] filePart(byte[] content, String fileName) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        return part.toByteArray();
    }

    private static byte[] jsonPart(String json) {
        return ("Content-Disposition: form-data; name=\"document\"\r\nContent-Type: application/json\r\n\r\n" + json)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipart(List<byte[]> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes("--grens\r\n".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(part);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("--grens--\r\n".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
