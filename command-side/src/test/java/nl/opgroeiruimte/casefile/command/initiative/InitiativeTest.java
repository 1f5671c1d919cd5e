package nl.opgroeiruimte.casefile.command.initiative;

import static nl.opgroeiruimte.casefile.command.support.Refusals.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.initiative.*;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The heat initiative of Assendorp in Zwolle: a group of residents since 2023 that became a cooperative,
 * and that records on whose behalf it speaks. Looked at on 15 June 2026.
 */
class InitiativeTest {
    static final String ID = "warm-assendorp";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final Actor BOARD_MEMBER = new Actor("bestuurder-warm", Party.initiative(ID), ActorRole.BOARD_MEMBER);
    static final Actor CIVIL_SERVANT =
            new Actor("ambtenaar-energie", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);
    static final Actor OTHER_INITIATIVE =
            new Actor("bestuurder-zon", Party.initiative("zon-op-zwolle"), ActorRole.BOARD_MEMBER);
    static final WorkingArea ASSENDORP = new WorkingArea("Assendorp", List.of("GM0193"), List.of("WK019302"));
    static final LocalDate FOUNDED = LocalDate.of(2023, 4, 1);
    static final LocalDate COOPERATIVE_SINCE = LocalDate.of(2024, 9, 12);

    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    static RegisterInitiative register(Actor actor, LegalForm form, WorkingArea area) {
        return new RegisterInitiative(
                ID, actor, FOUNDED, "Warm Assendorp", form, null, area, Set.of(Domain.HEAT, Domain.SAVING));
    }

    static InitiativeRegistered registered() {
        return new InitiativeRegistered(
                ID,
                BOARD_MEMBER,
                FOUNDED,
                "Warm Assendorp",
                LegalForm.INFORMAL_GROUP,
                null,
                ASSENDORP,
                Set.of(Domain.HEAT, Domain.SAVING));
    }

    static LegalFormChanged becameCooperative() {
        return new LegalFormChanged(
                ID,
                BOARD_MEMBER,
                COOPERATIVE_SINCE,
                LegalForm.INFORMAL_GROUP,
                LegalForm.COOPERATIVE,
                "91234567",
                "Akte van oprichting, notaris Jansen, 12-09-2024");
    }

    static LegalFormChanged becameFoundation() {
        return new LegalFormChanged(
                ID, BOARD_MEMBER, COOPERATIVE_SINCE, LegalForm.INFORMAL_GROUP, LegalForm.FOUNDATION, "91234567", null);
    }

    static BoardMandate mandate(LocalDate grantedOn) {
        return new BoardMandate(
                grantedOn,
                "Onderhandelen over een intentieovereenkomst warmtenet",
                LocalDate.of(2027, 6, 1),
                "Notulen ALV 2025-05-20");
    }

    @Nested
    class Registration {
        @Test
        void anInitiativeIsRegisteredWithItsLegalFormWorkingAreaAndDomains() {
            fixture.givenNoPriorActivity()
                    .when(register(BOARD_MEMBER, LegalForm.INFORMAL_GROUP, ASSENDORP))
                    .expectEvents(registered());
        }

