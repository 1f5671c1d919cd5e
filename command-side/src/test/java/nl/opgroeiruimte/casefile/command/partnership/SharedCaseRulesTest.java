package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.junit.jupiter.api.Named.named;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignIntentAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.EndFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RefuseFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordGovernmentRoles;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordMarketApproach;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordNeighbourhoods;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AskQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.FollowUpQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.WithdrawQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.VacateRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MaturityDeclared;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ResumeCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ClarifyTheme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordJointStory;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every command on an existing case obeys: when it happened, who did it, whether the case is still
 * open for it, and whether it was prepared against the current version.
 */
class SharedCaseRulesTest {

    private static final LocalDate STOPPED_ON = LocalDate.of(2025, 5, 1);
    private static final LocalDate AFTER_CLOSURE = STOPPED_ON.plusDays(1);
    private static final LocalDate BEFORE_CLOSURE = LocalDate.of(2025, 4, 22);
    private static final List<Attendee> BOTH_SIDES = List.of(
            new Attendee("ambtenaar-energie", Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT),
            new Attendee("bestuurder-warm", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER));

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- when it happened

    @Test
    void somethingThatHappenedTodayIsRecorded() {
        fixture.given(requested(), granted())
                .when(meeting(CIVIL_SERVANT, TODAY))
                .expectEvents(met(CIVIL_SERVANT, TODAY));
    }

    @Test
    void somethingDatedInTheFutureIsRefused() {
        fixture.given(requested(), granted())
                .when(meeting(CIVIL_SERVANT, TODAY.plusDays(1)))
                .expectException(violatesOn("occurred-in-future", "occurredOn"));
    }

    @Test
    void somethingThatHappenedOnTheDayOfTheRequestIsRecorded() {
        fixture.given(requested())
                .when(meeting(CIVIL_SERVANT, REQUESTED_ON))
                .expectEvents(met(CIVIL_SERVANT, REQUESTED_ON));
    }

    @Test
    void somethingDatedBeforeTheRequestIsRefused() {
        fixture.given(requested())
                .when(meeting(CIVIL_SERVANT, REQUESTED_ON.minusDays(1)))
                .expectException(violatesOn("occurred-before-request", "occurredOn"));
    }

    // ---------------------------------------------------------------- who did it

    @Test
    void someoneActingForTheInitiativeIsAPartyToTheCase() {
        fixture.given(requested())
                .when(meeting(BOARD_MEMBER, REQUESTED_ON))
                .expectEvents(met(BOARD_MEMBER, REQUESTED_ON));
    }

    @Test
    void someoneActingForAnotherMunicipalityIsNotAPartyToTheCase() {
        fixture.given(requested())
                .when(meeting(CIVIL_SERVANT_OF_ZUTPHEN, REQUESTED_ON))
                .expectException(violatesOn("party-not-in-case", "actor.party"));
    }

    @Test
    void someoneActingForAnotherInitiativeIsNotAPartyToTheCase() {
        Actor otherInitiative =
                new Actor("bestuurder-elders", Party.initiative("warm-diezerpoort"), ActorRole.BOARD_MEMBER);
        fixture.given(requested())
                .when(meeting(otherInitiative, REQUESTED_ON))
                .expectException(violates("party-not-in-case"));
    }

    @Test
    void anExternalFacilitatorActsInTheCase() {
        fixture.given(requested())
                .when(meeting(FACILITATOR, REQUESTED_ON))
                .expectEvents(met(FACILITATOR, REQUESTED_ON));
    }

    @Test
    void anExternalOrganisationActsInTheCaseOnlyAsFacilitator() {
        Actor provincialProjectLead =
                new Actor("projectleider-provincie", Party.external("Provincie Overijssel"), ActorRole.PROJECT_LEAD);
        fixture.given(requested())
                .when(meeting(provincialProjectLead, REQUESTED_ON))
                .expectException(violatesOn("party-not-in-case", "actor.party"));
    }

