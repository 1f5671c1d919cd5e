package nl.opgroeiruimte.casefile.query.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
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

/**
 * The state of one case file after a sequence of its events: a plain fold, the same for the audit trail
 * as of any date, the stop-go indicators and the researcher's step-by-step replay. Events must be fed in
 * the order they happened (then the order they were recorded); the fold never looks at a clock.
 */
public final class CaseFileState {

    public enum Status {
        REQUESTED,
        GRANTED,
        PAUSED,
        MATURE,
        STOPPED
    }

    public String caseId;
    public String municipality;

    public String initiative;
    public Scope scope;
    public Status status;
    public LocalDate requestedOn;
    public LocalDate grantedOn;
    public LocalDate closedOn;
    public LocalDate pausedOn;
    public String requestEventId;
    /** Who requested and who granted opgroeiruimte: people who know the case from its start. */
    public Actor requestedBy;

    public Actor grantedBy;
    public String grantEventId;
    public String pauseEventId;
    public String exclusivityEndEventId;
    public String closingReason;
    public Exclusivity exclusivity;
    public final Map<String, BreachState> breaches = new LinkedHashMap<>();
    public final Map<String, AgreementState> agreements = new LinkedHashMap<>();
    public final Map<String, MilestoneState> milestones = new LinkedHashMap<>();
    public final Map<String, FundingState> funding = new LinkedHashMap<>();
    public final List<DecisionState> decisions = new ArrayList<>();
    public final Map<CaseRole, List<Holding>> roles = new EnumMap<>(CaseRole.class);
    public final List<HandoverGap> handoversMissing = new ArrayList<>();
    public final Map<Theme, ThemeState> themes = new EnumMap<>(Theme.class);
    public final Map<String, LocalDate> facilitators = new LinkedHashMap<>();
    public final Set<DoenPart> doenPartsWorkedOn = new LinkedHashSet<>();
    public final List<Contact> contacts = new ArrayList<>();
    public final Map<String, QuestionState> questions = new LinkedHashMap<>();
    /** Every record of the phase, the government roles, the route and the neighbourhoods, in the order they took effect. */
    public final List<PhaseRecord> phases = new ArrayList<>();

    public final List<GovernmentRolesRecord> governmentRoles = new ArrayList<>();
    public final List<RouteRecord> routes = new ArrayList<>();
    public final List<NeighbourhoodsRecord> neighbourhoods = new ArrayList<>();
    public final List<MarketApproachState> marketApproaches = new ArrayList<>();
    public final Map<String, DocumentState> documents = new LinkedHashMap<>();
    public LocalDate jointStoryOn;
    /** Who stopped the track, whether mutually, and the category of the reason; null when not said. */
    public ActingSide stoppedBy;

    public Boolean stoppedMutually;
    public StopReasonCategory stopReasonCategory;
    /** Every extension of the exclusivity, in the order they took effect. */
    public final List<ExclusivityExtension> exclusivityExtensions = new ArrayList<>();
    /** The municipal processes put on hold for the case ("pauzeknop", 001), by hold id. */
    public final Map<String, ProcessHold> processHolds = new LinkedHashMap<>();

    public LocalDate lastEventOn;
    public int eventCount;
    /**
     * The facts the case file recorded when a date passed that a fact recorded later made untrue, by their key
     * ({@link DeadlineFact#deadlineKey()}): left out of the state, whichever of the two was folded first.
     */
    public final Map<String, Supersession> superseded = new LinkedHashMap<>();
    /** The deadline facts folded into the state, by key, so that a supersession folded after them can take them out. */
    private final Map<String, String> deadlineFacts = new LinkedHashMap<>();

    /**
     * A deadline fact that is no longer true: which, by what later fact (its kind and the day it happened),
     * and the event ids of the supersession and of the superseded fact (null until that is folded).
     */
    public static final class Supersession {
        public DeadlineKind deadline;
        public String subject;
        public LocalDate lastDay;
        public SupersedingFact supersededBy;
        public LocalDate on;
        public String eventId;
        public String supersededEventId;
    }

    public static final class BreachState {
        public String breachId;
        public LocalDate occurredOn;
        public Party committedBy;
        public String what;
        public String source;
        public LocalDate resolvedOn;
        public String resolution;
        public List<String> eventIds = new ArrayList<>();
        /** What the breach was, or null when not said. */
        public BreachKind kind;
    }

