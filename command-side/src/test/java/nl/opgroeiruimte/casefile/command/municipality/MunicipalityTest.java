package nl.opgroeiruimte.casefile.command.municipality;

import static nl.opgroeiruimte.casefile.command.support.Refusals.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.*;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Zwolle (GM0193) as its partnerships feel it: registered, the 2022 and 2026 elections, the colleges that
 * followed them, an alderman who left, and the policy that anchors opgroeiruimte. Looked at on 15 June 2026.
 */
class MunicipalityTest {
    static final String ZWOLLE = "GM0193";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Actor CIVIL_SERVANT =
            new Actor("ambtenaar-energie", Party.municipality(ZWOLLE), ActorRole.CIVIL_SERVANT);
    static final Actor CIVIL_SERVANT_OF_ZUTPHEN =
            new Actor("ambtenaar-zutphen", Party.municipality("GM0301"), ActorRole.CIVIL_SERVANT);
    static final Actor BOARD_MEMBER =
            new Actor("bestuurder-warm", Party.initiative("warm-assendorp"), ActorRole.BOARD_MEMBER);
    static final LocalDate REGISTERED_ON = LocalDate.of(2025, 1, 6);

    static final CollegeMember MAYOR = new CollegeMember("burgemeester", List.of("openbare orde en veiligheid"), null);
    static final CollegeMember ENERGY =
            new CollegeMember("wethouder-energie", List.of("energietransitie", "duurzaamheid"), "GroenLinks");
    static final CollegeMember FINANCE = new CollegeMember("wethouder-financien", List.of("financiën"), "VVD");
    static final CollegeMember SUCCESSOR =
            new CollegeMember("wethouder-opvolger", List.of("energietransitie"), "GroenLinks");

    static final LocalDate COLLEGE_2022 = LocalDate.of(2022, 6, 1);
    static final LocalDate COLLEGE_2026 = LocalDate.of(2026, 5, 20);

    private FixtureConfiguration<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    static MunicipalityRegistered registered() {
        return new MunicipalityRegistered(ZWOLLE, CIVIL_SERVANT, REGISTERED_ON, "Zwolle");
    }

    static CollegeInstalled installed(String collegeId, LocalDate on) {
        return new CollegeInstalled(ZWOLLE, CIVIL_SERVANT, on, collegeId, MAYOR, List.of(ENERGY, FINANCE));
    }

    static RecordAldermanDeparture departure(String collegeId, String personId, LocalDate on, CollegeMember successor) {
        return new RecordAldermanDeparture(
                ZWOLLE,
                CIVIL_SERVANT,
                on,
                collegeId,
                personId,
                DepartureReason.RESIGNED,
                "Stapt over naar de provincie",
                successor);
    }