    // ---------------------------------------------------------------- a closed case

    @Test
    void aLateRecordDatedBeforeTheStopIsStillAccepted() {
        fixture.given(requested(), granted(), stopped(STOPPED_ON))
                .when(meeting(CIVIL_SERVANT, BEFORE_CLOSURE))
                .expectEvents(met(CIVIL_SERVANT, BEFORE_CLOSURE));
    }

    @Test
    void aLateRecordOfTheDayTheCaseStoppedIsStillAccepted() {
        fixture.given(requested(), granted(), stopped(STOPPED_ON))
                .when(meeting(CIVIL_SERVANT, STOPPED_ON))
                .expectEvents(met(CIVIL_SERVANT, STOPPED_ON));
    }

    @Test
    void aLateMilestoneOutcomeDatedBeforeMaturityIsStillAccepted() {
        LocalDate matureOn = LocalDate.of(2025, 6, 2);
        LocalDate decidedOn = LocalDate.of(2025, 5, 15);
        fixture.given(
                        requested(),
                        granted(),
                        new MilestonePlanned(
                                CASE_ID,
                                CIVIL_SERVANT,
                                LocalDate.of(2025, 3, 3),
                                "m1",
                                "Haalbaarheidsstudie",
                                decidedOn,
                                new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                                new Guarantee("Planontwikkeling", List.of())),
                        agreementSigned(
                                "sok",
                                AgreementKind.COOPERATION_AGREEMENT,
                                LocalDate.of(2025, 5, 12),
                                new ValidityPeriod(LocalDate.of(2025, 5, 12), null)),
                        new MaturityDeclared(CASE_ID, ALDERMAN, matureOn, "Samenwerkingsovereenkomst getekend"))
                .when(new RecordMilestoneOutcome(
                        CASE_ID, BOARD_MEMBER, decidedOn, "m1", MilestoneResult.MET, true, null))
                .expectEvents(new MilestoneOutcomeRecorded(
                        CASE_ID, BOARD_MEMBER, decidedOn, "m1", MilestoneResult.MET, true, null));
    }

    @Test
    void nothingHappensInAMatureCaseAfterItsMaturity() {
        LocalDate matureOn = LocalDate.of(2025, 6, 2);
        fixture.given(
                        requested(),
                        granted(),
                        new MaturityDeclared(CASE_ID, ALDERMAN, matureOn, "Samenwerkingsovereenkomst getekend"))
                .when(meeting(CIVIL_SERVANT, matureOn.plusDays(1)))
                .expectException(violatesOn("case-closed", "occurredOn"));
    }