    public static final class AgreementState {
        public String agreementId;
        public AgreementKind kind;
        public String title;
        public LocalDate signedOn;
        public ValidityPeriod validity;
        public Set<AgreementTopic> topics;
        public List<Signatory> signatories;
        public String documentReference;
        public String summary;
        public LocalDate terminatedOn;
        public String terminationReason;
        public final List<String> history = new ArrayList<>();
        public final List<String> eventIds = new ArrayList<>();
        public Actor signedBy;
        /** Who terminated it and whether mutually; null when not said. */
        public ActingSide terminatedBy;

        public Boolean terminatedMutually;
        public String terminationEventId;

        public boolean inForceOn(LocalDate day) {
            return validity.coversDay(day) && (terminatedOn == null || day.isBefore(terminatedOn));
        }
    }

    public static final class MilestoneState {
        public String milestoneId;
        public String title;
        public LocalDate plannedOn;
        public LocalDate dueDate;
        public MilestoneOwners owners;
        public Guarantee guarantee;
        public MilestoneResult result;
        public Boolean continuationDelivered;
        public LocalDate decidedOn;
        public String evaluation;
        public final List<String> reschedulings = new ArrayList<>();
        public final List<String> eventIds = new ArrayList<>();
        /** The decision of the case that reserved the guarantee's budget, and since when it is known; null: none. */
        public String budgetDecisionId;

        public LocalDate budgetDecidedOn;
        /** The committed funding linked to the guarantee: what delivers a guarantee backed by money. */
        public final List<String> deliveringFunding = new ArrayList<>();

        /** A guarantee backed by money is delivered only by funding linked to it, not by any funding. */
        public boolean guaranteeBackedByMoney() {
            return (guarantee != null && guarantee.backedByMoney()) || !deliveringFunding.isEmpty();
        }
    }

    public static final class FundingState {
        public String fundingId;
        public FundingSource source;
        public FundingInstrument instrument;
        public BigDecimal amountInEuros;
        public BigDecimal paidInEuros = BigDecimal.ZERO;
        public FundingPeriod period;
        public LocalDate recordedOn;
        public boolean refused;
        public LocalDate endedOn;
        public String reason;
        public final List<String> eventIds = new ArrayList<>();
        /** The milestone whose guarantee this funding delivers, or null. */
        public String deliversGuaranteeOf;
    }

    public record DecisionState(
            String decisionId,
            LocalDate occurredOn,
            DecisionBody body,
            String subject,
            String decision,
            String documentReference,
            String eventId) {}

    /** One person holding a key role for a while; {@code until} is null while they hold it. */
    public static final class Holding {
        public String personId;
        public String department;
        public LocalDate from;
        public LocalDate until;
        public boolean handedOver;
        public String eventId;
        /** The vacancy or hand-over that ended the holding; null while it lasts. */
        public String endEventId;
    }

    public record ExclusivityExtension(
            LocalDate on, LocalDate previousUntil, LocalDate newUntil, String reason, String eventId) {}

    /** A municipal process put on hold for the case, and its release ({@code releasedOn} null while on hold). */
    public static final class ProcessHold {
        public String holdId;
        public HeldProcessKind process;
        public String description;
        public String reference;
        public LocalDate heldOn;
        public LocalDate releasedOn;
        public String releaseReason;
        public final List<String> eventIds = new ArrayList<>();
    }

    public record HandoverGap(CaseRole role, String fromPerson, String toPerson, LocalDate on, String eventId) {}

    public static final class ThemeState {
        public ThemeStatus status;
        public LocalDate since;
        public final List<String> agreementsMade = new ArrayList<>();
        public String eventId;
    }

    /** A moment of contact between the parties, with who was there (003: regular contact). */
    /** A meeting: when, who attended, its event and (for a link to the documents of it) its id. */
    public record Contact(LocalDate on, List<Attendee> attendees, String eventId, String meetingId) {}

    /**
     * A question one party put to the other, with every answer it got. Only a "later" is answered again,
     * so the answers before the latest are all "later"s and the latest says what became of them.
     */
    public static final class QuestionState {
        public String questionId;
        public QuestionTopic topic;
        public String question;
        public LocalDate askedOn;
        public Actor askedBy;
        public Party addressedTo;
        public String askedEventId;
        public final List<AnswerState> answers = new ArrayList<>();
        public LocalDate withdrawnOn;
        public String withdrawalReason;
        public String withdrawalEventId;
        public final List<String> eventIds = new ArrayList<>();

