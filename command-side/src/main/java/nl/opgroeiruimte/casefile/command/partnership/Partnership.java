package nl.opgroeiruimte.casefile.command.partnership;

import org.axonframework.messaging.MetaData;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.*;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.*;
import nl.opgroeiruimte.casefile.kernel.partnership.document.*;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.*;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.*;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.*;
import nl.opgroeiruimte.casefile.kernel.partnership.process.*;
import nl.opgroeiruimte.casefile.kernel.partnership.question.*;
import nl.opgroeiruimte.casefile.kernel.partnership.role.*;
import nl.opgroeiruimte.casefile.kernel.partnership.track.*;
import nl.opgroeiruimte.casefile.kernel.partnership.work.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One opgroeiruimte track: a municipality and an initiative growing into a partnership. Its lifecycle
 * is requested → granted ⇄ paused → mature | stopped (docs/case-lifecycle.md). Each command handler
 * checks its rules and applies an event; the event sourcing handlers only remember what later rules
 * need.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger", cache = "caseCache")
public class Partnership extends VersionedAggregate {

    enum Status { REQUESTED, GRANTED, PAUSED, MATURE, STOPPED }

    @AggregateIdentifier
    private String caseId;
    private String municipality;
    private String initiative;
    private LocalDate requestedOn;
    private Status status;
    private LocalDate grantedOn;
    private LocalDate closedOn;
    private LocalDate pausedOn;
    private LocalDate latestFactOn;
    private Exclusivity exclusivity;
    private boolean exclusivityEnded;
    private final Map<String, LocalDate> facilitators = new HashMap<>();
    private final Map<String, Milestone> milestones = new HashMap<>();
    private final Map<String, LocalDate> unresolvedBreaches = new HashMap<>();
    private final Set<String> resolvedBreaches = new HashSet<>();
    private final Map<String, Agreement> agreements = new HashMap<>();
    private final Map<String, Funding> fundings = new HashMap<>();
    private final Map<CaseRole, String> roleHolders = new HashMap<>();
    private final Map<CaseRole, LocalDate> roleHeldSince = new HashMap<>();
    private final Set<String> meetings = new HashSet<>();
    private final Set<Integer> sessionNumbers = new HashSet<>();
    private final Set<String> decisions = new HashSet<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final Map<LocalDate, Set<ProcessPhase>> phasesByDay = new HashMap<>();
    /** Per day the last set recorded; the set in force on a day is the one of the latest day on or before it. */
    private final TreeMap<LocalDate, Set<GovernmentRole>> governmentRoles = new TreeMap<>();
    private final TreeMap<LocalDate, CooperationRoute> routes = new TreeMap<>();
    private final TreeMap<LocalDate, Set<Neighbourhood>> neighbourhoods = new TreeMap<>();
    private final Set<String> marketApproaches = new HashSet<>();
    /** Per document of the case, what it is the evidence of. */
    private final Map<String, Set<DocumentLink>> documents = new HashMap<>();

    protected Partnership() {
        // for Axon: rebuilt from its events
    }

    // ---------------------------------------------------------------- the track

