package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementAmended;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPaid;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAsked;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleAssigned;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleVacated;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The members of a case (milestones, agreements, funding lines, questions, breaches, facilitators, held
 * roles) each keep their own state: what happens to one leaves the others of its kind as they were. A
 * command for a member the case does not have is answered in the case's words, and the latest fact of
 * the case is what the parties recorded, whichever member it concerns.
 */
class CaseMembersTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 7);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 5);
    private static final MilestoneOwners OWNERS = new MilestoneOwners("ambtenaar-energie", "bestuurder-warm");
    private static final Set<AgreementTopic> TOPICS = Set.of(AgreementTopic.PROCESS);
    private static final List<Signatory> BOTH_SIGN = List.of(ALDERMAN_SIGNS, CHAIR_SIGNS);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- each member its own state

    @Test
    void decidingOneMilestoneLeavesTheOtherOpen() {
        fixture.given(
                        requested(),
                        granted(),
                        planned("haalbaarheid"),
                        planned("ontwerp"),
                        new MilestoneOutcomeRecorded(
                                CASE_ID, CIVIL_SERVANT, APRIL, "haalbaarheid", MilestoneResult.MET, true, null))
                .when(new RecordMilestoneOutcome(
                        CASE_ID, CIVIL_SERVANT, MAY, "ontwerp", MilestoneResult.MET, true, null))
                .expectEvents(new MilestoneOutcomeRecorded(
                        CASE_ID, CIVIL_SERVANT, MAY, "ontwerp", MilestoneResult.MET, true, null));
    }

    @Test
    void terminatingOneAgreementLeavesTheOtherInForce() {
        fixture.given(
                        requested(),
                        granted(),
                        agreementSigned("plan", AgreementKind.PLAN_OF_APPROACH, MARCH, new ValidityPeriod(MARCH, null)),
                        agreementSigned(
                                "intentie", AgreementKind.INTENT_AGREEMENT, MARCH, new ValidityPeriod(MARCH, null)),
                        new AgreementTerminated(
                                CASE_ID, ALDERMAN, APRIL, "plan", "Opgegaan in de intentieovereenkomst"))
                .when(new AmendAgreement(
                        CASE_ID, ALDERMAN, MAY, "intentie", "Looptijd verduidelijkt", TOPICS, null, BOTH_SIGN))
                .expectEvents(new AgreementAmended(
                        CASE_ID, ALDERMAN, MAY, "intentie", "Looptijd verduidelijkt", TOPICS, null, BOTH_SIGN));
    }

    @Test
    void aPaymentThatUsesUpOneFundingLineLeavesTheOtherUntouched() {
        fixture.given(
                        requested(),
                        granted(),
                        committed("proces"),
                        committed("haalbaarheid"),
                        new FundingPaid(CASE_ID, CIVIL_SERVANT, APRIL, "proces", BigDecimal.valueOf(10_000)))
                .when(new RecordFundingPayment(CASE_ID, CIVIL_SERVANT, MAY, "haalbaarheid", BigDecimal.valueOf(10_000)))
                .expectEvents(new FundingPaid(CASE_ID, CIVIL_SERVANT, MAY, "haalbaarheid", BigDecimal.valueOf(10_000)));
    }

    @Test
    void answeringOneQuestionLeavesTheOtherToBeAnswered() {
        fixture.given(requested(), granted(), asked("grond"), asked("netaansluiting"), answered("grond", APRIL))
                .when(answer("netaansluiting", MAY))
                .expectEvents(answered("netaansluiting", MAY));
    }

    @Test
    void resolvingOneBreachLeavesTheOtherToBeResolved() {
        fixture.given(
                        requested(),
                        granted(),
                        breached("tender"),
                        breached("consultatie"),
                        new ExclusivityBreachResolved(CASE_ID, ALDERMAN, APRIL, "tender", "Ingetrokken"))
                .when(new ResolveExclusivityBreach(CASE_ID, ALDERMAN, MAY, "consultatie", "Stopgezet"))
                .expectEvents(new ExclusivityBreachResolved(CASE_ID, ALDERMAN, MAY, "consultatie", "Stopgezet"));
    }

    @Test
    void handingOverOneRoleLeavesTheHolderOfAnotherInPlace() {
        fixture.given(
                        requested(),
                        granted(),
                        new RoleAssigned(CASE_ID, CIVIL_SERVANT, MARCH, CaseRole.MUNICIPAL_CONTACT, "p-anna", null),
                        new RoleAssigned(CASE_ID, BOARD_MEMBER, MARCH, CaseRole.INITIATIVE_CHAIR, "p-bram", null),
                        new RoleHandedOver(
                                CASE_ID,
                                CIVIL_SERVANT,
                                APRIL,
                                CaseRole.MUNICIPAL_CONTACT,
                                "p-anna",
                                "p-carla",
                                null,
                                HANDOVER))
                .when(new HandOverRole(CASE_ID, BOARD_MEMBER, MAY, CaseRole.INITIATIVE_CHAIR, "p-bram", null, HANDOVER))
                .expectException(violatesOn("successor-is-holder", "successorId"));
    }

    @Test
    void aVacatedRoleIsVacantUntilItIsAssignedAgain() {
        fixture.given(
                        requested(),
                        granted(),
                        new RoleAssigned(CASE_ID, CIVIL_SERVANT, MARCH, CaseRole.MUNICIPAL_CONTACT, "p-anna", null),
                        new RoleVacated(
                                CASE_ID, CIVIL_SERVANT, APRIL, CaseRole.MUNICIPAL_CONTACT, "p-anna", "Andere baan"))
                .when(new HandOverRole(
                        CASE_ID, CIVIL_SERVANT, MAY, CaseRole.MUNICIPAL_CONTACT, "p-carla", null, HANDOVER))
                .expectException(violatesOn("role-vacant", "role"));
    }

    // ---------------------------------------------------------------- the rules every command obeys come first

    @Test
    void aCommandPreparedAgainstAnOlderVersionIsStaleEvenWhenTheCaseHasSinceClosed() {
        fixture.given(requested(), granted(), stopped(APRIL))
                .when(
                        new RecordFundingPayment(CASE_ID, CIVIL_SERVANT, MAY, "nooit-toegezegd", BigDecimal.ONE),
                        Map.of(VersionedAggregate.EXPECTED_VERSION, 1L))
                .expectException(violatesOn("stale-version", "If-Match"));
    }

    @Test
    void aRecordForAMemberDatedAfterTheClosureIsRefusedForTheClosureBeforeTheMemberIsLookedFor() {
        fixture.given(requested(), granted(), stopped(APRIL))
                .when(new RecordFundingPayment(CASE_ID, CIVIL_SERVANT, MAY, "nooit-toegezegd", BigDecimal.ONE))
                .expectException(violatesOn("case-closed", "occurredOn"));
    }

    // ---------------------------------------------------------------- the latest fact, whichever member it concerns

    @Test
    void aFactRecordedAboutAMemberHoldsBackAnEarlierClosure() {
        fixture.given(requested(), granted(), asked("grond"), answered("grond", MAY))
                .when(new StopCase(CASE_ID, BOARD_MEMBER, APRIL, "Partijen lopen te ver uit elkaar"))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aDueDateThatPassedByItselfDoesNotHoldBackAClosureRecordedLate() {
        fixture.given(
                        requested(),
                        granted(),
                        planned("haalbaarheid"),
                        new MilestoneDueDatePassed(
                                CASE_ID, SystemActor.CASE_FILE, MAY, "haalbaarheid", MAY.minusDays(1)))
                .when(new StopCase(CASE_ID, BOARD_MEMBER, APRIL, "Partijen lopen te ver uit elkaar"))
                .expectEvents(
                        new CaseStopped(CASE_ID, BOARD_MEMBER, APRIL, "Partijen lopen te ver uit elkaar"),
                        // stopped before the due date passed: what time recorded after the closure is superseded
                        new DeadlineFactSuperseded(
                                CASE_ID,
                                SystemActor.CASE_FILE,
                                APRIL,
                                DeadlineKind.MILESTONE_DUE,
                                "haalbaarheid",
                                MAY.minusDays(1),
                                SupersedingFact.CASE_STOPPED));
    }

    // ---------------------------------------------------------------- every member's commands are covered

    @Test
    void everyCommandAMemberDecidesIsAnsweredInTheCasesWordsWhenTheMemberIsMissing() throws Exception {
        List<String> unanswered = new ArrayList<>();
        for (Class<?> member : membersOfTheCase()) {
            for (Method method : member.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(CommandHandler.class)) continue;
                RuntimeException refusal;
                try {
                    refusal = Member.missingFor(blank(method.getParameterTypes()[0]));
                } catch (IllegalStateException e) {
                    unanswered.add(member.getSimpleName() + "." + method.getParameterTypes()[0].getSimpleName());
                    continue;
                }
                assertThat(refusal).isInstanceOfAny(UnknownEntity.class, DomainRuleViolation.class);
            }
        }
        assertThat(unanswered)
                .as("member commands without an answer for a missing member")
                .isEmpty();
    }

    /**
     * The classes of the case's members that are found by their id, as the case declares them. A single
     * member (the latest fact, the municipal process) exists as long as the case does.
     */
    private static List<Class<?>> membersOfTheCase() {
        List<Class<?>> members = new ArrayList<>();
        for (Field field : Case.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(AggregateMember.class)
                    && field.getGenericType() instanceof ParameterizedType map) {
                members.add((Class<?>) map.getActualTypeArguments()[1]);
            }
        }
        assertThat(members)
                .contains(
                        Milestone.class,
                        Agreement.class,
                        Funding.class,
                        Question.class,
                        ExclusivityBreach.class,
                        Facilitator.class,
                        HeldRole.class);
        return members;
    }

    /** A command of the type with only its member id set ("x", or the first role), enough to name a missing member. */
    private static Object blank(Class<?> commandType) throws Exception {
        RecordComponent[] components = commandType.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            if (type == String.class) values[i] = "x";
            else if (type == CaseRole.class) values[i] = CaseRole.MUNICIPAL_CONTACT;
            else if (type == boolean.class) values[i] = false;
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return commandType.getDeclaredConstructor(types).newInstance(values);
    }

    // ---------------------------------------------------------------- test data

    private static final Handover HANDOVER = new Handover("overdrachtsnotitie", null, false);

    private static MilestonePlanned planned(String milestoneId) {
        return new MilestonePlanned(
                CASE_ID, CIVIL_SERVANT, MARCH, milestoneId, milestoneId, MAY.minusDays(1), OWNERS, null);
    }

    private static FundingCommitted committed(String fundingId) {
        return new FundingCommitted(
                CASE_ID,
                CIVIL_SERVANT,
                MARCH,
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.SUBSIDY,
                BigDecimal.valueOf(10_000),
                new FundingPeriod(MARCH, MARCH.plusYears(1)),
                null);
    }

    private static QuestionAsked asked(String questionId) {
        return new QuestionAsked(
                CASE_ID,
                BOARD_MEMBER,
                MARCH,
                questionId,
                BOARD_MEMBER,
                Party.municipality(MUNICIPALITY),
                QuestionTopic.LAND,
                "Kan het?");
    }

    private static AnswerQuestion answer(String questionId, LocalDate on) {
        return new AnswerQuestion(
                CASE_ID, ALDERMAN, on, questionId, ALDERMAN, AnswerStatus.NOW, "Kan", "mandaat", null, null);
    }

    private static QuestionAnswered answered(String questionId, LocalDate on) {
        return new QuestionAnswered(
                CASE_ID, ALDERMAN, on, questionId, ALDERMAN, AnswerStatus.NOW, "Kan", "mandaat", null, null, null);
    }

    private static ExclusivityBreached breached(String breachId) {
        return new ExclusivityBreached(
                CASE_ID, CIVIL_SERVANT, MARCH, breachId, Party.municipality(MUNICIPALITY), "Aanbesteding", "TenderNed");
    }
}