        /** The answer in force, or null while the question is unanswered. */
        public AnswerState latestAnswer() {
            return answers.isEmpty() ? null : answers.get(answers.size() - 1);
        }

        /** Asked, neither answered nor withdrawn. */
        public boolean unanswered() {
            return answers.isEmpty() && withdrawnOn == null;
        }

        /** The latest answer is "later" and the question was not withdrawn: a promise still in the making. */
        public boolean laterInForce() {
            AnswerState latest = latestAnswer();
            return withdrawnOn == null && latest != null && latest.status == AnswerStatus.LATER;
        }
    }

    /** One answer to a question, and the follow-ups of it while it was the answer in force (only a "later" is followed up). */
    public static final class AnswerState {
        public LocalDate answeredOn;
        public AnswerStatus status;
        public Actor answeredBy;
        public String considerations;
        public String mandate;
        public LocalDate expectedOn;
        public String condition;
        public String eventId;
        public final List<FollowUpState> followUps = new ArrayList<>();

        /** The follow-ups dated on or after the day, e.g. since the expected moment passed. */
        public List<FollowUpState> followUpsSince(LocalDate day) {
            return followUps.stream().filter(f -> !f.on().isBefore(day)).toList();
        }
    }

    public record FollowUpState(LocalDate on, Actor by, String note, String eventId) {}

    /** From {@code since} the case is in this phase of the municipal process (002). */
    public record PhaseRecord(LocalDate since, ProcessPhase phase, String note, Actor recordedBy, String eventId) {}

    /** From {@code since} the municipality takes this set of government roles in the case (002, stacked). */
    public record GovernmentRolesRecord(
            LocalDate since, Set<GovernmentRole> roles, String considerations, Actor recordedBy, String eventId) {}

    /** From {@code since} the cooperation takes this route (002, Les 3). */
    public record RouteRecord(
            LocalDate since,
            CooperationRoute route,
            String decisionReference,
            String explanation,
            Actor recordedBy,
            String eventId) {}

    /** From {@code since} the case is about these neighbourhoods (004). */
    public record NeighbourhoodsRecord(
            LocalDate since, List<Neighbourhood> neighbourhoods, Actor recordedBy, String eventId) {}

    /** A tender or market consultation of the municipality on the case's scope; {@code exclusivityBreachId} when it breached. */
    public record MarketApproachState(
            String approachId,
            LocalDate on,
            MarketApproachKind kind,
            String description,
            String reference,
            String exclusivityBreachId,
            String eventId) {}

    /** A document in the case file: which content (by its SHA-256), added when and by whom, the evidence of what. */
    public static final class DocumentState {
        public String documentId;
        public String sha256;
        public String mediaType;
        public long sizeBytes;
        public String fileName;
        public LocalDate addedOn;
        public Actor addedBy;
        public final List<DocumentLink> links = new ArrayList<>();
        public final List<String> eventIds = new ArrayList<>();
    }

