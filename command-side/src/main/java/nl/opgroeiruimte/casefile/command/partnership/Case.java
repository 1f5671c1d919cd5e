package nl.opgroeiruimte.casefile.command.partnership;

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
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
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
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One case: an opgroeiruimte track in which a municipality and an initiative grow into a partnership.
 * Its lifecycle is requested → granted ⇄ paused → mature | stopped (docs/case-lifecycle.md). The case
 * keeps the track and the rules every command obeys; its milestones, agreements, funding lines,
 * questions, exclusivity breaches, facilitators, held roles and its municipal process are members that
 * decide on their own commands. Each command handler checks its rules and applies an event; the event
 * sourcing handlers only remember what later rules need.
 * <p>
 * The events of a case are stored under the aggregate type {@value #TYPE}, the name the case had when
 * the first of them were recorded. A snapshot is of revision 2, the case with its members; a snapshot of
 * the earlier shape is not read, and the case is then rebuilt from its events.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@Aggregate(type = Case.TYPE, repository = "caseRepository")
@Revision("2")
public class Case extends VersionedAggregate {

    /** The aggregate type of a case in the event store, in snapshots and in the scope of its deadlines. */
    public static final String TYPE = "Partnership";

    enum Status {
        REQUESTED,
        GRANTED,
        PAUSED,
        MATURE,
        STOPPED
    }

    /** The commands that move the track itself; every other command records something that happened. */
    private static final Set<Class<?>> TRACK_MOVES =
            Set.of(GrantOpgroeiruimte.class, PauseCase.class, ResumeCase.class, DeclareMaturity.class, StopCase.class);

    @AggregateIdentifier
    private String caseId;

    private CaseParties parties;
    /** The municipalities the case belonged to before a reorganisation moved it, by the day it moved. */
    private final TreeMap<LocalDate, String> formerMunicipalities = new TreeMap<>();

    private LocalDate requestedOn;
    private Status status;
    private LocalDate grantedOn;
    private LocalDate closedOn;
    private LocalDate pausedOn;
    private Exclusivity exclusivity;
    private boolean exclusivityEnded;

    @AggregateMember
    private final LatestFact latestFact = new LatestFact();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Facilitator> facilitators = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<CaseRole, HeldRole> roles = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Milestone> milestones = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, ExclusivityBreach> breaches = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Agreement> agreements = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Funding> fundings = new HashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Question> questions = new HashMap<>();

    @AggregateMember
    private MunicipalProcess process;

    private final Set<String> meetings = new HashSet<>();
    private final Set<Integer> sessionNumbers = new HashSet<>();
    private final Set<String> decisions = new HashSet<>();
    private final Set<String> marketApproaches = new HashSet<>();
    /** Per document of the case, what it is the evidence of. */
    private final Map<String, Set<DocumentLink>> documents = new HashMap<>();

    protected Case() {
        // for Axon: rebuilt from its events
    }

    // ---------------------------------------------------------------- the track

    @CommandHandler
    public Case(RequestOpgroeiruimte cmd, Clock clock, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.mayRecord(cmd.municipality(), cmd.initiative(), Set.of())) {
                throw new NotPermitted(
                        "Only the municipality or the initiative of a case can request opgroeiruimte for it");
            }
        });
        requireNotInFuture(cmd, clock);
        Party party = cmd.actor().party();
        if (!cmd.municipality().equals(party.municipality())
                && !cmd.initiative().equals(party.initiative())) {
            throw PARTY_NOT_IN_CASE.violatedOn(
                    "actor.party",
                    "Opgroeiruimte is requested by the municipality or the initiative of the case, not by %s",
                    party);
        }
        apply(new OpgroeiruimteRequested(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.municipality(),
                cmd.initiative(),
                cmd.scope(),
                cmd.motivation()));
    }

    /**
     * Rules every command on an existing case obeys: it happened in the past, not before the case was
     * requested, and it was done by someone acting for one of the case's parties. A command for a member
     * the case does not have is refused in the case's words ({@link Member}).
     */
    @CommandHandlerInterceptor
    public Object checkEveryCommand(CommandMessage<?> message, InterceptorChain chain, Clock clock) throws Exception {
        // who may record in this case is checked first, so that nobody else learns anything about it
        Caller.fromMetaData(message.getMetaData()).ifPresent(caller -> {
            if (!caller.mayRecord(parties.municipality(), parties.initiative(), facilitators.keySet())) {
                throw new NotPermitted("You may not record in this case");
            }
        });
        if (message.getPayload() instanceof CaseFileCommand cmd) {
            requireNotInFuture(cmd, clock);
            if (cmd.occurredOn().isBefore(requestedOn)) {
                throw OCCURRED_BEFORE_REQUEST.violatedOn(
                        "occurredOn", "%s lies before the case was requested on %s", cmd.occurredOn(), requestedOn);
            }
            partiesOn(cmd.occurredOn())
                    .requireParty(
                            "actor.party", cmd.actor().party(), cmd.actor().role() == ActorRole.FACILITATOR);
        }
        try {
            return chain.proceed();
        } catch (AggregateEntityNotFoundException e) {
            throw Member.missingFor(message.getPayload());
        }
    }

    /**
     * A reorganisation moves the case to the successor of its municipality from the day it took effect.
     * The case file sends this itself, once per case; sent again (a retry, a process that starts over) it
     * changes nothing. A closed case moves too: its file now belongs to the successor.
     */
    @CommandHandler
    public void handle(MoveCaseToSuccessor cmd) {
        if (parties.municipality().equals(cmd.successor())
                && cmd.formerMunicipality().equals(formerMunicipalities.get(cmd.occurredOn()))) {
            return;
        }
        if (!parties.municipality().equals(cmd.formerMunicipality())) {
            throw CASE_NOT_OF_FORMER_MUNICIPALITY.violatedOn(
                    "formerMunicipality",
                    "The case belongs to %s, not to %s",
                    parties.municipality(),
                    cmd.formerMunicipality());
        }
        if (!cmd.occurredOn().isAfter(requestedOn)) {
            throw OCCURRED_BEFORE_REQUEST.violatedOn(
                    "occurredOn",
                    "The case was requested on %s, under %s; a case requested on or after the reorganisation of %s belongs to %s from the start",
                    requestedOn,
                    cmd.formerMunicipality(),
                    cmd.occurredOn(),
                    cmd.successor());
        }
        apply(new CaseMovedToSuccessor(
                caseId, SystemActor.CASE_FILE, cmd.occurredOn(), cmd.formerMunicipality(), cmd.successor()));
    }

    /** The parties of the case on a day: before a reorganisation moved it, the former municipality was its party. */
    private CaseParties partiesOn(LocalDate day) {
        var movedLater = formerMunicipalities.higherEntry(day);
        return movedLater == null ? parties : new CaseParties(movedLater.getValue(), parties.initiative());
    }

    /**
     * A closed case: the track never moves again, not even back-dated; a record of something that happened
     * is still taken when it happened on or before the closure (late recording is normal), and nothing after.
     */
    @Override
    protected void checkCurrentState(Object command) {
        if (!(command instanceof CaseFileCommand cmd) || closedOn == null) return;
        String closure = status == Status.MATURE ? "declared mature" : "stopped";
        if (TRACK_MOVES.contains(cmd.getClass())) {
            throw CASE_CLOSED.violated("The case was %s on %s", closure, closedOn);
        }
        if (cmd.occurredOn().isAfter(closedOn)) {
            throw CASE_CLOSED.violatedOn(
                    "occurredOn", "The case was %s on %s; nothing can happen in it after that", closure, closedOn);
        }
    }

    @CommandHandler
    public void handle(GrantOpgroeiruimte cmd, DeadlineManager deadlines, Clock clock) {
        if (status != Status.REQUESTED) {
            throw ALREADY_GRANTED.violated("Opgroeiruimte was already granted on %s", grantedOn);
        }
        if (!cmd.preconditions().bothMet()) {
            throw PRECONDITIONS_NOT_MET.violatedOn(
                    "preconditions",
                    "Opgroeiruimte is granted only when both recognise the added value of working together and both are willing to invest time and pause the usual ways of working");
        }
        if (cmd.exclusivity().from().isBefore(cmd.occurredOn())) {
            throw EXCLUSIVITY_STARTS_BEFORE_GRANT.violatedOn(
                    "exclusivity.from",
                    "Exclusivity starts when opgroeiruimte is granted (%s) or later, not on %s",
                    cmd.occurredOn(),
                    cmd.exclusivity().from());
        }
        apply(new OpgroeiruimteGranted(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.preconditions(), cmd.exclusivity()));
        TimeLimits.schedule(
                deadlines,
                clock,
                TimeLimits.EXCLUSIVITY_ENDS,
                caseId,
                cmd.exclusivity().until());
    }

    @CommandHandler
    public void handle(PauseCase cmd) {
        if (status == Status.PAUSED) throw CASE_PAUSED.violated("The case is already paused");
        requireGrantedOn(cmd.occurredOn());
        apply(new CasePaused(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.reason()));
    }

    @CommandHandler
    public void handle(ResumeCase cmd) {
        if (status != Status.PAUSED) throw NOT_PAUSED.violated("Only a paused case can be resumed");
        Require.notBefore(cmd.occurredOn(), pausedOn, "the case was paused");
        apply(new CaseResumed(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.note()));
    }

    @CommandHandler
    public void handle(DeclareMaturity cmd) {
        requireActiveOn(cmd.occurredOn());
        if (agreements.values().stream().noneMatch(a -> a.anchorsOn(cmd.occurredOn()))) {
            throw NO_STRUCTURAL_AGREEMENT.violated(
                    "A mature partnership rests on a structural agreement in force (cooperation agreement or declaration, Green Deal, or inclusion in policy or budget)");
        }
        if (!facilitators.isEmpty()) {
            throw FACILITATOR_STILL_APPOINTED.violated(
                    "A mature partnership no longer needs its facilitator; release the facilitator first");
        }
        Set<String> unresolved = new HashSet<>();
        breaches.forEach((id, breach) -> {
            if (breach.unresolved()) unresolved.add(id);
        });
        if (!unresolved.isEmpty()) {
            throw UNRESOLVED_EXCLUSIVITY_BREACH.violated(
                    "Resolve the exclusivity breaches %s before declaring maturity", unresolved);
        }
        Require.notBefore(cmd.occurredOn(), latestFact.day(), "the latest recorded fact of the case");
        apply(new MaturityDeclared(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.justification()));
        supersedeWhatPassedAfter(cmd.occurredOn(), SupersedingFact.MATURITY_DECLARED);
    }

    @CommandHandler
    public void handle(StopCase cmd) {
        Require.notBefore(cmd.occurredOn(), latestFact.day(), "the latest recorded fact of the case");
        Boolean mutual = Require.mutualWhenBoth(cmd.stoppedBy(), cmd.mutual());
        apply(new CaseStopped(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.reason(),
                cmd.stoppedBy(),
                mutual,
                cmd.reasonCategory()));
        supersedeWhatPassedAfter(cmd.occurredOn(), SupersedingFact.CASE_STOPPED);
    }

    /**
     * A closure recorded late, dated before a date the case file already recorded as passed: nothing happens
     * in a case after it closed, so what time recorded after the closure day is superseded.
     */
    private void supersedeWhatPassedAfter(LocalDate closedOn, SupersedingFact kind) {
        if (exclusivityEnded && !exclusivity.until().isBefore(closedOn)) {
            apply(new DeadlineFactSuperseded(
                    caseId,
                    SystemActor.CASE_FILE,
                    closedOn,
                    DeadlineKind.EXCLUSIVITY_ENDS,
                    caseId,
                    exclusivity.until(),
                    kind));
        }
        new TreeMap<>(agreements).forEach((id, agreement) -> {
            LocalDate until = agreement.expiredAfter(closedOn);
            if (until != null) {
                apply(new DeadlineFactSuperseded(
                        caseId, SystemActor.CASE_FILE, closedOn, DeadlineKind.AGREEMENT_EXPIRES, id, until, kind));
            }
        });
        new TreeMap<>(milestones).forEach((id, milestone) -> {
            LocalDate due = milestone.overdueAfter(closedOn);
            if (due != null) {
                apply(new DeadlineFactSuperseded(
                        caseId, SystemActor.CASE_FILE, closedOn, DeadlineKind.MILESTONE_DUE, id, due, kind));
            }
        });
    }

    // ---------------------------------------------------------------- facilitators and roles (released, vacated and
    // handed over by the members)

    @CommandHandler
    public void handle(AppointFacilitator cmd) {
        if (facilitators.containsKey(cmd.personId())) {
            throw FACILITATOR_ALREADY_APPOINTED.violatedOn(
                    "personId", "%s is already the case's facilitator", cmd.personId());
        }
        apply(new FacilitatorAppointed(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.personId(), cmd.organisation()));
    }

    @CommandHandler
    public void handle(AssignRole cmd) {
        HeldRole held = roles.get(cmd.role());
        if (held != null) {
            throw ROLE_HELD.violatedOn("role", "The role is held by %s; hand it over instead", held.holder());
        }
        apply(new RoleAssigned(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.role(), cmd.personId(), cmd.department()));
    }

    // ---------------------------------------------------------------- milestones (decided and rescheduled by the
    // milestone)

    @CommandHandler
    public void handle(RecordMilestone cmd, DeadlineManager deadlines, Clock clock) {
        requireActiveOn(cmd.occurredOn());
        Require.notYetRecorded(
                "milestone", "milestoneId", cmd.milestoneId(), milestones.containsKey(cmd.milestoneId()));
        Milestone.requireDueDateFrom(cmd.dueDate(), cmd.occurredOn());
        requireDecision("guarantee.budgetDecisionId", cmd.guarantee().budgetDecisionId());
        apply(new MilestonePlanned(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.milestoneId(),
                cmd.title(),
                cmd.dueDate(),
                cmd.owners(),
                cmd.guarantee()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.MILESTONE_DUE, cmd.milestoneId(), cmd.dueDate());
    }

    // ---------------------------------------------------------------- exclusivity (a breach is resolved by the breach)

    @CommandHandler
    public void handle(BreachExclusivity cmd) {
        Require.notYetRecorded("exclusivity breach", "breachId", cmd.breachId(), breaches.containsKey(cmd.breachId()));
        if (exclusivity == null || !exclusivity.coversDay(cmd.occurredOn())) {
            throw NO_EXCLUSIVITY_IN_FORCE.violatedOn(
                    "occurredOn",
                    "No exclusivity was in force on %s%s",
                    cmd.occurredOn(),
                    exclusivity == null
                            ? ""
                            : " (it runs from %s until %s)".formatted(exclusivity.from(), exclusivity.until()));
        }
        parties.requireParty("committedBy", cmd.committedBy(), false);
        if (cmd.kind() != null
                && cmd.kind().municipalOnly()
                && !cmd.committedBy().representsMunicipality()) {
            throw BREACH_KIND_NOT_BY_PARTY.violatedOn(
                    "kind",
                    "A %s is done by the municipality; the initiative breaches the exclusivity by seeking another partner (or otherwise)",
                    cmd.kind() == BreachKind.OWN_PROJECT
                            ? "project of the municipality's own"
                            : "tender or market consultation");
        }
        apply(new ExclusivityBreached(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.breachId(),
                cmd.committedBy(),
                cmd.what(),
                cmd.source(),
                cmd.kind()));
    }

    // ---------------------------------------------------------------- agreements (amended, renewed and terminated by
    // the agreement)

    @CommandHandler
    public void handle(SignAgreement cmd, DeadlineManager deadlines, Clock clock) {
        Require.notYetRecorded(
                "agreement", "agreementId", cmd.agreementId(), agreements.containsKey(cmd.agreementId()));
        Agreement.requireSignatories(parties, cmd.kind(), cmd.signatories());
        apply(new AgreementSigned(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.agreementId(),
                cmd.kind(),
                cmd.title(),
                cmd.signatories(),
                cmd.validity(),
                cmd.topics(),
                cmd.documentReference(),
                cmd.summary()));
        if (cmd.validity().until() != null) {
            TimeLimits.schedule(
                    deadlines,
                    clock,
                    TimeLimits.AGREEMENT_EXPIRES,
                    cmd.agreementId(),
                    cmd.validity().until());
        }
    }

    @CommandHandler
    public void handle(SignIntentAgreement cmd, DeadlineManager deadlines, Clock clock) {
        handle(cmd.asSignAgreement(), deadlines, clock);
    }

    // ---------------------------------------------------------------- DOEN, VERHELDEREN, joint story

    @CommandHandler
    public void handle(RecordDoenWork cmd) {
        requireActiveOn(cmd.occurredOn());
        apply(new DoenWorkRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.part(), cmd.description()));
    }

    @CommandHandler
    public void handle(ClarifyTheme cmd) {
        requireGrantedOn(cmd.occurredOn());
        apply(new ThemeClarified(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.theme(), cmd.status(), cmd.agreementsMade()));
    }

    @CommandHandler
    public void handle(RecordJointStory cmd) {
        requireGrantedOn(cmd.occurredOn());
        apply(new JointStoryRecorded(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.story(), cmd.documentReference()));
    }

    // ---------------------------------------------------------------- meetings and decisions

    @CommandHandler
    public void handle(RecordMeeting cmd) {
        Require.notYetRecorded("meeting", "meetingId", cmd.meetingId(), meetings.contains(cmd.meetingId()));
        if (cmd.kind() == MeetingKind.GUIDED_SESSION) {
            if (cmd.sessionNumber() == null) {
                throw SESSION_NUMBER_REQUIRED.violatedOn(
                        "sessionNumber", "A guided session carries its session number");
            }
            if (sessionNumbers.contains(cmd.sessionNumber())) {
                throw SESSION_ALREADY_RECORDED.violatedOn(
                        "sessionNumber", "Guided session %d is already recorded", cmd.sessionNumber());
            }
        } else if (cmd.sessionNumber() != null) {
            throw SESSION_NUMBER_ONLY_FOR_GUIDED_SESSIONS.violatedOn(
                    "sessionNumber", "Only guided sessions are numbered");
        }
        for (int i = 0; i < cmd.attendees().size(); i++) {
            parties.requireParty(
                    "attendees[" + i + "].party", cmd.attendees().get(i).party(), true);
        }
        apply(new MeetingRecorded(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.meetingId(),
                cmd.kind(),
                cmd.attendees(),
                cmd.topics(),
                cmd.sessionNumber(),
                cmd.summary()));
    }

    @CommandHandler
    public void handle(RecordDecision cmd) {
        Require.notYetRecorded("decision", "decisionId", cmd.decisionId(), decisions.contains(cmd.decisionId()));
        apply(new DecisionRecorded(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.decisionId(),
                cmd.body(),
                cmd.subject(),
                cmd.decision(),
                cmd.documentReference()));
    }

    // ---------------------------------------------------------------- funding (paid and ended by the funding line)

    @CommandHandler
    public void handle(CommitFunding cmd) {
        Require.notYetRecorded("funding", "fundingId", cmd.fundingId(), fundings.containsKey(cmd.fundingId()));
        if (cmd.deliversGuaranteeOf() != null && !milestones.containsKey(cmd.deliversGuaranteeOf())) {
            throw LINKED_RECORD_UNKNOWN.violatedOn(
                    "deliversGuaranteeOf",
                    "The case has no milestone '%s' whose guarantee the funding could deliver",
                    cmd.deliversGuaranteeOf());
        }
        apply(new FundingCommitted(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.fundingId(),
                cmd.source(),
                cmd.instrument(),
                cmd.amountInEuros(),
                cmd.period(),
                cmd.decisionReference(),
                cmd.deliversGuaranteeOf()));
    }

    @CommandHandler
    public void handle(RefuseFunding cmd) {
        Require.notYetRecorded("funding", "fundingId", cmd.fundingId(), fundings.containsKey(cmd.fundingId()));
        apply(new FundingRefused(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.fundingId(),
                cmd.source(),
                cmd.instrument(),
                cmd.amountInEuros(),
                cmd.reason()));
    }

    // ---------------------------------------------------------------- questions (002: now, later or never; answered,
    // followed up and withdrawn by the question)

    @CommandHandler
    public void handle(AskQuestion cmd) {
        Require.notYetRecorded("question", "questionId", cmd.questionId(), questions.containsKey(cmd.questionId()));
        Party asking = cmd.askedBy().party();
        parties.requireParty("askedBy.party", asking, false);
        Party addressedTo = asking.representsMunicipality()
                ? Party.initiative(parties.initiative())
                : Party.municipality(parties.municipality());
        apply(new QuestionAsked(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.questionId(),
                cmd.askedBy(),
                addressedTo,
                cmd.topic(),
                cmd.question()));
    }

    // ---------------------------------------------------------------- the market (phase, government roles, route and
    // neighbourhoods: MunicipalProcess)

    /**
     * A tender or market consultation on the case's scope while the exclusivity runs is exactly what the
     * exclusivity rules out (000 §3.1, 001), so it is never recorded as if it were not: the user either
     * records it as the breach it is, in the same command, or is told why it is refused.
     */
    @CommandHandler
    public void handle(RecordMarketApproach cmd) {
        Require.notYetRecorded(
                "market approach", "approachId", cmd.approachId(), marketApproaches.contains(cmd.approachId()));
        boolean duringExclusivity = exclusivity != null && exclusivity.coversDay(cmd.occurredOn());
        if (duringExclusivity && !cmd.recordAsExclusivityBreach()) {
            throw MARKET_APPROACH_DURING_EXCLUSIVITY.violatedOn(
                    "recordAsExclusivityBreach",
                    "On %s the exclusivity on '%s' in %s was in force (from %s until %s). A tender or market consultation on the case's scope "
                            + "while the exclusivity runs is exactly a breach of it: no alternative track, no tender, no market consultation "
                            + "on the scope (000 §3.1, 001, 002). If it happened, record it as the breach it is: send recordAsExclusivityBreach "
                            + "true, and the breach, committed by the municipality, is recorded with it.",
                    cmd.occurredOn(),
                    exclusivity.activity(),
                    exclusivity.area(),
                    exclusivity.from(),
                    exclusivity.until());
        }
        if (!duringExclusivity && cmd.recordAsExclusivityBreach()) {
            throw NO_EXCLUSIVITY_IN_FORCE.violatedOn(
                    "recordAsExclusivityBreach",
                    "No exclusivity was in force on %s%s, so the %s breaches none; record it with recordAsExclusivityBreach false",
                    cmd.occurredOn(),
                    exclusivity == null
                            ? ""
                            : " (it runs from %s until %s)".formatted(exclusivity.from(), exclusivity.until()),
                    cmd.kind() == MarketApproachKind.TENDER ? "tender" : "market consultation");
        }
        if (!cmd.recordAsExclusivityBreach()) {
            apply(new MarketApproachRecorded(
                    cmd.caseId(),
                    cmd.actor(),
                    cmd.occurredOn(),
                    cmd.approachId(),
                    cmd.kind(),
                    cmd.description(),
                    cmd.reference(),
                    null));
            return;
        }
        String breachId = cmd.approachId();
        Require.notYetRecorded("exclusivity breach", "approachId", breachId, breaches.containsKey(breachId));
        String what = (cmd.kind() == MarketApproachKind.TENDER ? "Tender" : "Market consultation")
                + " on the case's scope: " + cmd.description();
        String source =
                "market approach " + cmd.approachId() + (cmd.reference() == null ? "" : " (" + cmd.reference() + ")");
        apply(new MarketApproachRecorded(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.approachId(),
                cmd.kind(),
                cmd.description(),
                cmd.reference(),
                breachId));
        apply(new ExclusivityBreached(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                breachId,
                Party.municipality(parties.municipality()),
                what,
                source,
                BreachKind.TENDER_OR_MARKET_CONSULTATION));
    }

    // ---------------------------------------------------------------- documents: the evidence behind the facts

    @CommandHandler
    public void handle(AddDocument cmd) {
        Require.notYetRecorded("document", "documentId", cmd.documentId(), documents.containsKey(cmd.documentId()));
        for (int i = 0; i < cmd.links().size(); i++) {
            requireLinkable("links[" + i + "]", cmd.links().get(i));
        }
        if (new HashSet<>(cmd.links()).size() < cmd.links().size()) {
            throw ALREADY_RECORDED.violatedOn("links", "The same record is linked twice");
        }
        apply(new DocumentAdded(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.documentId(),
                cmd.sha256(),
                cmd.mediaType(),
                cmd.sizeBytes(),
                cmd.fileName(),
                List.copyOf(cmd.links())));
    }

    @CommandHandler
    public void handle(LinkDocument cmd) {
        Set<DocumentLink> links = documents.get(cmd.documentId());
        if (links == null) throw new UnknownEntity("document", cmd.documentId());
        requireLinkable("link", cmd.link());
        if (links.contains(cmd.link())) {
            throw ALREADY_RECORDED.violatedOn(
                    "link",
                    "The document is already linked to %s '%s'",
                    cmd.link().kind().name().toLowerCase(),
                    cmd.link().id());
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
            throw LINKED_RECORD_UNKNOWN.violatedOn(
                    field + ".id",
                    "The case has no %s '%s' to link the document to",
                    link.kind().name().toLowerCase(),
                    link.id());
        }
    }

    @EventSourcingHandler
    void on(DocumentAdded e) {
        documents.put(e.documentId(), new HashSet<>(e.links()));
    }

    @EventSourcingHandler
    void on(DocumentLinked e) {
        documents.get(e.documentId()).add(e.link());
    }

    // ---------------------------------------------------------------- time passes by itself

    @DeadlineHandler(deadlineName = TimeLimits.EXCLUSIVITY_ENDS)
    void exclusivityRanOut(TimeLimits.Limit limit) {
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (exclusivityEnded
                || exclusivity == null
                || !exclusivity.until().equals(limit.lastDay())
                || closedBefore(dayAfter)) return;
        apply(new ExclusivityPeriodEnded(caseId, SystemActor.CASE_FILE, dayAfter, limit.lastDay()));
    }

    @DeadlineHandler(deadlineName = TimeLimits.AGREEMENT_EXPIRES)
    void agreementRanOut(TimeLimits.Limit limit) {
        Agreement agreement = agreements.get(limit.subjectId());
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (agreement == null || !agreement.expiresAfter(limit.lastDay()) || closedBefore(dayAfter)) return;
        apply(new AgreementExpired(caseId, SystemActor.CASE_FILE, dayAfter, limit.subjectId(), limit.lastDay()));
    }

    @DeadlineHandler(deadlineName = TimeLimits.MILESTONE_DUE)
    void milestoneDueDatePassed(TimeLimits.Limit limit) {
        Milestone milestone = milestones.get(limit.subjectId());
        LocalDate dayAfter = limit.lastDay().plusDays(1);
        if (milestone == null || !milestone.fallsDueAfter(limit.lastDay()) || closedBefore(dayAfter)) return;
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
            throw OCCURRED_IN_FUTURE.violatedOn(
                    "occurredOn", "%s lies in the future (today is %s)", cmd.occurredOn(), today);
        }
    }

    private void requireGrantedOn(LocalDate day) {
        if (grantedOn == null || day.isBefore(grantedOn)) {
            throw NOT_GRANTED.violatedOn(
                    "occurredOn",
                    grantedOn == null
                            ? "Opgroeiruimte has not been granted in this case"
                            : "Opgroeiruimte was granted only on %s".formatted(grantedOn));
        }
    }

    /** Growing the partnership takes a granted, running track. */
    private void requireActiveOn(LocalDate day) {
        requireGrantedOn(day);
        if (status == Status.PAUSED) throw CASE_PAUSED.violated("The case is paused; resume it first");
    }

    // ---------------------------------------------------------------- state (the members change their own; the latest
    // fact is noted by LatestFact)

    @EventSourcingHandler
    void on(OpgroeiruimteRequested e) {
        caseId = e.caseId();
        parties = new CaseParties(e.municipality(), e.initiative());
        process = new MunicipalProcess(parties);
        requestedOn = e.occurredOn();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(CaseMovedToSuccessor e) {
        formerMunicipalities.put(e.occurredOn(), e.formerMunicipality());
        parties = new CaseParties(e.successor(), parties.initiative());
        process.movedTo(parties);
        agreements.values().forEach(agreement -> agreement.movedTo(parties));
        questions.values().forEach(question -> question.movedTo(parties));
    }

    @EventSourcingHandler
    void on(OpgroeiruimteGranted e) {
        status = Status.GRANTED;
        grantedOn = e.occurredOn();
        exclusivity = e.exclusivity();
    }

    @EventSourcingHandler
    void on(CasePaused e) {
        status = Status.PAUSED;
        pausedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(CaseResumed e) {
        status = Status.GRANTED;
    }

    @EventSourcingHandler
    void on(MaturityDeclared e) {
        status = Status.MATURE;
        closedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(CaseStopped e) {
        status = Status.STOPPED;
        closedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(ExclusivityPeriodEnded e) {
        // an end recorded before a late-recorded extension is no longer what happened
        if (exclusivity != null && e.until().equals(exclusivity.until())) exclusivityEnded = true;
    }

    @EventSourcingHandler
    void on(ExclusivityExtended e) {
        exclusivity = new Exclusivity(exclusivity.activity(), exclusivity.area(), exclusivity.from(), e.newUntil());
        exclusivityEnded = false;
    }

    @EventSourcingHandler
    void on(FacilitatorAppointed e) {
        facilitators.put(e.personId(), new Facilitator(e.personId(), e.occurredOn()));
    }

    @EventSourcingHandler
    void on(FacilitatorReleased e) {
        facilitators.remove(e.personId());
    }

    @EventSourcingHandler
    void on(RoleAssigned e) {
        roles.put(e.role(), new HeldRole(e.role(), e.personId(), e.occurredOn()));
    }

    @EventSourcingHandler
    void on(RoleVacated e) {
        roles.remove(e.role());
    }

    @EventSourcingHandler
    void on(MilestonePlanned e) {
        milestones.put(e.milestoneId(), new Milestone(e.milestoneId(), e.occurredOn(), e.dueDate(), e.guarantee()));
    }

    @EventSourcingHandler
    void on(ExclusivityBreached e) {
        breaches.put(e.breachId(), new ExclusivityBreach(e.breachId(), e.occurredOn()));
    }

    @EventSourcingHandler
    void on(AgreementSigned e) {
        agreements.put(
                e.agreementId(), new Agreement(e.agreementId(), e.kind(), e.occurredOn(), e.validity(), parties));
    }

    @EventSourcingHandler
    void on(FundingCommitted e) {
        fundings.put(e.fundingId(), new Funding(e.fundingId(), e.occurredOn(), e.amountInEuros(), true));
        if (e.deliversGuaranteeOf() != null)
            milestones.get(e.deliversGuaranteeOf()).deliveredBy(e.fundingId());
    }

    @EventSourcingHandler
    void on(FundingRefused e) {
        fundings.put(e.fundingId(), new Funding(e.fundingId(), e.occurredOn(), e.amountInEuros(), false));
    }

    @EventSourcingHandler
    void on(QuestionAsked e) {
        questions.put(
                e.questionId(),
                new Question(e.questionId(), e.askedBy().party().representsMunicipality(), e.occurredOn(), parties));
    }

    @EventSourcingHandler
    void on(MeetingRecorded e) {
        meetings.add(e.meetingId());
        if (e.sessionNumber() != null) sessionNumbers.add(e.sessionNumber());
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        decisions.add(e.decisionId());
    }

    @EventSourcingHandler
    void on(MarketApproachRecorded e) {
        marketApproaches.add(e.approachId());
    }

    // ---------------------------------------------------------------- guarantees backed by money (001 "Hoe
    // organiseren we financiering?!": "alle middelen die gegarandeerd vrijkomen als aan bepaalde eisen is voldaan")

    @CommandHandler
    public void handle(RecordGuaranteeBudgetDecision cmd) {
        Milestone milestone = milestones.get(cmd.milestoneId());
        if (milestone == null) throw new UnknownEntity("milestone", cmd.milestoneId());
        Require.notBefore(cmd.occurredOn(), milestone.plannedOn(), "the milestone was planned");
        requireDecision("decisionId", cmd.decisionId());
        if (cmd.decisionId().equals(milestone.budgetDecisionId())) {
            throw ALREADY_RECORDED.violatedOn(
                    "decisionId", "Decision %s is already the budget decision behind this guarantee", cmd.decisionId());
        }
        apply(new GuaranteeBudgetDecisionRecorded(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.milestoneId(), cmd.decisionId()));
    }

    /** A decision named by a record is one the case holds (null: none named). */
    private void requireDecision(String field, String decisionId) {
        if (decisionId != null && !decisions.contains(decisionId)) {
            throw LINKED_RECORD_UNKNOWN.violatedOn(field, "The case has no decision '%s'", decisionId);
        }
    }

    // ---------------------------------------------------------------- exclusivity extended (000 §3.1: "Exclusiviteit
    // in
    // de ontwikkelfase")

    @CommandHandler
    public void handle(ExtendExclusivity cmd, DeadlineManager deadlines, Clock clock) {
        requireGrantedOn(cmd.occurredOn());
        if (cmd.occurredOn().isAfter(exclusivity.until())) {
            throw EXCLUSIVITY_ALREADY_ENDED.violatedOn(
                    "occurredOn",
                    "The exclusivity held until %s; an exclusivity that has ended is not extended on %s",
                    exclusivity.until(),
                    cmd.occurredOn());
        }
        if (!cmd.newUntil().isAfter(exclusivity.until())) {
            throw EXTENSION_NOT_LATER.violatedOn(
                    "newUntil", "The exclusivity already holds until %s; an extension ends later", exclusivity.until());
        }
        apply(new ExclusivityExtended(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), exclusivity.until(), cmd.newUntil(), cmd.reason()));
        TimeLimits.schedule(deadlines, clock, TimeLimits.EXCLUSIVITY_ENDS, caseId, cmd.newUntil());
    }
}
