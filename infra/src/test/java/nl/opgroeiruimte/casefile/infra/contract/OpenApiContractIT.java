package nl.opgroeiruimte.casefile.infra.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.Contract;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says what the API does, so that a client generated from it alone works: the
 * shapes as the API speaks them, and the contract check that holds every HTTP test's answers to it.
 * (That a client generated from it compiles and drives a case is the client-test module's test.)
 */
class OpenApiContractIT extends PostgresIntegrationTest {

    private JsonNode document() {
        Api.Response served = api().anonymous().get("/api/v1/openapi.json");
        assertThat(served.status()).isEqualTo(200);
        return served.json();
    }

    @Test
    void theDocumentIsServedAtTheVersionedBaseAndItsServerUrlCarriesTheMajorVersion() {
        JsonNode document = document();
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("http://localhost:" + port + "/api/v1");
        assertThat(document.path("paths").has("/cases/{caseId}/meetings")).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties").has("rule"))
                .isTrue();
    }

    @Test
    void enumsAreTheKebabCaseWordsTheApiSpeaks() {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(schemas.at("/RecordMeeting/properties/kind/$ref").asText())
                .isEqualTo("#/components/schemas/MeetingKind");
        assertThat(schemas.at("/MeetingKind/enum"))
                .extracting(JsonNode::asText)
                .containsExactly("meeting", "guided-session");
    }

    @Test
    void aCommandIsDocumentedAsTheCreationOfARecordWithItsHeaders() {
        JsonNode meeting = document().at("/paths/~1cases~1{caseId}~1meetings/post");
        assertThat(meeting.path("responses").has("200")).isFalse();
        assertThat(meeting.at("/responses/201/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("/CommandAccepted");
        assertThat(meeting.at("/responses/201/headers").has("Location")).isTrue();
        assertThat(meeting.at("/responses/201/headers").has("ETag")).isTrue();
        assertThat(meeting.path("parameters").findValuesAsText("name")).contains("Idempotency-Key", "If-Match");
    }

    @Test
    void whatTheApiRequiresIsRequiredInTheDocument() {
        JsonNode schemas = document().at("/components/schemas");
        assertThat(schemas.at("/RecordMarketApproach/required"))
                .extracting(JsonNode::asText)
                .contains("recordAsExclusivityBreach");
        assertThat(schemas.at("/RecordMeeting/properties/attendees/minItems").asInt())
                .isEqualTo(1);
        // the audit trail's college is its own, not the municipality's college view of the same simple name
        String college =
                schemas.at("/AuditTrail/properties/collegeInOffice/$ref").asText();
        JsonNode collegeInOffice = schemas.path(college.substring(college.lastIndexOf('/') + 1));
        assertThat(collegeInOffice.path("properties").has("lastElectionOn")).isTrue();
        assertThat(collegeInOffice.path("properties").has("inOffice")).isFalse();
    }

    @Test
    void everyOperationIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        document()
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (operation.getValue().path("description").asText().isBlank())
                        undescribed.add(operation.getKey() + " " + path.getKey());
                }));
        assertThat(undescribed).isEmpty();
    }

    /** NL API Design Rules: every property and every parameter says what it is (issue 24). */
    @Test
    void everyPropertyAndEveryParameterIsDescribed() {
        JsonNode document = document();
        JsonNode schemas = document.at("/components/schemas");
        List<String> undescribed = new ArrayList<>();
        schemas.properties()
                .forEach(schema -> undescribedProperties(
                        schema.getValue(), "#/components/schemas/" + schema.getKey(), schemas, undescribed));
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operation
                                .getValue()
                                .path("parameters")
                                .forEach(parameter -> {
                                    if (parameter.path("description").asText().isBlank()) {
                                        undescribed.add(operation.getKey() + " " + path.getKey() + " parameter "
                                                + parameter.path("in").asText() + " "
                                                + parameter.path("name").asText());
                                    }
                                })));

        assertThat(undescribed)
                .as("properties and parameters without a description")
                .isEmpty();
    }

    /** A property that refers to a schema is described by that schema (OpenAPI 3.0 ignores siblings of $ref). */
    private static void undescribedProperties(JsonNode schema, String at, JsonNode schemas, List<String> undescribed) {
        schema.path("properties").properties().forEach(property -> {
            JsonNode value = property.getValue();
            String where = at + "/properties/" + property.getKey();
            String ref = value.path("$ref").asText();
            boolean described = !value.path("description").asText().isBlank()
                    || (!ref.isEmpty()
                            && !schemas.path(ref.substring(ref.lastIndexOf('/') + 1))
                                    .path("description")
                                    .asText()
                                    .isBlank());
            if (!described) undescribed.add(where);
            undescribedProperties(value, where, schemas, undescribed);
            undescribedProperties(value.path("items"), where + "/items", schemas, undescribed);
        });
    }

    /** An export is streamed as it is written, and a pseudonymised one differs every time: no ETag, none promised. */
    @Test
    void theExportPromisesNoETagAndSendsNone() {
        JsonNode export = document().at("/paths/~1exports/get");
        assertThat(export.isMissingNode()).isFalse();
        assertThat(export.at("/responses/200/headers").has("ETag")).isFalse();
        assertThat(export.path("responses").has("304")).isFalse();
        assertThat(export.path("parameters").findValuesAsText("name")).doesNotContain("If-None-Match");
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();

        Api.Response download = api().get("/api/v1/exports?case=" + caseId);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.header("ETag")).isNull();
    }

    @Test
    void readsAnswerWithAnETagAndNotModifiedWhileItStillMatches() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        Api.Response first = api().get("/api/v1/cases/" + caseId + "/events");
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(api().header("If-None-Match", first.header("ETag"))
                        .get("/api/v1/cases/" + caseId + "/events")
                        .status())
                .isEqualTo(304);
    }

    @Test
    void theEventsOfACaseComeAPageAtATime() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        api().post("/api/v1/cases/" + caseId + "/grant", CaseJson.grant("2024-04-01", "2029-04-01"));
        JsonNode second = api().get("/api/v1/cases/" + caseId + "/events?page=2&pageSize=1")
                .json();
        assertThat(second.get("totalItems").asLong()).isEqualTo(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.at("/items/0/type").asText()).isEqualTo("OpgroeiruimteGranted");
    }

    @Test
    void anUnknownQueryParameterIsRefusedNotIgnored() {
        Api.Response misspelt = api().get("/api/v1/cases?municipalty=GM0193");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.contentType()).startsWith("application/problem+json");
        assertThat(misspelt.json().get("rule").asText()).isEqualTo("unknown-parameter");
        assertThat(misspelt.json().get("field").asText()).isEqualTo("municipalty");
    }

    @Test
    void theContractCheckRefusesAnAnswerWithAPropertyTheDocumentDoesNotName() {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        Api.Response real = api().get("/api/v1/cases/" + caseId);
        Contract.check("GET", real.raw());
        String tampered = real.body().replaceFirst("\\{", "{\"secretField\": 1, ");
        assertThatThrownBy(() -> Contract.check("GET", answer(real.raw(), tampered)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("secretField");
    }

    /** The same answer with another body. */
    private static HttpResponse<String> answer(HttpResponse<String> real, String body) {
        return new HttpResponse<>() {
            public int statusCode() {
                return real.statusCode();
            }

            public HttpRequest request() {
                return real.request();
            }

            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of("Content-Type", List.of("application/json")), (a, b) -> true);
            }

            public String body() {
                return body;
            }

            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            public URI uri() {
                return real.uri();
            }

            public HttpClient.Version version() {
                return real.version();
            }
        };
    }
}