    public void apply(RecordedEvent recorded) {
        Object e = recorded.payload();
        String id = recorded.eventId();
        eventCount++;
        if (e instanceof DeadlineFact fact && superseded.containsKey(fact.deadlineKey())) {
            // time recorded this, and a fact recorded later made it untrue: it is not part of the state
            superseded.get(fact.deadlineKey()).supersededEventId = id;
            return;
        }
        if (e instanceof DeadlineFact fact) deadlineFacts.put(fact.deadlineKey(), id);
        if (recorded.occurredOn() != null
                && (lastEventOn == null || recorded.occurredOn().isAfter(lastEventOn))) {
            lastEventOn = recorded.occurredOn();
        }
        if (e instanceof OpgroeiruimteRequested r) {
            caseId = r.caseId();
            municipality = r.municipality();
            initiative = r.initiative();
            scope = r.scope();
            requestedOn = r.occurredOn();
            status = Status.REQUESTED;
            requestEventId = id;
            requestedBy = r.actor();
        } else if (e instanceof CaseMovedToSuccessor moved) {
            // from the day of the reorganisation on; a view as of an earlier day never folds this in
            municipality = moved.successor();
        } else if (e instanceof OpgroeiruimteGranted g) {
            status = Status.GRANTED;
            grantedOn = g.occurredOn();
            exclusivity = g.exclusivity();
            grantEventId = id;
            grantedBy = g.actor();
        } else if (e instanceof CasePaused p) {
            status = Status.PAUSED;
            pausedOn = p.occurredOn();
            pauseEventId = id;
        } else if (e instanceof CaseResumed) {
            status = Status.GRANTED;
            pausedOn = null;
            pauseEventId = null;
        } else if (e instanceof MaturityDeclared m) {
            status = Status.MATURE;
            closedOn = m.occurredOn();
            closingReason = m.justification();
        } else if (e instanceof CaseStopped s) {
            status = Status.STOPPED;
            closedOn = s.occurredOn();
            closingReason = s.reason();
            stoppedBy = s.stoppedBy();
            stoppedMutually = s.mutual();
            stopReasonCategory = s.reasonCategory();
        } else if (e instanceof FacilitatorAppointed f) {
            facilitators.put(f.personId(), f.occurredOn());
        } else if (e instanceof FacilitatorReleased f) {
            facilitators.remove(f.personId());
        } else if (e instanceof RoleAssigned r) {
            List<Holding> holdings = roles.computeIfAbsent(r.role(), k -> new ArrayList<>());
            Holding previous = holdings.isEmpty() ? null : holdings.get(holdings.size() - 1);
            if (previous != null && !previous.personId.equals(r.personId())) {
                // the role went from one person to another through a vacancy: nothing was handed over
                handoversMissing.add(new HandoverGap(r.role(), previous.personId, r.personId(), r.occurredOn(), id));
            }
            holdings.add(holding(r.personId(), r.department(), r.occurredOn(), id));
        } else if (e instanceof RoleVacated v) {
            Holding current = holderOf(v.role());
            if (current != null) {
                current.until = v.occurredOn();
                current.endEventId = id;
            }
        } else if (e instanceof RoleHandedOver h) {
            Holding current = holderOf(h.role());
            if (current != null) {
                current.until = h.occurredOn();
                current.endEventId = id;
                current.handedOver = !h.handover().withoutHandover();
            }
            if (h.handover().withoutHandover()) {
                handoversMissing.add(
                        new HandoverGap(h.role(), h.previousHolder(), h.successorPersonId(), h.occurredOn(), id));
            }
            roles.computeIfAbsent(h.role(), k -> new ArrayList<>())
                    .add(holding(h.successorPersonId(), h.department(), h.occurredOn(), id));
        } else if (e instanceof MilestonePlanned p) {
            MilestoneState m = new MilestoneState();
            m.milestoneId = p.milestoneId();
            m.title = p.title();
            m.plannedOn = p.occurredOn();
            m.dueDate = p.dueDate();
            m.owners = p.owners();
            m.guarantee = p.guarantee();
            if (p.guarantee() != null && p.guarantee().budgetDecisionId() != null) {
                m.budgetDecisionId = p.guarantee().budgetDecisionId();
                m.budgetDecidedOn = p.occurredOn();
            }
            m.eventIds.add(id);
            milestones.put(m.milestoneId, m);
        } else if (e instanceof MilestoneRescheduled r) {
            MilestoneState m = milestones.get(r.milestoneId());
            m.reschedulings.add(
                    r.occurredOn() + ": " + r.previousDueDate() + " → " + r.newDueDate() + " (" + r.reason() + ")");
            m.dueDate = r.newDueDate();
            m.eventIds.add(id);
        } else if (e instanceof MilestoneOutcomeRecorded o) {
            MilestoneState m = milestones.get(o.milestoneId());
            m.result = o.result();
            m.continuationDelivered = o.continuationDelivered();
            m.decidedOn = o.occurredOn();
            m.evaluation = o.evaluation();
            m.eventIds.add(id);
        } else if (e instanceof ExclusivityBreached b) {
            BreachState breach = new BreachState();
            breach.breachId = b.breachId();
            breach.occurredOn = b.occurredOn();
            breach.committedBy = b.committedBy();
            breach.what = b.what();
            breach.source = b.source();
            breach.kind = b.kind();
            breach.eventIds.add(id);
            breaches.put(breach.breachId, breach);
        } else if (e instanceof ExclusivityBreachResolved r) {
            BreachState breach = breaches.get(r.breachId());
            breach.resolvedOn = r.occurredOn();
            breach.resolution = r.resolution();
            breach.eventIds.add(id);
        } else if (e instanceof AgreementSigned s) {
            AgreementState a = new AgreementState();
            a.agreementId = s.agreementId();
            a.kind = s.kind();
            a.title = s.title();
            a.signedOn = s.occurredOn();
            a.validity = s.validity();
            a.topics = s.topics();
            a.signatories = s.signatories();
            a.documentReference = s.documentReference();
            a.summary = s.summary();
            a.signedBy = s.actor();
            a.eventIds.add(id);
            agreements.put(a.agreementId, a);
        } else if (e instanceof AgreementAmended am) {
            AgreementState a = agreements.get(am.agreementId());
            if (am.topics() != null) a.topics = am.topics();
            a.signatories = am.signatories();
            if (am.documentReference() != null) a.documentReference = am.documentReference();
            a.history.add(am.occurredOn() + ": amended: " + am.changes());
            a.eventIds.add(id);
        } else if (e instanceof AgreementRenewed r) {
            AgreementState a = agreements.get(r.agreementId());
            a.validity = new ValidityPeriod(a.validity.from(), r.newUntil());
            a.signatories = r.signatories();
            a.history.add(r.occurredOn() + ": renewed until " + r.newUntil());
            a.eventIds.add(id);
        } else if (e instanceof AgreementTerminated t) {
            AgreementState a = agreements.get(t.agreementId());
            a.terminatedOn = t.occurredOn();
            a.terminationReason = t.reason();
            a.terminatedBy = t.terminatedBy();
            a.terminatedMutually = t.mutual();
            a.terminationEventId = id;
            a.history.add(t.occurredOn() + ": terminated: " + t.reason());
            a.eventIds.add(id);
        } else if (e instanceof DeadlineFactSuperseded x) {
            Supersession supersession = new Supersession();
            supersession.deadline = x.deadline();
            supersession.subject = x.subject();
            supersession.lastDay = x.lastDay();
            supersession.supersededBy = x.supersededBy();
            supersession.on = x.occurredOn();
            supersession.eventId = id;
            superseded.put(x.deadlineKey(), supersession);
            String folded = deadlineFacts.remove(x.deadlineKey());
            if (folded != null) {
                supersession.supersededEventId = folded;
                unfold(x, folded);
            }
        } else if (e instanceof AgreementExpired x) {
            AgreementState a = agreements.get(x.agreementId());
            // an expiry recorded before a late-recorded renewal is no longer what happened
            if (x.until().equals(a.validity.until())) {
                a.history.add(x.occurredOn() + ": expired");
                a.eventIds.add(id);
            }
        } else if (e instanceof MilestoneDueDatePassed x) {
            milestones.get(x.milestoneId()).eventIds.add(id);
        } else if (e instanceof ExclusivityPeriodEnded x) {
            // an end recorded before a late-recorded extension is no longer what happened
            if (exclusivity == null || x.until().equals(exclusivity.until())) exclusivityEndEventId = id;
        } else if (e instanceof DoenWorkRecorded w) {
            doenPartsWorkedOn.add(w.part());
        } else if (e instanceof ThemeClarified c) {
            ThemeState theme = themes.computeIfAbsent(c.theme(), k -> new ThemeState());
            theme.status = c.status();
            theme.since = c.occurredOn();
            theme.agreementsMade.addAll(c.agreementsMade());
            theme.eventId = id;
        } else if (e instanceof JointStoryRecorded j) {
            jointStoryOn = j.occurredOn();
        } else if (e instanceof MeetingRecorded m) {
            contacts.add(new Contact(m.occurredOn(), m.attendees(), id, m.meetingId()));
        } else if (e instanceof DecisionRecorded d) {
            decisions.add(new DecisionState(
                    d.decisionId(), d.occurredOn(), d.body(), d.subject(), d.decision(), d.documentReference(), id));
        } else if (e instanceof FundingCommitted c) {
            FundingState f = new FundingState();
            f.fundingId = c.fundingId();
            f.source = c.source();
            f.instrument = c.instrument();
            f.amountInEuros = c.amountInEuros();
            f.period = c.period();
            f.recordedOn = c.occurredOn();
            f.eventIds.add(id);
            funding.put(f.fundingId, f);
            f.deliversGuaranteeOf = c.deliversGuaranteeOf();
            MilestoneState delivered = c.deliversGuaranteeOf() == null ? null : milestones.get(c.deliversGuaranteeOf());
            if (delivered != null) {
                delivered.deliveringFunding.add(f.fundingId);
                delivered.eventIds.add(id);
            }
        } else if (e instanceof FundingPaid p) {
            FundingState f = funding.get(p.fundingId());
            f.paidInEuros = f.paidInEuros.add(p.amountInEuros());
            f.eventIds.add(id);
        } else if (e instanceof FundingEnded end) {
            FundingState f = funding.get(end.fundingId());
            f.endedOn = end.occurredOn();
            f.reason = end.reason();
            f.eventIds.add(id);
        } else if (e instanceof QuestionAsked q) {
            QuestionState question = new QuestionState();
            question.questionId = q.questionId();
            question.topic = q.topic();
            question.question = q.question();
            question.askedOn = q.occurredOn();
            question.askedBy = q.askedBy();
            question.addressedTo = q.addressedTo();
            question.askedEventId = id;
            question.eventIds.add(id);
            questions.put(question.questionId, question);
        } else if (e instanceof QuestionAnswered a) {
            QuestionState question = questions.get(a.questionId());
            AnswerState answer = new AnswerState();
            answer.answeredOn = a.occurredOn();
            answer.status = a.status();
            answer.answeredBy = a.answeredBy();
            answer.considerations = a.considerations();
            answer.mandate = a.mandate();
            answer.expectedOn = a.expectedOn();
            answer.condition = a.condition();
            answer.eventId = id;
            question.answers.add(answer);
            question.eventIds.add(id);
        } else if (e instanceof QuestionFollowedUp f) {
            QuestionState question = questions.get(f.questionId());
            question.latestAnswer().followUps.add(new FollowUpState(f.occurredOn(), f.actor(), f.note(), id));
            question.eventIds.add(id);
        } else if (e instanceof QuestionWithdrawn w) {
            QuestionState question = questions.get(w.questionId());
            question.withdrawnOn = w.occurredOn();
            question.withdrawalReason = w.reason();
            question.withdrawalEventId = id;
            question.eventIds.add(id);
        } else if (e instanceof ProcessPhaseRecorded p) {
            phases.add(new PhaseRecord(p.occurredOn(), p.phase(), p.note(), p.actor(), id));
        } else if (e instanceof GovernmentRolesRecorded g) {
            governmentRoles.add(new GovernmentRolesRecord(
                    g.occurredOn(), Set.copyOf(g.roles()), g.considerations(), g.actor(), id));
        } else if (e instanceof RouteRecorded r) {
            routes.add(
                    new RouteRecord(r.occurredOn(), r.route(), r.decisionReference(), r.explanation(), r.actor(), id));
        } else if (e instanceof NeighbourhoodsRecorded n) {
            neighbourhoods.add(
                    new NeighbourhoodsRecord(n.occurredOn(), List.copyOf(n.neighbourhoods()), n.actor(), id));
        } else if (e instanceof MarketApproachRecorded m) {
            marketApproaches.add(new MarketApproachState(
                    m.approachId(),
                    m.occurredOn(),
                    m.kind(),
                    m.description(),
                    m.reference(),
                    m.exclusivityBreachId(),
                    id));
        } else if (e instanceof FundingRefused r) {
            FundingState f = new FundingState();
            f.fundingId = r.fundingId();
            f.source = r.source();
            f.instrument = r.instrument();
            f.amountInEuros = r.amountInEuros();
            f.recordedOn = r.occurredOn();
            f.refused = true;
            f.reason = r.reason();
            f.eventIds.add(id);
            funding.put(f.fundingId, f);
        } else if (e instanceof DocumentAdded d) {
            DocumentState document = new DocumentState();
            document.documentId = d.documentId();
            document.sha256 = d.sha256();
            document.mediaType = d.mediaType();
            document.sizeBytes = d.sizeBytes();
            document.fileName = d.fileName();
            document.addedOn = d.occurredOn();
            document.addedBy = d.actor();
            document.links.addAll(d.links());
            document.eventIds.add(id);
            documents.put(document.documentId, document);
        } else if (e instanceof DocumentLinked l) {
            DocumentState document = documents.get(l.documentId());
            // a link recorded as happening before the document was added is folded once the document is there
            if (document != null) {
                document.links.add(l.link());
                document.eventIds.add(id);
            }
        } else if (e instanceof ExclusivityExtended x) {
            exclusivityExtensions.add(
                    new ExclusivityExtension(x.occurredOn(), x.previousUntil(), x.newUntil(), x.reason(), id));
            if (exclusivity != null) {
                exclusivity =
                        new Exclusivity(exclusivity.activity(), exclusivity.area(), exclusivity.from(), x.newUntil());
            }
            exclusivityEndEventId = null;
        } else if (e instanceof MunicipalProcessHeld h) {
            ProcessHold hold = new ProcessHold();
            hold.holdId = h.holdId();
            hold.process = h.process();
            hold.description = h.description();
            hold.reference = h.reference();
            hold.heldOn = h.occurredOn();
            hold.eventIds.add(id);
            processHolds.put(hold.holdId, hold);
        } else if (e instanceof MunicipalProcessReleased r) {
            ProcessHold hold = processHolds.get(r.holdId());
            // a release recorded as happening before its hold is folded once the hold is there
            if (hold != null) {
                hold.releasedOn = r.occurredOn();
                hold.releaseReason = r.reason();
                hold.eventIds.add(id);
            }
        } else if (e instanceof GuaranteeBudgetDecisionRecorded b) {
            MilestoneState m = milestones.get(b.milestoneId());
            m.budgetDecisionId = b.decisionId();
            m.budgetDecidedOn = b.occurredOn();
            m.eventIds.add(id);
        } else {
            // a new event must be folded here (CaseFileStateFoldsEveryEventTest walks every type): none is skipped
            throw new IllegalArgumentException(
                    "CaseFileState does not fold " + e.getClass().getName());
        }
    }

