package nl.opgroeiruimte.casefile.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.opgroeiruimte.casefile.client.api.CaseCommandsApi;
import nl.opgroeiruimte.casefile.client.api.CaseHistoryApi;
import nl.opgroeiruimte.casefile.client.api.PeopleRegisterApi;
import nl.opgroeiruimte.casefile.client.model.Actor;
import nl.opgroeiruimte.casefile.client.model.ActorRole;
import nl.opgroeiruimte.casefile.client.model.Attendee;
import nl.opgroeiruimte.casefile.client.model.CaseRecord;
import nl.opgroeiruimte.casefile.client.model.CommandAccepted;
import nl.opgroeiruimte.casefile.client.model.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.client.model.MeetingKind;
import nl.opgroeiruimte.casefile.client.model.Party;
import nl.opgroeiruimte.casefile.client.model.RecordMeeting;
import nl.opgroeiruimte.casefile.client.model.RecordMilestone;
import nl.opgroeiruimte.casefile.client.model.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.client.model.RegisterPerson;
import nl.opgroeiruimte.casefile.client.model.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.client.model.SignAgreement;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Java client generated in this build from the document the service serves (OpenAPI Generator,
 * unmodified) drives a whole case against the running service: request, grant, milestone, outcome,
 * agreement, meeting, and reads back what it recorded. If the document lied about a path, a body, a
 * status or an enum word, this would not compile or not pass.
 */
class GeneratedClientDrivesACaseIT {
    private static ConfigurableApplicationContext service;
    private static ApiClient client;