    @Nested
    class Registration {
        @Test
        void aMunicipalityIsRegisteredUnderItsCbsCodeWithTheNameFromTheReferenceList() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality(ZWOLLE, CIVIL_SERVANT, REGISTERED_ON))
                    .expectEvents(registered());
        }

        @Test
        void aMunicipalityThatMergedAwayIsNotRegisteredForADayAfterItsReorganisation() {
            Actor weesp = new Actor("ambtenaar-weesp", Party.municipality("GM0457"), ActorRole.CIVIL_SERVANT);
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality("GM0457", weesp, REGISTERED_ON))
                    .expectException(violatesOn("municipality-did-not-exist-then", "occurredOn"));
        }

        @Test
        void aMunicipalityThatMergedAwayLaterIsRegisteredForADayBeforeToEnterItsHistory() {
            Actor weesp = new Actor("ambtenaar-weesp", Party.municipality("GM0457"), ActorRole.CIVIL_SERVANT);
            LocalDate before = LocalDate.of(2021, 5, 1);
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality("GM0457", weesp, before))
                    .expectEvents(new MunicipalityRegistered("GM0457", weesp, before, "Weesp"));
        }

        @Test
        void aCodeNotOnTheReferenceListIsRefused() {
            Actor nowhere = new Actor("ambtenaar", Party.municipality("GM9999"), ActorRole.CIVIL_SERVANT);
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality("GM9999", nowhere, REGISTERED_ON))
                    .expectException(violatesOn("not-a-current-municipality", "cbsCode"));
        }

        @Test
        void aCivilServantOfAnotherMunicipalityDoesNotRegisterThisOne() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality(ZWOLLE, CIVIL_SERVANT_OF_ZUTPHEN, REGISTERED_ON))
                    .expectException(violatesOn("party-of-other-municipality", "actor.party"));
        }

        @Test
        void anInitiativeMayRegisterTheMunicipalityItWorksWith() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality(ZWOLLE, BOARD_MEMBER, REGISTERED_ON))
                    .expectEvents(new MunicipalityRegistered(ZWOLLE, BOARD_MEMBER, REGISTERED_ON, "Zwolle"));
        }

        @Test
        void aRegistrationDatedInTheFutureIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality(ZWOLLE, CIVIL_SERVANT, TODAY.plusDays(1)))
                    .expectException(violatesOn("occurred-in-future", "occurredOn"));
        }

        @Test
        void nothingIsRecordedForAMunicipalityThatWasNeverRegistered() {
            fixture.givenNoPriorActivity()
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, LocalDate.of(2026, 3, 20), null, null))
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class Elections {
        @Test
        void anElectionWithoutADateTookPlaceOnTheLatestNationalElectionDay() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, LocalDate.of(2026, 3, 20), null, null))
                    .expectEvents(new MunicipalElectionRecorded(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            LocalDate.of(2026, 3, 20),
                            LocalDate.of(2026, 3, 18),
                            true,
                            List.of()));
        }

        @Test
        void anElectionIsRecordedWithTheSeatsEachPartyWon() {
            List<SeatsWon> seats = List.of(
                    new SeatsWon("GroenLinks", 9),
                    new SeatsWon("VVD", 7),
                    new SeatsWon("D66", 6),
                    new SeatsWon("Overige", 17));
            fixture.given(registered())
                    .when(new RecordMunicipalElection(
                            ZWOLLE, CIVIL_SERVANT, LocalDate.of(2022, 3, 18), LocalDate.of(2022, 3, 16), seats))
                    .expectEvents(new MunicipalElectionRecorded(
                            ZWOLLE, CIVIL_SERVANT, LocalDate.of(2022, 3, 18), LocalDate.of(2022, 3, 16), true, seats));
        }

        @Test
        void anElectionOnAnotherDayIsNoNationalElection() {
            LocalDate reorganisation = LocalDate.of(2022, 11, 23);
            fixture.given(registered())
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, reorganisation, reorganisation, List.of()))
                    .expectEvents(new MunicipalElectionRecorded(
                            ZWOLLE, CIVIL_SERVANT, reorganisation, reorganisation, false, List.of()));
        }

        @Test
        void anElectionBeforeTheKnownNationalDaysNeedsItsDate() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, LocalDate.of(2014, 3, 20), null, null))
                    .expectException(violatesOn("election-date-required", "electionDate"));
        }

        @Test
        void anElectionIsRecordedOnce() {
            fixture.given(
                            registered(),
                            new MunicipalElectionRecorded(
                                    ZWOLLE,
                                    CIVIL_SERVANT,
                                    LocalDate.of(2026, 3, 20),
                                    LocalDate.of(2026, 3, 18),
                                    true,
                                    List.of()))
                    .when(new RecordMunicipalElection(
                            ZWOLLE, BOARD_MEMBER, LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 18), null))
                    .expectException(violatesOn("election-already-recorded", "electionDate"));
        }

        @Test
        void anElectionLateRecordedBeforeTheRegistrationIsAccepted() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, LocalDate.of(2018, 3, 23), null, null))
                    .expectEvents(new MunicipalElectionRecorded(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            LocalDate.of(2018, 3, 23),
                            LocalDate.of(2018, 3, 21),
                            true,
                            List.of()));
        }

        @Test
        void anElectionInTheFutureIsRefused() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(ZWOLLE, CIVIL_SERVANT, LocalDate.of(2030, 3, 20), null, null))
                    .expectException(violatesOn("occurred-in-future", "occurredOn"));
        }

        @Test
        void anotherMunicipalityDoesNotRecordThisOnesElection() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(
                            ZWOLLE, CIVIL_SERVANT_OF_ZUTPHEN, LocalDate.of(2026, 3, 20), null, null))
                    .expectException(violatesOn("party-of-other-municipality", "actor.party"));
        }
    }

    @Nested
    class Colleges {
        @Test
        void aCollegeIsInstalledWithItsMayorAndAldermen() {
            fixture.given(registered())
                    .when(new InstallCollege(
                            ZWOLLE, CIVIL_SERVANT, COLLEGE_2022, "college-2022", MAYOR, List.of(ENERGY, FINANCE)))
                    .expectEvents(installed("college-2022", COLLEGE_2022));
        }

        @Test
        void aCollegeIdIsUsedOnce() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(new InstallCollege(
                            ZWOLLE, CIVIL_SERVANT, COLLEGE_2026, "college-2022", MAYOR, List.of(ENERGY)))
                    .expectException(violatesOn("already-recorded", "collegeId"));
        }

        @Test
        void twoCollegesAreNotInstalledOnTheSameDay() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(new InstallCollege(
                            ZWOLLE, CIVIL_SERVANT, COLLEGE_2022, "college-bis", MAYOR, List.of(ENERGY)))
                    .expectException(violatesOn("college-already-installed-that-day", "occurredOn"));
        }

        @Test
        void anAldermanLeavesAndASuccessorJoinsTheSameDay() {
            LocalDate leaves = LocalDate.of(2024, 2, 1);
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-energie", leaves, SUCCESSOR))
                    .expectEvents(new AldermanDeparted(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            leaves,
                            "college-2022",
                            "wethouder-energie",
                            DepartureReason.RESIGNED,
                            "Stapt over naar de provincie",
                            SUCCESSOR));
        }

        @Test
        void anAldermanMayLeaveWithoutSuccessor() {
            LocalDate leaves = LocalDate.of(2024, 2, 1);
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-financien", leaves, null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aDepartureFromAnUnknownCollegeIsNotFound() {
            fixture.given(registered())
                    .when(departure("college-1999", "wethouder-energie", LocalDate.of(2024, 2, 1), null))
                    .expectException(unknown("college", "college-1999"));
        }

        @Test
        void theMayorIsNoAldermanWhoCanLeave() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "burgemeester", LocalDate.of(2024, 2, 1), null))
                    .expectException(unknown("alderman", "burgemeester"));
        }

        @Test
        void anAldermanLeavesOnce() {
            fixture.given(
                            registered(),
                            installed("college-2022", COLLEGE_2022),
                            new AldermanDeparted(
                                    ZWOLLE,
                                    CIVIL_SERVANT,
                                    LocalDate.of(2024, 2, 1),
                                    "college-2022",
                                    "wethouder-energie",
                                    DepartureReason.RESIGNED,
                                    null,
                                    null))
                    .when(departure("college-2022", "wethouder-energie", LocalDate.of(2024, 3, 1), null))
                    .expectException(violatesOn("alderman-already-left", "personId"));
        }

        @Test
        void aSuccessorLeavesNoEarlierThanTheyJoined() {
            fixture.given(
                            registered(),
                            installed("college-2022", COLLEGE_2022),
                            new AldermanDeparted(
                                    ZWOLLE,
                                    CIVIL_SERVANT,
                                    LocalDate.of(2024, 2, 1),
                                    "college-2022",
                                    "wethouder-energie",
                                    DepartureReason.RESIGNED,
                                    null,
                                    SUCCESSOR))
                    .when(departure("college-2022", "wethouder-opvolger", LocalDate.of(2024, 1, 15), null))
                    .expectException(violatesOn("occurred-before-installation", "occurredOn"));
        }

        @Test
        void anAldermanDoesNotLeaveBeforeTheCollegeWasInstalled() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-energie", COLLEGE_2022.minusDays(1), null))
                    .expectException(violatesOn("occurred-before-installation", "occurredOn"));
        }

        @Test
        void noAldermanLeavesACollegeThatWasAlreadySucceeded() {
            fixture.given(
                            registered(),
                            installed("college-2022", COLLEGE_2022),
                            installed("college-2026", COLLEGE_2026))
                    .when(departure("college-2022", "wethouder-energie", COLLEGE_2026.plusDays(3), null))
                    .expectException(violatesOn("college-no-longer-in-office", "occurredOn"));
        }

        @Test
        void aCollegeRecordedLateDoesNotEndTheOneThatCameBefore() {
            fixture.given(
                            registered(),
                            installed("college-2026", COLLEGE_2026),
                            installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-energie", LocalDate.of(2024, 2, 1), null))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aSuccessorIsNotAlreadyInTheCollege() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-energie", LocalDate.of(2024, 2, 1), FINANCE))
                    .expectException(violatesOn("successor-already-in-college", "successor.personId"));
        }
    }

    @Nested
    class Policy {
        static AdoptPolicy adopt(String policyId, PolicyKind kind, AdoptingBody body) {
            return new AdoptPolicy(
                    ZWOLLE,
                    CIVIL_SERVANT,
                    LocalDate.of(2025, 11, 6),
                    policyId,
                    kind,
                    "Programmabegroting 2026",
                    body,
                    true,
                    new BigDecimal("250000.00"),
                    "Raadsbesluit 2025-11-06 nr. 17");
        }

        @Test
        void policyThatIncludesOpgroeiruimteAndReservesABudgetIsAdopted() {
            fixture.given(registered())
                    .when(adopt("begroting-2026", PolicyKind.BUDGET, AdoptingBody.COUNCIL))
                    .expectEvents(new PolicyAdopted(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            LocalDate.of(2025, 11, 6),
                            "begroting-2026",
                            PolicyKind.BUDGET,
                            "Programmabegroting 2026",
                            AdoptingBody.COUNCIL,
                            true,
                            new BigDecimal("250000.00"),
                            "Raadsbesluit 2025-11-06 nr. 17"));
        }

        @Test
        void theBudgetIsSetByTheCouncilNotTheCollege() {
            fixture.given(registered())
                    .when(adopt("begroting-2026", PolicyKind.BUDGET, AdoptingBody.COLLEGE))
                    .expectException(violatesOn("budget-set-by-council", "adoptedBy"));
        }

        @Test
        void aPolicyIdIsUsedOnce() {
            fixture.given(
                            registered(),
                            new PolicyAdopted(
                                    ZWOLLE,
                                    CIVIL_SERVANT,
                                    LocalDate.of(2025, 11, 6),
                                    "nota",
                                    PolicyKind.POLICY_DOCUMENT,
                                    "Nota",
                                    AdoptingBody.COLLEGE,
                                    true,
                                    null,
                                    "B&W 2025-118"))
                    .when(adopt("nota", PolicyKind.POLICY_DOCUMENT, AdoptingBody.COLLEGE))
                    .expectException(violatesOn("already-recorded", "policyId"));
        }
    }

    @Nested
    class InputChecks {
        @Test
        void theSeatsOfAPartyAreCountedOnceAndAddUpToAnOddCouncilOf9To45() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            LocalDate.of(2022, 3, 18),
                            LocalDate.of(2022, 3, 16),
                            List.of(new SeatsWon("GroenLinks", 20), new SeatsWon("VVD", 20))))
                    .expectException(failsCheck("validSeats"));
            fixture.given(registered())
                    .when(new RecordMunicipalElection(
                            ZWOLLE,
                            CIVIL_SERVANT,
                            LocalDate.of(2022, 3, 18),
                            LocalDate.of(2022, 3, 16),
                            List.of(new SeatsWon("GroenLinks", 20), new SeatsWon("groenlinks ", 19))))
                    .expectException(failsCheck("validSeats"));
        }

        @Test
        void theElectionDoesNotLieAfterItsResultWasEstablished() {
            fixture.given(registered())
                    .when(new RecordMunicipalElection(
                            ZWOLLE, CIVIL_SERVANT, LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 16), null))
                    .expectException(failsCheck("validElectionDate"));
        }

        @Test
        void nobodySitsInTheCollegeTwice() {
            fixture.given(registered())
                    .when(new InstallCollege(
                            ZWOLLE, CIVIL_SERVANT, COLLEGE_2022, "college-2022", MAYOR, List.of(ENERGY, ENERGY)))
                    .expectException(failsCheck("validMembers"));
        }

        @Test
        void aCollegeHasAtLeastOneAlderman() {
            fixture.given(registered())
                    .when(new InstallCollege(ZWOLLE, CIVIL_SERVANT, COLLEGE_2022, "college-2022", MAYOR, List.of()))
                    .expectException(failsCheck("aldermen"));
        }

        @Test
        void anAldermanDoesNotSucceedThemselves() {
            fixture.given(registered(), installed("college-2022", COLLEGE_2022))
                    .when(departure("college-2022", "wethouder-energie", LocalDate.of(2024, 2, 1), ENERGY))
                    .expectException(failsCheck("validSuccessor"));
        }

        @Test
        void aCodeThatIsNoCbsCodeIsRefusedBeforeTheReferenceListIsAsked() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterMunicipality("Zwolle", CIVIL_SERVANT, REGISTERED_ON))
                    .expectException(failsCheck("cbsCode"));
        }
    }
}