    /** Takes a deadline fact folded before its supersession out of the state again. */
    private void unfold(DeadlineFactSuperseded x, String eventId) {
        switch (x.deadline()) {
            case MILESTONE_DUE -> milestones.get(x.subject()).eventIds.remove(eventId);
            case AGREEMENT_EXPIRES -> {
                AgreementState a = agreements.get(x.subject());
                if (a.eventIds.remove(eventId)) a.history.remove(x.lastDay().plusDays(1) + ": expired");
            }
            case EXCLUSIVITY_ENDS -> {
                if (eventId.equals(exclusivityEndEventId)) exclusivityEndEventId = null;
            }
        }
    }

    /** Not yet mature or stopped. */
    public boolean isOpen() {
        return status != null && status != Status.MATURE && status != Status.STOPPED;
    }

    /** Whether an agreement that anchors the partnership structurally is in force on the day. */
    public boolean anchoredByAgreementOn(LocalDate day) {
        return agreements.values().stream().anyMatch(a -> a.kind.isStructural() && a.inForceOn(day));
    }

    /**
     * The phase in force after the events folded so far: the latest record (the last recorded when a day has
     * several), since events are folded in the order they happened. Null before any phase was recorded.
     */
    public PhaseRecord phaseInForce() {
        return last(phases);
    }

    /** The government roles in force after the events folded so far, or null. */
    public GovernmentRolesRecord governmentRolesInForce() {
        return last(governmentRoles);
    }

    /** The route in force after the events folded so far, or null. */
    public RouteRecord routeInForce() {
        return last(routes);
    }

    /** The neighbourhoods the case is about after the events folded so far, or null. */
    public NeighbourhoodsRecord neighbourhoodsInForce() {
        return last(neighbourhoods);
    }

    private static <T> T last(List<T> records) {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    /** Who holds the role after the events folded so far, or null when it is vacant or never filled. */
    public Holding holderOf(CaseRole role) {
        List<Holding> holdings = roles.get(role);
        if (holdings == null || holdings.isEmpty()) return null;
        Holding last = holdings.get(holdings.size() - 1);
        return last.until == null ? last : null;
    }

    private static Holding holding(String personId, String department, LocalDate from, String eventId) {
        Holding h = new Holding();
        h.personId = personId;
        h.department = department;
        h.from = from;
        h.eventId = eventId;
        return h;
    }
}