    @Test
    void aMatureCaseIsNotStoppedAfterwards() {
        LocalDate matureOn = LocalDate.of(2025, 6, 2);
        fixture.given(
                        requested(),
                        granted(),
                        new MaturityDeclared(CASE_ID, ALDERMAN, matureOn, "Samenwerkingsovereenkomst getekend"))
                .when(new StopCase(CASE_ID, BOARD_MEMBER, TODAY, "Toch gestopt"))
                .expectException(violates("case-closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRecordDatedAfterClosure")
    void nothingIsRecordedAsHappeningAfterTheCaseWasStopped(Object record) {
        fixture.given(requested(), granted(), stopped(STOPPED_ON))
                .when(record)
                .expectException(violatesOn("case-closed", "occurredOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTrackCommandBackDatedBeforeClosure")
    void aStoppedTrackIsNotReopenedByBackDating(Object trackCommand) {
        fixture.given(requested(), granted(), paused(LocalDate.of(2025, 3, 3)), stopped(STOPPED_ON))
                .when(trackCommand)
                .expectException(violates("case-closed"));
    }

    // ---------------------------------------------------------------- version

    @Test
    void aCommandPreparedAgainstTheCurrentVersionIsAccepted() {
        fixture.given(requested(), granted())
                .when(pause(), Map.of(VersionedAggregate.EXPECTED_VERSION, 1L))
                .expectEvents(new CasePaused(CASE_ID, CIVIL_SERVANT, BEFORE_CLOSURE, "Verkiezingen"));
    }

    @Test
    void aCommandPreparedAgainstAnOlderVersionIsRefusedAsStale() {
        fixture.given(requested(), granted())
                .when(pause(), Map.of(VersionedAggregate.EXPECTED_VERSION, 0L))
                .expectException(Matchers.allOf(
                        Matchers.instanceOf(VersionedAggregate.StaleVersion.class),
                        violatesOn("stale-version", "If-Match")));
    }

    @Test
    void aCommandAnswersWithTheVersionItProduced() {
        fixture.given(requested(), granted()).when(pause()).expectResultMessagePayload(2L);
    }

    // ---------------------------------------------------------------- test data

    private static RecordMeeting meeting(Actor actor, LocalDate on) {
        return new RecordMeeting(
                CASE_ID, actor, on, "overleg-" + on, MeetingKind.MEETING, BOTH_SIDES, List.of("voortgang"), null, null);
    }

    private static MeetingRecorded met(Actor actor, LocalDate on) {
        return new MeetingRecorded(
                CASE_ID, actor, on, "overleg-" + on, MeetingKind.MEETING, BOTH_SIDES, List.of("voortgang"), null, null);
    }

    private static PauseCase pause() {
        return new PauseCase(CASE_ID, CIVIL_SERVANT, BEFORE_CLOSURE, "Verkiezingen");
    }

    /** One command of every kind that records something in the case, each dated the day after it was stopped. */
    static Stream<Named<Object>> everyRecordDatedAfterClosure() {
        LocalDate on = AFTER_CLOSURE;
        Actor by = CIVIL_SERVANT;
        ValidityPeriod validity = new ValidityPeriod(on, null);
        Set<AgreementTopic> topics = Set.of(AgreementTopic.PROCESS);
        return Stream.of(
                        new AppointFacilitator(CASE_ID, by, on, "procesbegeleider", "Duneworks"),
                        new ReleaseFacilitator(CASE_ID, by, on, "procesbegeleider", null),
                        new AssignRole(CASE_ID, by, on, CaseRole.MUNICIPAL_CONTACT, "opvolger", null),
                        new VacateRole(CASE_ID, by, on, CaseRole.MUNICIPAL_CONTACT, "Andere baan"),
                        new HandOverRole(
                                CASE_ID,
                                by,
                                on,
                                CaseRole.MUNICIPAL_CONTACT,
                                "opvolger",
                                null,
                                new Handover("notitie", null, false)),
                        new RecordMilestone(
                                CASE_ID,
                                by,
                                on,
                                "m1",
                                "Mijlpaal",
                                on,
                                new MilestoneOwners("a", "b"),
                                new Guarantee("vervolg", List.of())),
                        new RecordMilestoneOutcome(CASE_ID, by, on, "m1", MilestoneResult.MET, true, null),
                        new RescheduleMilestone(CASE_ID, by, on, "m1", on.plusDays(30), "Later"),
                        new BreachExclusivity(
                                CASE_ID, by, on, "b1", Party.municipality(MUNICIPALITY), "Aanbesteding", "TenderNed"),
                        new ResolveExclusivityBreach(CASE_ID, by, on, "b1", "Ingetrokken"),
                        new SignAgreement(
                                CASE_ID,
                                by,
                                on,
                                "a1",
                                AgreementKind.PLAN_OF_APPROACH,
                                "Plan",
                                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS),
                                validity,
                                topics,
                                null,
                                null),
                        new SignIntentAgreement(
                                CASE_ID,
                                by,
                                on,
                                "a1",
                                "Intentie",
                                List.of(ALDERMAN_SIGNS, CHAIR_SIGNS),
                                validity,
                                topics,
                                null,
                                null),
                        new AmendAgreement(
                                CASE_ID, by, on, "a1", "Wijziging", topics, null, List.of(ALDERMAN_SIGNS, CHAIR_SIGNS)),
                        new RenewAgreement(
                                CASE_ID, by, on, "a1", on.plusYears(1), null, List.of(ALDERMAN_SIGNS, CHAIR_SIGNS)),
                        new TerminateAgreement(CASE_ID, by, on, "a1", "Beëindigd"),
                        new RecordDoenWork(CASE_ID, by, on, DoenPart.STEP_BY_STEP, "Werk"),
                        new ClarifyTheme(CASE_ID, by, on, Theme.FINANCING, ThemeStatus.OPEN, List.of()),
                        new RecordJointStory(CASE_ID, by, on, "Verhaal", null),
                        new RecordMeeting(
                                CASE_ID, by, on, "overleg-na", MeetingKind.MEETING, BOTH_SIDES, List.of(), null, null),
                        new RecordDecision(CASE_ID, by, on, "d1", DecisionBody.COLLEGE, "Onderwerp", "Besluit", null),
                        new CommitFunding(
                                CASE_ID,
                                by,
                                on,
                                "f1",
                                FundingSource.MUNICIPAL,
                                FundingInstrument.SUBSIDY,
                                BigDecimal.TEN,
                                new FundingPeriod(on, on.plusYears(1)),
                                null),
                        new RecordFundingPayment(CASE_ID, by, on, "f1", BigDecimal.ONE),
                        new EndFunding(CASE_ID, by, on, "f1", "Op"),
                        new RefuseFunding(
                                CASE_ID,
                                by,
                                on,
                                "f2",
                                FundingSource.NATIONAL,
                                FundingInstrument.SUBSIDY,
                                BigDecimal.TEN,
                                "Nee"),
                        new AskQuestion(CASE_ID, by, on, "q1", BOARD_MEMBER, QuestionTopic.PERMIT, "Vergunning?"),
                        new AnswerQuestion(
                                CASE_ID, by, on, "q1", ALDERMAN, AnswerStatus.NOW, "Kan", "mandaat", null, null),
                        new FollowUpQuestion(CASE_ID, by, on, "q1", "Nagevraagd"),
                        new WithdrawQuestion(CASE_ID, by, on, "q1", "Niet meer nodig"),
                        new RecordProcessPhase(CASE_ID, by, on, ProcessPhase.AFTERCARE, null),
                        new RecordGovernmentRoles(CASE_ID, by, on, Set.of(GovernmentRole.NETWORKING), null),
                        new RecordRoute(CASE_ID, by, on, CooperationRoute.SUBSIDY, "besluit", null),
                        new RecordMarketApproach(
                                CASE_ID,
                                by,
                                on,
                                "mc1",
                                MarketApproachKind.MARKET_CONSULTATION,
                                "Marktconsultatie",
                                null,
                                true),
                        new RecordNeighbourhoods(
                                CASE_ID, by, on, List.of(new Neighbourhood("BU01930101", "Assendorp"))))
                .map(command -> named(command.getClass().getSimpleName(), command));
    }

    /** Every command that moves the track, dated before the case stopped, as if to reopen it by back-dating. */
    static Stream<Named<Object>> everyTrackCommandBackDatedBeforeClosure() {
        LocalDate on = BEFORE_CLOSURE;
        return Stream.of(
                        new GrantOpgroeiruimte(
                                CASE_ID, ALDERMAN, on, bothPreconditions(), exclusivity(on, EXCLUSIVITY_UNTIL)),
                        new PauseCase(CASE_ID, CIVIL_SERVANT, on, "Verkiezingen"),
                        new ResumeCase(CASE_ID, CIVIL_SERVANT, on, null),
                        new DeclareMaturity(CASE_ID, ALDERMAN, on, "Volwassen"),
                        new StopCase(CASE_ID, BOARD_MEMBER, on, "Nogmaals gestopt"))
                .map(command -> named(command.getClass().getSimpleName(), command));
    }
}