        @Test
        void theMunicipalityMayRegisterTheInitiativeItWorksWith() {
            fixture.givenNoPriorActivity()
                    .when(register(CIVIL_SERVANT, LegalForm.INFORMAL_GROUP, ASSENDORP))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void anotherInitiativeDoesNotRegisterThisOne() {
            fixture.givenNoPriorActivity()
                    .when(register(OTHER_INITIATIVE, LegalForm.INFORMAL_GROUP, ASSENDORP))
                    .expectException(violatesOn("party-of-other-initiative", "actor.party"));
        }

        @Test
        void theWorkingAreaLiesInCurrentMunicipalities() {
            WorkingArea inWeesp = new WorkingArea("Weesp centrum", List.of("GM0193", "GM0457"), List.of());
            fixture.givenNoPriorActivity()
                    .when(register(BOARD_MEMBER, LegalForm.INFORMAL_GROUP, inWeesp))
                    .expectException(violatesOn("not-a-current-municipality", "workingArea.municipalities[1]"));
        }

        @Test
        void aRegistrationDatedInTheFutureIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(
                            ID,
                            BOARD_MEMBER,
                            LocalDate.of(2026, 6, 16),
                            "Warm Assendorp",
                            LegalForm.INFORMAL_GROUP,
                            null,
                            ASSENDORP,
                            Set.of(Domain.HEAT)))
                    .expectException(violatesOn("occurred-in-future", "occurredOn"));
        }
    }

    @Nested
    class LegalForms {
        @Test
        void anInformalGroupBecomesACooperative() {
            fixture.given(registered())
                    .when(new ChangeLegalForm(
                            ID,
                            BOARD_MEMBER,
                            COOPERATIVE_SINCE,
                            LegalForm.COOPERATIVE,
                            "91234567",
                            "Akte van oprichting, notaris Jansen, 12-09-2024"))
                    .expectEvents(becameCooperative());
        }

        @Test
        void theSameLegalFormIsNoChange() {
            fixture.given(registered(), becameCooperative())
                    .when(new ChangeLegalForm(
                            ID, BOARD_MEMBER, LocalDate.of(2025, 1, 1), LegalForm.COOPERATIVE, null, null))
                    .expectException(violatesOn("legal-form-unchanged", "legalForm"));
        }

        @Test
        void aChangeIsRecordedAfterTheCurrentLegalFormTookEffect() {
            fixture.given(registered(), becameCooperative())
                    .when(new ChangeLegalForm(
                            ID, BOARD_MEMBER, COOPERATIVE_SINCE.minusMonths(1), LegalForm.ASSOCIATION, null, null))
                    .expectException(violatesOn("occurred-before-current-legal-form", "occurredOn"));
        }

        @Test
        void nothingHappensToAnInitiativeBeforeItWasRegistered() {
            fixture.given(registered())
                    .when(new ChangeLegalForm(
                            ID, BOARD_MEMBER, FOUNDED.minusDays(1), LegalForm.ASSOCIATION, null, null))
                    .expectException(violatesOn("occurred-before-registration", "occurredOn"));
        }

        @Test
        void anotherInitiativeDoesNotChangeThisOnesLegalForm() {
            fixture.given(registered())
                    .when(new ChangeLegalForm(
                            ID, OTHER_INITIATIVE, COOPERATIVE_SINCE, LegalForm.COOPERATIVE, null, null))
                    .expectException(violatesOn("party-of-other-initiative", "actor.party"));
        }
    }

    @Nested
    class Representation {
        @Test
        void theCooperativeRecordsItsMembersAndTheBoardsMandateFromTheMembersMeeting() {
            LocalDate on = LocalDate.of(2025, 6, 1);
            fixture.given(registered(), becameCooperative())
                    .when(new RecordRepresentation(
                            ID,
                            BOARD_MEMBER,
                            on,
                            "leden-2025",
                            140,
                            1850,
                            mandate(LocalDate.of(2025, 5, 20)),
                            "Ongeveer 8% van de huishoudens"))
                    .expectEvents(new RepresentationRecorded(
                            ID,
                            BOARD_MEMBER,
                            on,
                            "leden-2025",
                            140,
                            1850,
                            mandate(LocalDate.of(2025, 5, 20)),
                            "Ongeveer 8% van de huishoudens"));
        }

        @Test
        void aFoundationHasNoMembersMeetingToMandateItsBoard() {
            fixture.given(registered(), becameFoundation())
                    .when(new RecordRepresentation(
                            ID,
                            BOARD_MEMBER,
                            LocalDate.of(2025, 6, 1),
                            "achterban-2025",
                            60,
                            null,
                            mandate(LocalDate.of(2025, 5, 20)),
                            null))
                    .expectException(violatesOn("foundation-has-no-members", "boardMandate"));
        }

        @Test
        void aRepresentationRecordedLateCountsTheLegalFormOfItsOwnDay() {
            fixture.given(registered(), becameFoundation())
                    .when(new RecordRepresentation(
                            ID,
                            BOARD_MEMBER,
                            LocalDate.of(2024, 3, 1),
                            "groep-2024",
                            25,
                            null,
                            mandate(LocalDate.of(2024, 2, 1)),
                            "Besluit op de bewonersavond"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aRepresentationIdIsUsedOnce() {
            fixture.given(
                            registered(),
                            new RepresentationRecorded(
                                    ID, BOARD_MEMBER, LocalDate.of(2024, 3, 1), "groep-2024", 25, null, null, null))
                    .when(new RecordRepresentation(
                            ID, BOARD_MEMBER, LocalDate.of(2024, 4, 1), "groep-2024", 30, null, null, null))
                    .expectException(violatesOn("already-recorded", "representationId"));
        }
    }

    @Nested
    class InputChecks {
        @Test
        void anInformalGroupHasNoChamberOfCommerceNumber() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterInitiative(
                            ID,
                            BOARD_MEMBER,
                            FOUNDED,
                            "Warm Assendorp",
                            LegalForm.INFORMAL_GROUP,
                            "91234567",
                            ASSENDORP,
                            Set.of(Domain.HEAT)))
                    .expectException(failsCheck("validRegistration"));
            fixture.given(registered(), becameCooperative())
                    .when(new ChangeLegalForm(
                            ID, BOARD_MEMBER, LocalDate.of(2025, 1, 1), LegalForm.INFORMAL_GROUP, "91234567", null))
                    .expectException(failsCheck("validRegistration"));
        }

        @Test
        void aNeighbourhoodLiesInOneOfTheMunicipalitiesOfTheWorkingArea() {
            WorkingArea amsterdamInZwolle = new WorkingArea("Assendorp", List.of("GM0193"), List.of("BU03630101"));
            fixture.givenNoPriorActivity()
                    .when(register(BOARD_MEMBER, LegalForm.INFORMAL_GROUP, amsterdamInZwolle))
                    .expectException(failsCheck("workingArea.validNeighbourhoods"));
        }

        @Test
        void theMandateWasGrantedNoLaterThanTheRepresentationItIsPartOfAndEndsAfterItStarts() {
            fixture.given(registered(), becameCooperative())
                    .when(new RecordRepresentation(
                            ID,
                            BOARD_MEMBER,
                            LocalDate.of(2025, 6, 1),
                            "leden-2025",
                            140,
                            null,
                            mandate(LocalDate.of(2025, 7, 1)),
                            null))
                    .expectException(failsCheck("validMandateDate"));
            fixture.given(registered(), becameCooperative())
                    .when(new RecordRepresentation(
                            ID,
                            BOARD_MEMBER,
                            LocalDate.of(2025, 6, 1),
                            "leden-2025",
                            140,
                            null,
                            new BoardMandate(
                                    LocalDate.of(2025, 5, 20), "Onderhandelen", LocalDate.of(2025, 5, 1), null),
                            null))
                    .expectException(failsCheck("boardMandate.validPeriod"));
        }
    }
}