    @BeforeAll
    static void startTheService() {
        service = new SpringApplicationBuilder(CaseFileApplication.class)
                .run(
                        "--server.port=0",
                        "--casefile.demo-data.enabled=false",
                        "--logging.level.root=WARN",
                        "--casefile.data-dir=" + System.getProperty("casefile.data-dir", "target/it-data") + "/"
                                + System.nanoTime());
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port + "/api/v1");
        String civilServant =
                Base64.getEncoder().encodeToString("beheerder:beheerder".getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + civilServant));
    }

    @AfterAll
    static void stopTheService() {
        if (service != null) service.close();
    }

    private static final Actor ANNA = new Actor()
            .personId("p-anna")
            .party(new Party().municipality("GM0193"))
            .role(ActorRole.CIVIL_SERVANT);
    private static final Actor BRAM = new Actor()
            .personId("p-bram")
            .party(new Party().initiative("warm-assendorp"))
            .role(ActorRole.BOARD_MEMBER);

    /** A body in the API's own JSON, read into the generated model as any client would read it. */
    private static <T> T body(Class<T> type, String json) throws Exception {
        ObjectMapper mapper = client.getObjectMapper();
        return mapper.readValue(json, type);
    }

    private static void registerParty(String path, String json) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(client.getBaseUri() + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json));
        client.getRequestInterceptor().accept(request);
        java.net.http.HttpResponse<String> response =
                client.getHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aWholeCaseThroughTheGeneratedClient() throws Exception {
        // the people a command names must be in the people register, registered through the client too
        PeopleRegisterApi people = new PeopleRegisterApi(client);
        for (String[] person : new String[][] {
            {"p-anna", "{\"municipality\": \"GM0193\"}", "civil-servant"},
            {"p-bram", "{\"initiative\": \"warm-assendorp\"}", "board-member"}
        }) {
            people.register(
                    body(RegisterPerson.class, """
                            {"personId": "%s", "actor": {"personId": "%s", "party": %s, "role": "%s"},
                             "occurredOn": "2020-01-01", "name": "Test %s", "party": %s, "role": "%s"}""".formatted(
                                    person[0], person[0], person[1], person[2], person[0], person[1], person[2])),
                    null,
                    null,
                    null,
                    null);
        }
        // a case is between a registered municipality and a registered initiative (their generated methods are
        // numbered by the generator, so they are registered over plain HTTP with the client's own settings)
        registerParty("/municipalities", """
                {"cbsCode": "GM0193", "occurredOn": "2020-01-01",
                 "actor": {"personId": "p-anna", "party": {"municipality": "GM0193"}, "role": "civil-servant"}}""");
        registerParty("/initiatives", """
                {"initiativeId": "warm-assendorp", "occurredOn": "2020-01-01", "name": "Warm Assendorp",
                 "legalForm": "cooperative", "domains": ["heat"],
                 "workingArea": {"description": "Assendorp", "municipalities": ["GM0193"]},
                 "actor": {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "role": "board-member"}}""");
        CaseCommandsApi commands = new CaseCommandsApi(client);
        CommandAccepted requested =
                commands.request(body(RequestOpgroeiruimte.class, """
                {"occurredOn": "2024-03-01", "municipality": "GM0193", "initiative": "warm-assendorp",
                 "scope": {"activity": "collective heat network", "area": "Assendorp"},
                 "motivation": "We want to build the heat network together"}""").actor(BRAM), null, null, null, null);
        String caseId = requested.getAggregateId();
        assertThat(requested.getVersion()).isZero();

        CommandAccepted granted = commands.grant(
                caseId,
                body(GrantOpgroeiruimte.class, """
                {"occurredOn": "2024-04-01",
                 "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                 "exclusivity": {"activity": "collective heat network", "area": "Assendorp", "from": "2024-04-01", "until": "2029-04-01"}}""").caseId(caseId).actor(ANNA),
                "grant-" + caseId,
                "\"0\"",
                null,
                null);
        assertThat(granted.getVersion()).isEqualTo(1);

        String milestoneId = commands.planMilestone(
                        caseId, body(RecordMilestone.class, """
                {"occurredOn": "2024-05-01", "title": "Feasibility study accepted", "dueDate": "2024-09-01",
                 "owners": {"municipalOwner": "p-anna", "initiativeOwner": "p-bram"},
                 "guarantee": {"whatContinues": "process financing for the design phase",
                               "meansAvailable": ["EUR 40,000 process money"]}}""").caseId(caseId).actor(ANNA), null, null, null, null)
                .getId();
        commands.recordOutcome(
                caseId,
                milestoneId,
                body(RecordMilestoneOutcome.class, """
                {"occurredOn": "2024-09-01", "result": "met", "continuationDelivered": true, "evaluation": "Study accepted by both"}""")
                        .caseId(caseId)
                        .milestoneId(milestoneId)
                        .actor(ANNA),
                null,
                null,
                null,
                null);

        commands.signAgreement(
                caseId, body(SignAgreement.class, """
                {"occurredOn": "2024-12-01", "kind": "intent-agreement", "title": "Intentieovereenkomst warmtenet Assendorp",
                 "signatories": [{"personId": "p-anna", "party": {"municipality": "GM0193"}, "mandate": "alderman's mandate"},
                                 {"personId": "p-bram", "party": {"initiative": "warm-assendorp"}, "mandate": "members' meeting"}],
                 "validity": {"from": "2024-12-01", "until": "2025-12-01"}, "topics": ["financing"]}""").caseId(caseId).actor(ANNA), null, null, null, null);

        RecordMeeting meeting = new RecordMeeting()
                .caseId(caseId)
                .actor(ANNA)
                .occurredOn(LocalDate.of(2025, 1, 15))
                .kind(MeetingKind.GUIDED_SESSION)
                .sessionNumber(1)
                .topics(List.of("the heat plan"))
                .attendees(List.of(
                        new Attendee()
                                .personId("p-anna")
                                .party(new Party().municipality("GM0193"))
                                .role(ActorRole.CIVIL_SERVANT),
                        new Attendee()
                                .personId("p-bram")
                                .party(new Party().initiative("warm-assendorp"))
                                .role(ActorRole.BOARD_MEMBER)));
        String meetingId =
                commands.recordMeeting(caseId, meeting, null, null, null, null).getId();

        CaseRecord recorded = new CaseHistoryApi(client).meeting(caseId, meetingId, null);
        assertThat(recorded.getEvents()).hasSize(1);
        assertThat(recorded.getEvents().get(0).getType()).isEqualTo("MeetingRecorded");
        assertThat(new CaseHistoryApi(client).events(caseId, 1, 100, null).getTotalItems())
                .isGreaterThanOrEqualTo(6);
    }
}