    @CommandHandler
    public Partnership(RequestOpgroeiruimte cmd, Clock clock, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.mayRecord(cmd.municipality(), cmd.initiative(), Set.of())) {
                throw new NotPermitted("Only the municipality or the initiative of a case can request opgroeiruimte for it");
            }
        });
        requireNotInFuture(cmd, clock);
        Party party = cmd.actor().party();
        if (!cmd.municipality().equals(party.municipality()) && !cmd.initiative().equals(party.initiative())) {
            throw PARTY_NOT_IN_CASE.violatedOn("actor.party",
                    "Opgroeiruimte is requested by the municipality or the initiative of the case, not by %s", party);
        }
        apply(new OpgroeiruimteRequested(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.municipality(),
                cmd.initiative(), cmd.scope(), cmd.motivation()));
    }

    /**
     * Rules every command on an existing case obeys: it happened in the past, not before the case was
     * requested, and it was done by someone acting for one of the case's parties.
     */
    @CommandHandlerInterceptor
    public Object checkEveryCommand(CommandMessage<?> message, InterceptorChain chain, Clock clock) throws Exception {
        // who may record in this case is checked first, so that nobody else learns anything about it
        Caller.fromMetaData(message.getMetaData()).ifPresent(caller -> {
            if (!caller.mayRecord(municipality, initiative, facilitators.keySet())) {
                throw new NotPermitted("You may not record in this case");
            }
        });
        if (message.getPayload() instanceof CaseFileCommand cmd) {
            requireNotInFuture(cmd, clock);
            if (cmd.occurredOn().isBefore(requestedOn)) {
                throw OCCURRED_BEFORE_REQUEST.violatedOn("occurredOn",
                        "%s lies before the case was requested on %s", cmd.occurredOn(), requestedOn);
            }
            requireParty("actor.party", cmd.actor().party(), cmd.actor().role() == ActorRole.FACILITATOR);
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(GrantOpgroeiruimte cmd, DeadlineManager deadlines, Clock clock) {
        requireNotClosed();
        if (status != Status.REQUESTED) {
            throw ALREADY_GRANTED.violated("Opgroeiruimte was already granted on %s", grantedOn);
        }
        if (!cmd.preconditions().bothMet()) {
            throw PRECONDITIONS_NOT_MET.violatedOn("preconditions",
                    "Opgroeiruimte is granted only when both recognise the added value of working together and both are willing to invest time and pause the usual ways of working");
        }
        if (cmd.exclusivity().from().isBefore(cmd.occurredOn())) {
            throw EXCLUSIVITY_STARTS_BEFORE_GRANT.violatedOn("exclusivity.from",
                    "Exclusivity starts when opgroeiruimte is granted (%s) or later, not on %s", cmd.occurredOn(), cmd.exclusivity().from());
        }
        apply(new OpgroeiruimteGranted(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.preconditions(), cmd.exclusivity()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.EXCLUSIVITY_ENDS, caseId, cmd.exclusivity().until());
    }

    @CommandHandler
    public void handle(PauseCase cmd) {
        requireNotClosed();
        if (status == Status.PAUSED) throw CASE_PAUSED.violated("The case is already paused");
        requireGrantedOn(cmd.occurredOn());
        apply(new CasePaused(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.reason()));
    }

    @CommandHandler
    public void handle(ResumeCase cmd) {
        requireNotClosed();
        if (status != Status.PAUSED) throw NOT_PAUSED.violated("Only a paused case can be resumed");
        requireNotBefore(cmd.occurredOn(), pausedOn, "the case was paused");
        apply(new CaseResumed(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.note()));
    }

    @CommandHandler
    public void handle(DeclareMaturity cmd) {
        requireNotClosed();
        requireActiveOn(cmd.occurredOn());
        boolean anchored = agreements.values().stream()
                .anyMatch(a -> a.kind.isStructural() && a.inForceOn(cmd.occurredOn()));
        if (!anchored) {
            throw NO_STRUCTURAL_AGREEMENT.violated(
                    "A mature partnership rests on a structural agreement in force (cooperation agreement or declaration, Green Deal, or inclusion in policy or budget)");
        }
        if (!facilitators.isEmpty()) {
            throw FACILITATOR_STILL_APPOINTED.violated("A mature partnership no longer needs its facilitator; release the facilitator first");
        }
        if (!unresolvedBreaches.isEmpty()) {
            throw UNRESOLVED_EXCLUSIVITY_BREACH.violated("Resolve the exclusivity breaches %s before declaring maturity", unresolvedBreaches.keySet());
        }
        requireNotBefore(cmd.occurredOn(), latestFactOn, "the latest recorded fact of the case");
        apply(new MaturityDeclared(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.justification()));
    }

    @CommandHandler
    public void handle(StopCase cmd) {
        requireNotClosed();
        requireNotBefore(cmd.occurredOn(), latestFactOn, "the latest recorded fact of the case");
        apply(new CaseStopped(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.reason()));
    }

    // ---------------------------------------------------------------- facilitator and roles

    @CommandHandler
    public void handle(AppointFacilitator cmd) {
        requireOpenFor(cmd.occurredOn());
        if (facilitators.containsKey(cmd.personId())) {
            throw FACILITATOR_ALREADY_APPOINTED.violatedOn("personId", "%s is already the case's facilitator", cmd.personId());
        }
        apply(new FacilitatorAppointed(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.personId(), cmd.organisation()));
    }

    @CommandHandler
    public void handle(ReleaseFacilitator cmd) {
        requireOpenFor(cmd.occurredOn());
        if (!facilitators.containsKey(cmd.personId())) throw new UnknownEntity("facilitator", cmd.personId());
        requireNotBefore(cmd.occurredOn(), facilitators.get(cmd.personId()), "the facilitator was appointed");
        apply(new FacilitatorReleased(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.personId(), cmd.reason()));
    }

    @CommandHandler
    public void handle(AssignRole cmd) {
        requireOpenFor(cmd.occurredOn());
        String holder = roleHolders.get(cmd.role());
        if (holder != null) {
            throw ROLE_HELD.violatedOn("role", "The role is held by %s; hand it over instead", holder);
        }
        apply(new RoleAssigned(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.role(), cmd.personId(), cmd.department()));
    }

    @CommandHandler
    public void handle(VacateRole cmd) {
        requireOpenFor(cmd.occurredOn());
        String holder = requireHolder(cmd.role(), cmd.occurredOn());
        apply(new RoleVacated(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.role(), holder, cmd.reason()));
    }

    @CommandHandler
    public void handle(HandOverRole cmd) {
        requireOpenFor(cmd.occurredOn());
        String holder = requireHolder(cmd.role(), cmd.occurredOn());
        if (holder.equals(cmd.successorId())) {
            throw SUCCESSOR_IS_HOLDER.violatedOn("successorId", "%s already holds the role", holder);
        }
        apply(new RoleHandedOver(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.role(), holder,
                cmd.successorId(), cmd.department(), cmd.handover()));
    }

    // ---------------------------------------------------------------- milestones

    @CommandHandler
    public void handle(RecordMilestone cmd, DeadlineManager deadlines, Clock clock) {
        requireOpenFor(cmd.occurredOn());
        requireActiveOn(cmd.occurredOn());
        requireNew("milestone", "milestoneId", cmd.milestoneId(), milestones.containsKey(cmd.milestoneId()));
        requireDueDateFrom(cmd.dueDate(), cmd.occurredOn());
        apply(new MilestonePlanned(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.milestoneId(), cmd.title(),
                cmd.dueDate(), cmd.owners(), cmd.guarantee()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.MILESTONE_DUE, cmd.milestoneId(), cmd.dueDate());
    }

    @CommandHandler
    public void handle(RecordMilestoneOutcome cmd) {
        requireOpenFor(cmd.occurredOn());
        Milestone milestone = requireUndecided(cmd.milestoneId());
        requireNotBefore(cmd.occurredOn(), milestone.plannedOn, "the milestone was planned");
        apply(new MilestoneOutcomeRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.milestoneId(),
                cmd.result(), cmd.continuationDelivered(), cmd.evaluation()));
    }

    @CommandHandler
    public void handle(RescheduleMilestone cmd, DeadlineManager deadlines, Clock clock) {
        requireOpenFor(cmd.occurredOn());
        Milestone milestone = requireUndecided(cmd.milestoneId());
        requireNotBefore(cmd.occurredOn(), milestone.plannedOn, "the milestone was planned");
        if (cmd.newDueDate().equals(milestone.dueDate)) {
            throw DUE_DATE_UNCHANGED.violatedOn("newDueDate", "The milestone is already due on %s", milestone.dueDate);
        }
        requireDueDateFrom(cmd.newDueDate(), cmd.occurredOn());
        apply(new MilestoneRescheduled(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.milestoneId(),
                milestone.dueDate, cmd.newDueDate(), cmd.reason()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.MILESTONE_DUE, cmd.milestoneId(), cmd.newDueDate());
    }

    // ---------------------------------------------------------------- exclusivity

    @CommandHandler
    public void handle(BreachExclusivity cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("exclusivity breach", "breachId", cmd.breachId(),
                unresolvedBreaches.containsKey(cmd.breachId()) || resolvedBreaches.contains(cmd.breachId()));
        if (exclusivity == null || !exclusivity.coversDay(cmd.occurredOn())) {
            throw NO_EXCLUSIVITY_IN_FORCE.violatedOn("occurredOn", "No exclusivity was in force on %s%s", cmd.occurredOn(),
                    exclusivity == null ? "" : " (it runs from %s until %s)".formatted(exclusivity.from(), exclusivity.until()));
        }
        requireParty("committedBy", cmd.committedBy(), false);
        apply(new ExclusivityBreached(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.breachId(), cmd.committedBy(),
                cmd.what(), cmd.source()));
    }

    @CommandHandler
    public void handle(ResolveExclusivityBreach cmd) {
        requireOpenFor(cmd.occurredOn());
        if (resolvedBreaches.contains(cmd.breachId())) {
            throw BREACH_ALREADY_RESOLVED.violatedOn("breachId", "Breach %s was already resolved", cmd.breachId());
        }
        LocalDate breachedOn = unresolvedBreaches.get(cmd.breachId());
        if (breachedOn == null) throw new UnknownEntity("exclusivity breach", cmd.breachId());
        requireNotBefore(cmd.occurredOn(), breachedOn, "the breach");
        apply(new ExclusivityBreachResolved(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.breachId(), cmd.resolution()));
    }

    // ---------------------------------------------------------------- agreements

    @CommandHandler
    public void handle(SignAgreement cmd, DeadlineManager deadlines, Clock clock) {
        requireOpenFor(cmd.occurredOn());
        requireNew("agreement", "agreementId", cmd.agreementId(), agreements.containsKey(cmd.agreementId()));
        requireSignatories(cmd.kind(), cmd.signatories());
        apply(new AgreementSigned(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.agreementId(), cmd.kind(),
                cmd.title(), cmd.signatories(), cmd.validity(), cmd.topics(), cmd.documentReference(), cmd.summary()));
        if (cmd.validity().until() != null) {
            TimeLimits.schedule(deadlines, clock, TimeLimits.AGREEMENT_EXPIRES, cmd.agreementId(), cmd.validity().until());
        }
    }

    @CommandHandler
    public void handle(SignIntentAgreement cmd, DeadlineManager deadlines, Clock clock) {
        handle(cmd.asSignAgreement(), deadlines, clock);
    }

    @CommandHandler
    public void handle(AmendAgreement cmd) {
        requireOpenFor(cmd.occurredOn());
        Agreement agreement = requireInForce(cmd.agreementId(), cmd.occurredOn());
        requireSignatories(agreement.kind, cmd.signatories());
        apply(new AgreementAmended(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.agreementId(), cmd.changes(),
                cmd.topics(), cmd.documentReference(), cmd.signatories()));
    }

    @CommandHandler
    public void handle(RenewAgreement cmd, DeadlineManager deadlines, Clock clock) {
        requireOpenFor(cmd.occurredOn());
        Agreement agreement = requireInForce(cmd.agreementId(), cmd.occurredOn());
        LocalDate until = agreement.validity.until();
        if (until == null || !cmd.newUntil().isAfter(until)) {
            throw RENEWAL_NOT_LATER.violatedOn("newUntil", until == null
                    ? "The agreement has no end date, so there is nothing to renew"
                    : "A renewal extends the agreement beyond its current end, %s".formatted(until));
        }
        requireSignatories(agreement.kind, cmd.signatories());
        apply(new AgreementRenewed(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.agreementId(), until,
                cmd.newUntil(), cmd.documentReference(), cmd.signatories()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.AGREEMENT_EXPIRES, cmd.agreementId(), cmd.newUntil());
    }

    @CommandHandler
    public void handle(TerminateAgreement cmd) {
        requireOpenFor(cmd.occurredOn());
        requireInForce(cmd.agreementId(), cmd.occurredOn());
        apply(new AgreementTerminated(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.agreementId(), cmd.reason()));
    }

    // ---------------------------------------------------------------- DOEN, VERHELDEREN, joint story

    @CommandHandler
    public void handle(RecordDoenWork cmd) {
        requireOpenFor(cmd.occurredOn());
        requireActiveOn(cmd.occurredOn());
        apply(new DoenWorkRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.part(), cmd.description()));
    }

    @CommandHandler
    public void handle(ClarifyTheme cmd) {
        requireOpenFor(cmd.occurredOn());
        requireGrantedOn(cmd.occurredOn());
        apply(new ThemeClarified(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.theme(), cmd.status(), cmd.agreementsMade()));
    }

    @CommandHandler
    public void handle(RecordJointStory cmd) {
        requireOpenFor(cmd.occurredOn());
        requireGrantedOn(cmd.occurredOn());
        apply(new JointStoryRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.story(), cmd.documentReference()));
    }

    // ---------------------------------------------------------------- meetings and decisions

    @CommandHandler
    public void handle(RecordMeeting cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("meeting", "meetingId", cmd.meetingId(), meetings.contains(cmd.meetingId()));
        if (cmd.kind() == MeetingKind.GUIDED_SESSION) {
            if (cmd.sessionNumber() == null) {
                throw SESSION_NUMBER_REQUIRED.violatedOn("sessionNumber", "A guided session carries its session number");
            }
            if (sessionNumbers.contains(cmd.sessionNumber())) {
                throw SESSION_ALREADY_RECORDED.violatedOn("sessionNumber", "Guided session %d is already recorded", cmd.sessionNumber());
            }
        } else if (cmd.sessionNumber() != null) {
            throw SESSION_NUMBER_ONLY_FOR_GUIDED_SESSIONS.violatedOn("sessionNumber", "Only guided sessions are numbered");
        }
        for (int i = 0; i < cmd.attendees().size(); i++) {
            requireParty("attendees[" + i + "].party", cmd.attendees().get(i).party(), true);
        }
        apply(new MeetingRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.meetingId(), cmd.kind(),
                cmd.attendees(), cmd.topics(), cmd.sessionNumber(), cmd.summary()));
    }

    @CommandHandler
    public void handle(RecordDecision cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("decision", "decisionId", cmd.decisionId(), decisions.contains(cmd.decisionId()));
        apply(new DecisionRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.decisionId(), cmd.body(),
                cmd.subject(), cmd.decision(), cmd.documentReference()));
    }

    // ---------------------------------------------------------------- funding

    @CommandHandler
    public void handle(CommitFunding cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("funding", "fundingId", cmd.fundingId(), fundings.containsKey(cmd.fundingId()));
        apply(new FundingCommitted(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.fundingId(), cmd.source(),
                cmd.instrument(), cmd.amountInEuros(), cmd.period(), cmd.decisionReference()));
    }

    @CommandHandler
    public void handle(RecordFundingPayment cmd) {
        requireOpenFor(cmd.occurredOn());
        Funding funding = requireActiveFunding(cmd.fundingId(), cmd.occurredOn());
        if (cmd.amountInEuros().compareTo(funding.remaining()) > 0) {
            throw PAYMENT_EXCEEDS_COMMITMENT.violatedOn("amountInEuros",
                    "Only € %s of the committed € %s remains to be paid", funding.remaining().toPlainString(), funding.committed.toPlainString());
        }
        apply(new FundingPaid(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.fundingId(), cmd.amountInEuros()));
    }

    @CommandHandler
    public void handle(EndFunding cmd) {
        requireOpenFor(cmd.occurredOn());
        requireActiveFunding(cmd.fundingId(), cmd.occurredOn());
        apply(new FundingEnded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.fundingId(), cmd.reason()));
    }

    @CommandHandler
    public void handle(RefuseFunding cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("funding", "fundingId", cmd.fundingId(), fundings.containsKey(cmd.fundingId()));
        apply(new FundingRefused(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.fundingId(), cmd.source(),
                cmd.instrument(), cmd.amountInEuros(), cmd.reason()));
    }

    // ---------------------------------------------------------------- questions and answers (002: now, later or never)

    @CommandHandler
    public void handle(AskQuestion cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("question", "questionId", cmd.questionId(), questions.containsKey(cmd.questionId()));
        Party asking = cmd.askedBy().party();
        requireParty("askedBy.party", asking, false);
        Party addressedTo = asking.representsMunicipality() ? Party.initiative(initiative) : Party.municipality(municipality);
        apply(new QuestionAsked(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.questionId(), cmd.askedBy(), addressedTo,
                cmd.topic(), cmd.question()));
    }

    @CommandHandler
    public void handle(AnswerQuestion cmd) {
        requireOpenFor(cmd.occurredOn());
        Question question = requireNotWithdrawn(cmd.questionId());
        if (question.settled()) {
            throw QUESTION_ALREADY_ANSWERED.violatedOn("questionId",
                    "Question %s was already answered '%s'; only a 'later' is answered again", cmd.questionId(), question.status);
        }
        requireNotBefore(cmd.occurredOn(), question.latestStepOn, question.status == null
                ? "the question was asked" : "the latest answer or follow-up of the question");
        Party answering = cmd.answeredBy().party();
        requireParty("answeredBy.party", answering, false);
        if (answering.representsMunicipality() == question.askedByMunicipality) {
            throw ANSWERED_BY_ASKING_PARTY.violatedOn("answeredBy.party",
                    "Question %s was asked by the %s; it is answered by the party it was put to, the %s",
                    cmd.questionId(), sideOf(question.askedByMunicipality), sideOf(!question.askedByMunicipality));
        }
        if (cmd.expectedOn() != null && cmd.expectedOn().isBefore(cmd.occurredOn())) {
            throw EXPECTED_MOMENT_BEFORE_ANSWER.violatedOn("expectedOn",
                    "A 'later' expected on %s lies before the day of the answer, %s", cmd.expectedOn(), cmd.occurredOn());
        }
        apply(new QuestionAnswered(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.questionId(), cmd.answeredBy(), cmd.status(),
                cmd.considerations(), cmd.mandate(), cmd.expectedOn(), cmd.condition(), question.status));
    }

    @CommandHandler
    public void handle(FollowUpQuestion cmd) {
        requireOpenFor(cmd.occurredOn());
        Question question = requireNotWithdrawn(cmd.questionId());
        if (question.status != AnswerStatus.LATER) {
            throw ANSWER_NOT_LATER.violatedOn("questionId", question.status == null
                    ? "Question %s has no answer yet; only a 'later' is followed up".formatted(cmd.questionId())
                    : "Question %s was answered '%s'; only a 'later' is followed up".formatted(cmd.questionId(), question.status));
        }
        requireNotBefore(cmd.occurredOn(), question.latestStepOn, "the latest answer or follow-up of the question");
        apply(new QuestionFollowedUp(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.questionId(), cmd.note()));
    }

    @CommandHandler
    public void handle(WithdrawQuestion cmd) {
        requireOpenFor(cmd.occurredOn());
        Question question = requireNotWithdrawn(cmd.questionId());
        if (question.settled()) {
            throw QUESTION_ALREADY_ANSWERED.violatedOn("questionId",
                    "Question %s was already answered '%s'; there is nothing left to withdraw", cmd.questionId(), question.status);
        }
        requireNotBefore(cmd.occurredOn(), question.latestStepOn, question.status == null
                ? "the question was asked" : "the latest answer or follow-up of the question");
        Party party = cmd.actor().party();
        boolean answeringSide = question.askedByMunicipality ? party.representsInitiative() : party.representsMunicipality();
        if (answeringSide) {
            throw WITHDRAWN_BY_ANSWERING_PARTY.violatedOn("actor.party",
                    "Question %s was put to the %s by the %s; only the side that asked it withdraws it",
                    cmd.questionId(), sideOf(!question.askedByMunicipality), sideOf(question.askedByMunicipality));
        }
        apply(new QuestionWithdrawn(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.questionId(), cmd.reason()));
    }

    // ---------------------------------------------------------------- the municipal process: phase, roles, route, market, neighbourhoods

    @CommandHandler
    public void handle(RecordProcessPhase cmd) {
        requireOpenFor(cmd.occurredOn());
        if (phasesByDay.getOrDefault(cmd.occurredOn(), Set.of()).contains(cmd.phase())) {
            throw PHASE_ALREADY_RECORDED.violatedOn("phase", "Phase %s is already recorded for %s", cmd.phase(), cmd.occurredOn());
        }
        apply(new ProcessPhaseRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.phase(), cmd.note()));
    }

    @CommandHandler
    public void handle(RecordGovernmentRoles cmd) {
        requireOpenFor(cmd.occurredOn());
        if (!municipality.equals(cmd.actor().party().municipality())) {
            throw GOVERNMENT_ROLES_NEED_MUNICIPALITY.violatedOn("actor.party",
                    "The government roles are the municipality's own stance; they are recorded by someone acting for municipality %s", municipality);
        }
        if (Set.copyOf(cmd.roles()).equals(inForceOn(governmentRoles, cmd.occurredOn()))) {
            throw GOVERNMENT_ROLES_UNCHANGED.violatedOn("roles", "On %s the municipality already takes the roles %s", cmd.occurredOn(), cmd.roles());
        }
        apply(new GovernmentRolesRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.roles(), cmd.considerations()));
    }

    @CommandHandler
    public void handle(RecordRoute cmd) {
        requireOpenFor(cmd.occurredOn());
        if (cmd.route() == inForceOn(routes, cmd.occurredOn())) {
            throw ROUTE_UNCHANGED.violatedOn("route", "On %s the cooperation already takes the route %s", cmd.occurredOn(), cmd.route());
        }
        apply(new RouteRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.route(), cmd.decisionReference(), cmd.explanation()));
    }

    /**
     * A tender or market consultation on the case's scope while the exclusivity runs is exactly what the
     * exclusivity rules out (000 §3.1, 001), so it is never recorded as if it were not: the user either
     * records it as the breach it is, in the same command, or is told why it is refused.
     */
    @CommandHandler
    public void handle(RecordMarketApproach cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("market approach", "approachId", cmd.approachId(), marketApproaches.contains(cmd.approachId()));
        boolean duringExclusivity = exclusivity != null && exclusivity.coversDay(cmd.occurredOn());
        if (duringExclusivity && !cmd.recordAsExclusivityBreach()) {
            throw MARKET_APPROACH_DURING_EXCLUSIVITY.violatedOn("recordAsExclusivityBreach",
                    "On %s the exclusivity on '%s' in %s was in force (from %s until %s). A tender or market consultation on the case's scope "
                            + "while the exclusivity runs is exactly a breach of it: no alternative track, no tender, no market consultation "
                            + "on the scope (000 §3.1, 001, 002). If it happened, record it as the breach it is: send recordAsExclusivityBreach "
                            + "true, and the breach, committed by the municipality, is recorded with it.",
                    cmd.occurredOn(), exclusivity.activity(), exclusivity.area(), exclusivity.from(), exclusivity.until());
        }
        if (!duringExclusivity && cmd.recordAsExclusivityBreach()) {
            throw NO_EXCLUSIVITY_IN_FORCE.violatedOn("recordAsExclusivityBreach",
                    "No exclusivity was in force on %s%s, so the %s breaches none; record it with recordAsExclusivityBreach false",
                    cmd.occurredOn(), exclusivity == null ? "" : " (it runs from %s until %s)".formatted(exclusivity.from(), exclusivity.until()),
                    cmd.kind() == MarketApproachKind.TENDER ? "tender" : "market consultation");
        }
        if (!cmd.recordAsExclusivityBreach()) {
            apply(new MarketApproachRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.approachId(), cmd.kind(),
                    cmd.description(), cmd.reference(), null));
            return;
        }
        String breachId = cmd.approachId();
        requireNew("exclusivity breach", "approachId", breachId, unresolvedBreaches.containsKey(breachId) || resolvedBreaches.contains(breachId));
        String what = (cmd.kind() == MarketApproachKind.TENDER ? "Tender" : "Market consultation") + " on the case's scope: " + cmd.description();
        String source = "market approach " + cmd.approachId() + (cmd.reference() == null ? "" : " (" + cmd.reference() + ")");
        apply(new MarketApproachRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.approachId(), cmd.kind(),
                cmd.description(), cmd.reference(), breachId));
        apply(new ExclusivityBreached(cmd.caseId(), cmd.actor(), cmd.occurredOn(), breachId, Party.municipality(municipality), what, source));
    }

    @CommandHandler
    public void handle(RecordNeighbourhoods cmd) {
        requireOpenFor(cmd.occurredOn());
        String digits = municipality.substring(2);
        for (int i = 0; i < cmd.neighbourhoods().size(); i++) {
            String code = cmd.neighbourhoods().get(i).code();
            if (code != null && !code.substring(2, 6).equals(digits)) {
                throw NEIGHBOURHOOD_OUTSIDE_MUNICIPALITY.violatedOn("neighbourhoods[" + i + "].code",
                        "%s lies outside municipality %s, whose neighbourhood codes begin with BU%s (or WK%s for a district)", code, municipality, digits, digits);
            }
        }
        if (Set.copyOf(cmd.neighbourhoods()).equals(inForceOn(neighbourhoods, cmd.occurredOn()))) {
            throw NEIGHBOURHOODS_UNCHANGED.violatedOn("neighbourhoods", "On %s the case is already about these neighbourhoods", cmd.occurredOn());
        }
        apply(new NeighbourhoodsRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.neighbourhoods()));
    }

    // ---------------------------------------------------------------- documents: the evidence behind the facts

    @CommandHandler
    public void handle(AddDocument cmd) {
        requireOpenFor(cmd.occurredOn());
        requireNew("document", "documentId", cmd.documentId(), documents.containsKey(cmd.documentId()));
        for (int i = 0; i < cmd.links().size(); i++) {
            requireLinkable("links[" + i + "]", cmd.links().get(i));
        }
        if (new HashSet<>(cmd.links()).size() < cmd.links().size()) {
            throw ALREADY_RECORDED.violatedOn("links", "The same record is linked twice");
        }
        apply(new DocumentAdded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.documentId(), cmd.sha256(),
                cmd.mediaType(), cmd.sizeBytes(), cmd.fileName(), List.copyOf(cmd.links())));
    }

    @CommandHandler
    public void handle(LinkDocument cmd) {
        requireOpenFor(cmd.occurredOn());
        Set<DocumentLink> links = documents.get(cmd.documentId());
        if (links == null) throw new UnknownEntity("document", cmd.documentId());
        requireLinkable("link", cmd.link());
        if (links.contains(cmd.link())) {
            throw ALREADY_RECORDED.violatedOn("link", "The document is already linked to %s '%s'",
                    cmd.link().kind().name().toLowerCase(), cmd.link().id());
        }
        apply(new DocumentLinked(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.documentId(), cmd.link()));
    }

    private void requireLinkable(String field, DocumentLink link) {
        boolean known = switch (link.kind()) {
            case AGREEMENT -> agreements.containsKey(link.id());
            case DECISION -> decisions.contains(link.id());
            case MEETING -> meetings.contains(link.id());
        };
        if (!known) {
            throw LINKED_RECORD_UNKNOWN.violatedOn(field + ".id", "The case has no %s '%s' to link the document to",
                    link.kind().name().toLowerCase(), link.id());
        }
    }

    @EventSourcingHandler
    void on(DocumentAdded e) {
        noteFact(e.occurredOn());
        documents.put(e.documentId(), new HashSet<>(e.links()));
    }

    @EventSourcingHandler
    void on(DocumentLinked e) {
        noteFact(e.occurredOn());
        documents.get(e.documentId()).add(e.link());
    }

    // ---------------------------------------------------------------- time passes by itself

    @DeadlineHandler(deadlineName = TimeLimits.EXCLUSIVITY_ENDS)
    void exclusivityRanOut(TimeLimits.Limit limit) {
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (exclusivityEnded || exclusivity == null || !exclusivity.until().equals(limit.lastDay()) || closedBefore(dayAfter)) return;
        apply(new ExclusivityPeriodEnded(caseId, SystemActor.CASE_FILE, dayAfter, limit.lastDay()));
    }

    @DeadlineHandler(deadlineName = TimeLimits.AGREEMENT_EXPIRES)
    void agreementRanOut(TimeLimits.Limit limit) {
        Agreement agreement = agreements.get(limit.subjectId());
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (agreement == null || agreement.expired || agreement.terminatedOn != null
                || !limit.lastDay().equals(agreement.validity.until()) || closedBefore(dayAfter)) {
            return;
        }
        apply(new AgreementExpired(caseId, SystemActor.CASE_FILE, dayAfter, limit.subjectId(), limit.lastDay()));
    }

    @DeadlineHandler(deadlineName = TimeLimits.MILESTONE_DUE)
    void milestoneDueDatePassed(TimeLimits.Limit limit) {
        Milestone milestone = milestones.get(limit.subjectId());
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (milestone == null || milestone.decided || milestone.overdueSince != null
                || !limit.lastDay().equals(milestone.dueDate) || closedBefore(dayAfter)) {
            return;
        }
        apply(new MilestoneDueDatePassed(caseId, SystemActor.CASE_FILE, dayAfter, limit.subjectId(), limit.lastDay()));
    }

    /** Nothing happens in a case after it closed, not even the passing of its dates. */
    private boolean closedBefore(LocalDate day) {
        return closedOn != null && day.isAfter(closedOn);
    }

    // ---------------------------------------------------------------- rules shared by handlers

    private static void requireNotInFuture(CaseFileCommand cmd, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (cmd.occurredOn().isAfter(today)) {
            throw OCCURRED_IN_FUTURE.violatedOn("occurredOn", "%s lies in the future (today is %s)", cmd.occurredOn(), today);
        }
    }

    private void requireParty(String field, Party party, boolean externalAllowed) {
        boolean ours = municipality.equals(party.municipality()) || initiative.equals(party.initiative())
                || (externalAllowed && party.external() != null);
        if (!ours) {
            throw PARTY_NOT_IN_CASE.violatedOn(field, "%s is not a party to this case (municipality %s, initiative %s)",
                    party, municipality, initiative);
        }
    }

    /** A closed case still takes late records of what happened before it closed, and nothing after. */
    private void requireOpenFor(LocalDate occurredOn) {
        if (closedOn != null && occurredOn.isAfter(closedOn)) {
            throw CASE_CLOSED.violatedOn("occurredOn", "The case was %s on %s; nothing can happen in it after that",
                    status == Status.MATURE ? "declared mature" : "stopped", closedOn);
        }
    }

    /** The track itself never moves once closed: a closed case is not reopened by back-dating. */
    private void requireNotClosed() {
        if (closedOn != null) {
            throw CASE_CLOSED.violated("The case was %s on %s", status == Status.MATURE ? "declared mature" : "stopped", closedOn);
        }
    }

    private void requireGrantedOn(LocalDate day) {
        if (grantedOn == null || day.isBefore(grantedOn)) {
            throw NOT_GRANTED.violatedOn("occurredOn", grantedOn == null
                    ? "Opgroeiruimte has not been granted in this case"
                    : "Opgroeiruimte was granted only on %s".formatted(grantedOn));
        }
    }

    /** Growing the partnership takes a granted, running track. */
    private void requireActiveOn(LocalDate day) {
        requireGrantedOn(day);
        if (status == Status.PAUSED) throw CASE_PAUSED.violated("The case is paused; resume it first");
    }

    private static void requireNew(String kind, String field, String id, boolean exists) {
        if (exists) throw ALREADY_RECORDED.violatedOn(field, "A %s with id '%s' is already recorded", kind, id);
    }

    private static void requireNotBefore(LocalDate day, LocalDate subjectDay, String subject) {
        if (day.isBefore(subjectDay)) {
            throw OCCURRED_BEFORE_SUBJECT.violatedOn("occurredOn", "%s lies before %s (%s)", day, subject, subjectDay);
        }
    }

    private static void requireDueDateFrom(LocalDate dueDate, LocalDate occurredOn) {
        if (dueDate.isBefore(occurredOn)) {
            throw DUE_DATE_BEFORE_OCCURRENCE.violatedOn("dueDate", "The due date %s lies before the day it was set, %s", dueDate, occurredOn);
        }
    }

    private Milestone requireUndecided(String milestoneId) {
        Milestone milestone = milestones.get(milestoneId);
        if (milestone == null) throw new UnknownEntity("milestone", milestoneId);
        if (milestone.decided) throw MILESTONE_ALREADY_DECIDED.violatedOn("milestoneId", "Milestone %s already has its outcome", milestoneId);
        return milestone;
    }

    private Agreement requireInForce(String agreementId, LocalDate day) {
        Agreement agreement = agreements.get(agreementId);
        if (agreement == null) throw new UnknownEntity("agreement", agreementId);
        requireNotBefore(day, agreement.signedOn, "the agreement was signed");
        if (agreement.terminatedOn != null) {
            throw AGREEMENT_ENDED.violatedOn("agreementId", "Agreement %s was terminated on %s", agreementId, agreement.terminatedOn);
        }
        if (agreement.validity.until() != null && day.isAfter(agreement.validity.until())) {
            throw AGREEMENT_ENDED.violatedOn("agreementId", "Agreement %s expired on %s", agreementId, agreement.validity.until());
        }
        return agreement;
    }

    private void requireSignatories(AgreementKind kind, List<Signatory> signatories) {
        for (int i = 0; i < signatories.size(); i++) {
            requireParty("signatories[" + i + "].party", signatories.get(i).party(), true);
        }
        boolean municipal = signatories.stream().anyMatch(s -> s.party().representsMunicipality());
        boolean civic = signatories.stream().anyMatch(s -> s.party().representsInitiative());
        if (kind.isMutual() && !(municipal && civic)) {
            throw MUTUAL_AGREEMENT_NEEDS_BOTH_SIDES.violatedOn("signatories", "A %s is signed by both the municipality and the initiative", kind);
        }
        if (!kind.isMutual() && !municipal) {
            throw ONE_SIDED_AGREEMENT_NEEDS_MUNICIPALITY.violatedOn("signatories", "A %s is an act of the municipality and needs its signatory", kind);
        }
    }

    private Funding requireActiveFunding(String fundingId, LocalDate day) {
        Funding funding = fundings.get(fundingId);
        if (funding == null) throw new UnknownEntity("funding", fundingId);
        if (!funding.active) throw FUNDING_NOT_ACTIVE.violatedOn("fundingId", "Funding %s was refused or has ended", fundingId);
        requireNotBefore(day, funding.recordedOn, "the funding was committed");
        return funding;
    }

    private String requireHolder(CaseRole role, LocalDate day) {
        String holder = roleHolders.get(role);
        if (holder == null) throw ROLE_VACANT.violatedOn("role", "The role %s is vacant", role);
        requireNotBefore(day, roleHeldSince.get(role), "its holder took up the role");
        return holder;
    }

    private Question requireNotWithdrawn(String questionId) {
        Question question = questions.get(questionId);
        if (question == null) throw new UnknownEntity("question", questionId);
        if (question.withdrawnOn != null) {
            throw QUESTION_WITHDRAWN.violatedOn("questionId", "Question %s was withdrawn on %s", questionId, question.withdrawnOn);
        }
        return question;
    }

    private String sideOf(boolean municipal) {
        return municipal ? "municipality " + municipality : "initiative " + initiative;
    }

    /** What was recorded last on or before the day, or null when nothing was yet. */
    private static <T> T inForceOn(TreeMap<LocalDate, T> recorded, LocalDate day) {
        Map.Entry<LocalDate, T> entry = recorded.floorEntry(day);
        return entry == null ? null : entry.getValue();
    }

    // ---------------------------------------------------------------- state

    /**
     * A case cannot be closed on a day before facts the parties recorded in it. What time alone recorded
     * (a date that passed) does not count: a closure recorded late may well precede it.
     */
    private void noteFact(LocalDate occurredOn) {
        if (latestFactOn == null || occurredOn.isAfter(latestFactOn)) latestFactOn = occurredOn;
    }

    @EventSourcingHandler
    void on(OpgroeiruimteRequested e) {
        noteFact(e.occurredOn());
        caseId = e.caseId();
        municipality = e.municipality();
        initiative = e.initiative();
        requestedOn = e.occurredOn();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(OpgroeiruimteGranted e) {
        noteFact(e.occurredOn());
        status = Status.GRANTED;
        grantedOn = e.occurredOn();
        exclusivity = e.exclusivity();
    }

    @EventSourcingHandler
    void on(CasePaused e) {
        noteFact(e.occurredOn());
        status = Status.PAUSED;
        pausedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(CaseResumed e) {
        noteFact(e.occurredOn());
        status = Status.GRANTED;
    }

    @EventSourcingHandler
    void on(MaturityDeclared e) {
        noteFact(e.occurredOn());
        status = Status.MATURE;
        closedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(CaseStopped e) {
        noteFact(e.occurredOn());
        status = Status.STOPPED;
        closedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(FacilitatorAppointed e) {
        noteFact(e.occurredOn());
        facilitators.put(e.personId(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(FacilitatorReleased e) {
        noteFact(e.occurredOn());
        facilitators.remove(e.personId());
    }

    @EventSourcingHandler
    void on(RoleAssigned e) {
        noteFact(e.occurredOn());
        roleHolders.put(e.role(), e.personId());
        roleHeldSince.put(e.role(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(RoleVacated e) {
        noteFact(e.occurredOn());
        roleHolders.remove(e.role());
        roleHeldSince.remove(e.role());
    }

    @EventSourcingHandler
    void on(RoleHandedOver e) {
        noteFact(e.occurredOn());
        roleHolders.put(e.role(), e.successorPersonId());
        roleHeldSince.put(e.role(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(MilestonePlanned e) {
        noteFact(e.occurredOn());
        milestones.put(e.milestoneId(), new Milestone(e.occurredOn(), e.dueDate()));
    }

    @EventSourcingHandler
    void on(MilestoneOutcomeRecorded e) {
        noteFact(e.occurredOn());
        milestones.get(e.milestoneId()).decided = true;
    }

    @EventSourcingHandler
    void on(MilestoneRescheduled e) {
        noteFact(e.occurredOn());
        milestones.get(e.milestoneId()).dueDate = e.newDueDate();
        milestones.get(e.milestoneId()).overdueSince = null;
    }

    @EventSourcingHandler
    void on(ExclusivityBreached e) {
        noteFact(e.occurredOn());
        unresolvedBreaches.put(e.breachId(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(ExclusivityBreachResolved e) {
        noteFact(e.occurredOn());
        unresolvedBreaches.remove(e.breachId());
        resolvedBreaches.add(e.breachId());
    }

    @EventSourcingHandler
    void on(AgreementSigned e) {
        noteFact(e.occurredOn());
        agreements.put(e.agreementId(), new Agreement(e.kind(), e.occurredOn(), e.validity()));
    }

    @EventSourcingHandler
    void on(AgreementRenewed e) {
        noteFact(e.occurredOn());
        Agreement agreement = agreements.get(e.agreementId());
        agreement.validity = new ValidityPeriod(agreement.validity.from(), e.newUntil());
        agreement.expired = false;
    }

    @EventSourcingHandler
    void on(AgreementTerminated e) {
        noteFact(e.occurredOn());
        agreements.get(e.agreementId()).terminatedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(MeetingRecorded e) {
        noteFact(e.occurredOn());
        meetings.add(e.meetingId());
        if (e.sessionNumber() != null) sessionNumbers.add(e.sessionNumber());
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        noteFact(e.occurredOn());
        decisions.add(e.decisionId());
    }

    @EventSourcingHandler
    void on(FundingCommitted e) {
        noteFact(e.occurredOn());
        fundings.put(e.fundingId(), new Funding(e.occurredOn(), e.amountInEuros(), true));
    }

    @EventSourcingHandler
    void on(FundingPaid e) {
        noteFact(e.occurredOn());
        Funding funding = fundings.get(e.fundingId());
        funding.paid = funding.paid.add(e.amountInEuros());
    }

    @EventSourcingHandler
    void on(FundingEnded e) {
        noteFact(e.occurredOn());
        fundings.get(e.fundingId()).active = false;
    }

    @EventSourcingHandler
    void on(FundingRefused e) {
        noteFact(e.occurredOn());
        fundings.put(e.fundingId(), new Funding(e.occurredOn(), e.amountInEuros(), false));
    }

    @EventSourcingHandler
    void on(AgreementAmended e) {
        noteFact(e.occurredOn());
    }

    @EventSourcingHandler
    void on(DoenWorkRecorded e) {
        noteFact(e.occurredOn());
    }

    @EventSourcingHandler
    void on(ThemeClarified e) {
        noteFact(e.occurredOn());
    }

    @EventSourcingHandler
    void on(JointStoryRecorded e) {
        noteFact(e.occurredOn());
    }

    @EventSourcingHandler
    void on(QuestionAsked e) {
        noteFact(e.occurredOn());
        questions.put(e.questionId(), new Question(e.askedBy().party().representsMunicipality(), e.occurredOn()));
    }

    @EventSourcingHandler
    void on(QuestionAnswered e) {
        noteFact(e.occurredOn());
        Question question = questions.get(e.questionId());
        question.status = e.status();
        question.latestStepOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(QuestionFollowedUp e) {
        noteFact(e.occurredOn());
        questions.get(e.questionId()).latestStepOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(QuestionWithdrawn e) {
        noteFact(e.occurredOn());
        questions.get(e.questionId()).withdrawnOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(ProcessPhaseRecorded e) {
        noteFact(e.occurredOn());
        phasesByDay.computeIfAbsent(e.occurredOn(), day -> new HashSet<>()).add(e.phase());
    }

    @EventSourcingHandler
    void on(GovernmentRolesRecorded e) {
        noteFact(e.occurredOn());
        governmentRoles.put(e.occurredOn(), Set.copyOf(e.roles()));
    }

    @EventSourcingHandler
    void on(RouteRecorded e) {
        noteFact(e.occurredOn());
        routes.put(e.occurredOn(), e.route());
    }

    @EventSourcingHandler
    void on(MarketApproachRecorded e) {
        noteFact(e.occurredOn());
        marketApproaches.add(e.approachId());
    }

    @EventSourcingHandler
    void on(NeighbourhoodsRecorded e) {
        noteFact(e.occurredOn());
        neighbourhoods.put(e.occurredOn(), Set.copyOf(e.neighbourhoods()));
    }

    @EventSourcingHandler
    void on(ExclusivityPeriodEnded e) {
        exclusivityEnded = true;
    }

    @EventSourcingHandler
    void on(AgreementExpired e) {
        agreements.get(e.agreementId()).expired = true;
    }

    @EventSourcingHandler
    void on(MilestoneDueDatePassed e) {
        milestones.get(e.milestoneId()).overdueSince = e.occurredOn();
    }
}
