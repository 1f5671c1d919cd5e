package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleAssigned;
import nl.opgroeiruimte.casefile.query.cases.CaseSummaryProjection;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Personal data only to those who share a case with the person (issue 18): "sharing a case" covers every
 * role a person can have in its facts, also when they belong to neither party of the case. Everyone here
 * is of an outside organisation, so neither the party's members nor the facilitators count them in.
 */
class PeopleAccessTest extends ProjectionSlice {
    private static final LocalDate MAY_1 = LocalDate.parse("2024-05-01");
    private static final Party ADVISORS = Party.external("Adviesbureau Warmte");
    private static final Caller ZWOLLE_STAFF = new Caller("p-anna", CallerRole.MUNICIPAL_STAFF, MUNICIPALITY, null);
    private static final Caller ZWOLLE_AUDITOR = new Caller("p-audit", CallerRole.AUDITOR, MUNICIPALITY, null);
    private static final Caller MEMBER = new Caller("p-bram", CallerRole.INITIATIVE_MEMBER, null, INITIATIVE);
    private static final Caller ZUTPHEN_STAFF = new Caller("p-zutphen", CallerRole.MUNICIPAL_STAFF, "GM0301", null);
    private static final Caller OTHER_MEMBER =
            new Caller("p-other", CallerRole.INITIATIVE_MEMBER, null, "zon-op-zutphen");
    private static final Caller RESEARCHER = new Caller("p-onderzoek", CallerRole.RESEARCHER, null, null);

    @Autowired
    CaseSummaryProjection cases;

    @Autowired
    TimelineProjection timeline;

    @Autowired
    PeopleDirectory directory;

    private String caseId;
    private long sequence;

    @BeforeEach
    void aCaseOfZwolleAndWarmAssendorp() {
        caseId = newCaseId();
        record(requested(caseId, LocalDate.parse("2024-01-08")));
    }

    private void record(Object event) {
        var message = recorded(caseId, sequence++, event, MAY_1);
        deliver(cases, message);
        deliver(timeline, message);
    }

    private static Actor advisor(String personId) {
        return new Actor(personId, ADVISORS, ActorRole.PROJECT_LEAD);
    }

    private void assertKnownOnlyToThoseWhoShareTheCase(String personId) {
        for (Caller sharing : List.of(ZWOLLE_STAFF, ZWOLLE_AUDITOR, MEMBER)) {
            assertThat(directory.mayKnow(sharing, personId))
                    .as("%s shares the case with %s", sharing, personId)
                    .isTrue();
        }
        for (Caller stranger : List.of(ZUTPHEN_STAFF, OTHER_MEMBER, RESEARCHER)) {
            assertThat(directory.mayKnow(stranger, personId))
                    .as("%s shares no case with %s", stranger, personId)
                    .isFalse();
        }
    }

    @Test
    void aMeetingAttendeeOfNeitherPartyIsKnownToThoseWhoShareTheCase() {
        record(new MeetingRecorded(
                caseId,
                CIVIL_SERVANT,
                MAY_1,
                "meeting-1",
                MeetingKind.MEETING,
                List.of(new Attendee("p-attendee", ADVISORS, ActorRole.PROJECT_LEAD)),
                List.of("warmtebron"),
                null,
                "overleg"));

        assertKnownOnlyToThoseWhoShareTheCase("p-attendee");
    }

    @Test
    void aSignatoryOfNeitherPartyIsKnownToThoseWhoShareTheCase() {
        record(new AgreementSigned(
                caseId,
                CIVIL_SERVANT,
                MAY_1,
                "a1",
                AgreementKind.COOPERATION_AGREEMENT,
                "samenwerkingsovereenkomst",
                List.of(new Signatory("p-signatory", ADVISORS, "volmacht")),
                new ValidityPeriod(MAY_1, null),
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                "doc-a1",
                "afspraken"));

        assertKnownOnlyToThoseWhoShareTheCase("p-signatory");
    }

    @Test
    void aMilestoneOwnerIsKnownToThoseWhoShareTheCase() {
        record(new MilestonePlanned(
                caseId,
                CIVIL_SERVANT,
                MAY_1,
                "m1",
                "haalbaarheidsstudie",
                MAY_1.plusMonths(3),
                new MilestoneOwners("p-municipal-owner", "p-initiative-owner"),
                new Guarantee("procesgeld", List.of("€ 40.000"))));

        assertKnownOnlyToThoseWhoShareTheCase("p-municipal-owner");
        assertKnownOnlyToThoseWhoShareTheCase("p-initiative-owner");
    }

    @Test
    void aRoleHolderAndTheActorOfAFactForNeitherPartyAreKnownToThoseWhoShareTheCase() {
        record(new RoleAssigned(caseId, advisor("p-actor"), MAY_1, CaseRole.INITIATIVE_PROJECT_LEAD, "p-holder", null));

        assertKnownOnlyToThoseWhoShareTheCase("p-actor");
        assertKnownOnlyToThoseWhoShareTheCase("p-holder");
    }

    @Test
    void aPersonNamedInAnotherCaseOnlyIsKnownToNoneOfTheseCallers() {
        String otherCase = newCaseId();
        deliver(
                timeline,
                recorded(
                        otherCase,
                        0,
                        new RoleAssigned(
                                otherCase, CIVIL_SERVANT, MAY_1, CaseRole.INITIATIVE_CONTACT, "p-elsewhere", null),
                        MAY_1));

        for (Caller caller : List.of(ZWOLLE_STAFF, MEMBER, ZUTPHEN_STAFF, RESEARCHER)) {
            assertThat(directory.mayKnow(caller, "p-elsewhere"))
                    .as("%s", caller)
                    .isFalse();
        }
    }
}
