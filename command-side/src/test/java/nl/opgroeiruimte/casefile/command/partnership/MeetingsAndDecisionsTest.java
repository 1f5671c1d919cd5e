package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meetings and guided sessions with who attended (003), and decisions of college, council, ALV, board or steering group. */
class MeetingsAndDecisionsTest {

    private static final LocalDate MET_ON = LocalDate.of(2025, 3, 5);
    private static final Attendee CIVIL_SERVANT_ATTENDS =
            new Attendee("ambtenaar-energie", Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT);
    private static final Attendee BOARD_MEMBER_ATTENDS =
            new Attendee("bestuurder-warm", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);
    private static final Attendee FACILITATOR_ATTENDS =
            new Attendee("procesbegeleider", Party.external("Duneworks"), ActorRole.FACILITATOR);
    private static final List<Attendee> BOTH_SIDES = List.of(CIVIL_SERVANT_ATTENDS, BOARD_MEMBER_ATTENDS);
    private static final List<String> TOPICS = List.of("rolverdeling", "haalbaarheidsstudie");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- meetings

    @Test
    void aMeetingIsRecordedWithWhoAttended() {
        fixture.given(requested(), granted())
                .when(meeting("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES))
                .expectEvents(met("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES));
    }

    @Test
    void meetingsBeforeTheGrantAreRecordedToo() {
        fixture.given(requested())
                .when(meeting("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES))
                .expectEvents(met("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES));
    }

    @Test
    void aGuidedSessionIsRecordedWithItsNumberAndTheFacilitatorAttending() {
        List<Attendee> withFacilitator = List.of(CIVIL_SERVANT_ATTENDS, BOARD_MEMBER_ATTENDS, FACILITATOR_ATTENDS);
        fixture.given(requested(), granted())
                .when(meeting("sessie-1", MeetingKind.GUIDED_SESSION, 1, withFacilitator))
                .expectEvents(met("sessie-1", MeetingKind.GUIDED_SESSION, 1, withFacilitator));
    }

    @Test
    void aMeetingIdIsRecordedOnlyOnce() {
        fixture.given(requested(), granted(), met("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES))
                .when(meeting("overleg-1", MeetingKind.MEETING, null, BOTH_SIDES))
                .expectException(violatesOn("already-recorded", "meetingId"));
    }

    @Test
    void aGuidedSessionCarriesItsSessionNumber() {
        fixture.given(requested(), granted())
                .when(meeting("sessie-1", MeetingKind.GUIDED_SESSION, null, BOTH_SIDES))
                .expectException(violatesOn("session-number-required", "sessionNumber"));
    }

    @Test
    void eachGuidedSessionNumberIsRecordedOnce() {
        fixture.given(requested(), granted(), met("sessie-1", MeetingKind.GUIDED_SESSION, 1, BOTH_SIDES))
                .when(meeting("sessie-1-bis", MeetingKind.GUIDED_SESSION, 1, BOTH_SIDES))
                .expectException(violates("session-already-recorded"));
    }

    @Test
    void onlyGuidedSessionsAreNumbered() {
        fixture.given(requested(), granted())
                .when(meeting("overleg-1", MeetingKind.MEETING, 3, BOTH_SIDES))
                .expectException(violates("session-number-only-for-guided-sessions"));
    }

    @Test
    void anAttendeeForAnotherMunicipalityIsNotAPartyToTheCase() {
        Attendee zutphen = new Attendee("ambtenaar-zutphen", Party.municipality("GM0301"), ActorRole.CIVIL_SERVANT);
        fixture.given(requested(), granted())
                .when(meeting("overleg-1", MeetingKind.MEETING, null, List.of(CIVIL_SERVANT_ATTENDS, zutphen)))
                .expectException(violatesOn("party-not-in-case", "attendees[1].party"));
    }

    // ---------------------------------------------------------------- decisions

    @Test
    void aCollegeDecisionIsRecorded() {
        fixture.given(requested(), granted())
                .when(new RecordDecision(
                        CASE_ID,
                        CIVIL_SERVANT,
                        MET_ON,
                        "collegebesluit-1",
                        DecisionBody.COLLEGE,
                        "Procesfinanciering",
                        "Het college stelt € 40.000 beschikbaar",
                        "B&W 2025/123"))
                .expectEvents(new DecisionRecorded(
                        CASE_ID,
                        CIVIL_SERVANT,
                        MET_ON,
                        "collegebesluit-1",
                        DecisionBody.COLLEGE,
                        "Procesfinanciering",
                        "Het college stelt € 40.000 beschikbaar",
                        "B&W 2025/123"));
    }

    @Test
    void aDecisionIdIsRecordedOnlyOnce() {
        fixture.given(
                        requested(),
                        granted(),
                        new DecisionRecorded(
                                CASE_ID,
                                BOARD_MEMBER,
                                MET_ON,
                                "alv-1",
                                DecisionBody.MEMBERS_MEETING,
                                "Intentieovereenkomst",
                                "De ALV stemt in",
                                null))
                .when(new RecordDecision(
                        CASE_ID,
                        BOARD_MEMBER,
                        MET_ON,
                        "alv-1",
                        DecisionBody.MEMBERS_MEETING,
                        "Intentieovereenkomst",
                        "De ALV stemt in",
                        null))
                .expectException(violatesOn("already-recorded", "decisionId"));
    }

    // ---------------------------------------------------------------- test data

    private static RecordMeeting meeting(
            String meetingId, MeetingKind kind, Integer sessionNumber, List<Attendee> attendees) {
        return new RecordMeeting(
                CASE_ID, FACILITATOR, MET_ON, meetingId, kind, attendees, TOPICS, sessionNumber, "Verslag volgt");
    }

    private static MeetingRecorded met(
            String meetingId, MeetingKind kind, Integer sessionNumber, List<Attendee> attendees) {
        return new MeetingRecorded(
                CASE_ID, FACILITATOR, MET_ON, meetingId, kind, attendees, TOPICS, sessionNumber, "Verslag volgt");
    }
}
