package nl.opgroeiruimte.casefile.query.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.document.DocumentLink;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopReasonCategory;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;

/**
 * The resilience audit trail (borgingsdossier) of one case as the world stood on {@code asOf}: what
 * was agreed, promised and decided, by whom, and what is still open. Every item names the events it
 * comes from, so a reader can go back to the timeline; {@code recordedBy} tells, for each of those events,
 * who put it in the file (next to the actor, who did it in the world).
 */
public record AuditTrail(
        String caseId,
        LocalDate asOf,
        View view,
        String viewExplanation,
        String municipality,
        String initiative,
        Scope scope,
        String status,
        LocalDate requestedOn,
        LocalDate grantedOn,
        LocalDate closedOn,
        StopView stop,
        ExclusivityView exclusivity,
        List<AgreementView> agreementsInForce,
        List<AgreementView> agreementsNotInForce,
        List<DecisionView> decisions,
        List<MilestoneView> milestones,
        List<FundingView> funding,
        List<RoleView> roles,
        List<HandoverView> handoversMissing,
        List<ThemeView> themes,
        List<PersonRef> facilitators,
        LocalDate lastContactOn,
        CollegeInOffice collegeInOffice,
        List<PromiseView> promisesUnderEarlierColleges,
        List<LateRecording> recordedAfterAsOf,
        List<QuestionView> questions,
        List<OpenQuestionView> openQuestions,
        List<LaterView> laterAnswers,
        MunicipalProcessView municipalProcess,
        List<DocumentView> documents,
        Map<String, RecorderView> recordedBy) {

    /**
     * Who recorded a fact: {@code kind} person (a signed-in user: {@code name} from the people register, else
     * their user name), system (the case file itself: a deadline, the demo data; {@code source} says which) or
     * import (the importing account, and the {@code source} the history came from).
     */
    public record RecorderView(String kind, String personId, String name, String role, String source) {}

    /** The same trail with who recorded each of its events. */
    public AuditTrail withRecordedBy(Map<String, RecorderView> recorders) {
        return new AuditTrail(
                caseId,
                asOf,
                view,
                viewExplanation,
                municipality,
                initiative,
                scope,
                status,
                requestedOn,
                grantedOn,
                closedOn,
                stop,
                exclusivity,
                agreementsInForce,
                agreementsNotInForce,
                decisions,
                milestones,
                funding,
                roles,
                handoversMissing,
                themes,
                facilitators,
                lastContactOn,
                collegeInOffice,
                promisesUnderEarlierColleges,
                recordedAfterAsOf,
                questions,
                openQuestions,
                laterAnswers,
                municipalProcess,
                documents,
                Map.copyOf(recorders));
    }

    /** Every event the trail names, in the order it names them. */
    public Set<String> namedEventIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (exclusivity != null) exclusivity.breaches().forEach(b -> ids.addAll(b.eventIds()));
        agreementsInForce.forEach(a -> ids.addAll(a.eventIds()));
        agreementsNotInForce.forEach(a -> ids.addAll(a.eventIds()));
        decisions.forEach(d -> ids.add(d.eventId()));
        milestones.forEach(m -> ids.addAll(m.eventIds()));
        funding.forEach(f -> ids.addAll(f.eventIds()));
        handoversMissing.forEach(h -> ids.add(h.eventId()));
        recordedAfterAsOf.forEach(l -> ids.add(l.eventId()));
        questions.forEach(q -> {
            ids.addAll(q.eventIds());
            q.answers().forEach(a -> {
                ids.add(a.eventId());
                a.followUps().forEach(f -> ids.add(f.eventId()));
            });
        });
        openQuestions.forEach(q -> ids.add(q.eventId()));
        laterAnswers.forEach(l -> ids.add(l.eventId()));
        if (municipalProcess != null) {
            MunicipalProcessView p = municipalProcess;
            if (p.phase() != null) ids.add(p.phase().eventId());
            if (p.governmentRoles() != null) ids.add(p.governmentRoles().eventId());
            if (p.route() != null) ids.add(p.route().eventId());
            if (p.neighbourhoods() != null) ids.add(p.neighbourhoods().eventId());
            p.phaseHistory().forEach(x -> ids.add(x.eventId()));
            p.governmentRolesHistory().forEach(x -> ids.add(x.eventId()));
            p.routeHistory().forEach(x -> ids.add(x.eventId()));
            p.neighbourhoodsHistory().forEach(x -> ids.add(x.eventId()));
            p.marketApproaches().forEach(x -> ids.add(x.eventId()));
        }
        documents.forEach(d -> ids.addAll(d.eventIds()));
        ids.remove(null);
        return ids;
    }

    /** Who recorded the first of these events that has a known recorder (an item's own recording), or null. */
    public RecorderView recorderOf(List<String> eventIds) {
        if (eventIds == null || recordedBy == null) return null;
        for (String id : eventIds) {
            RecorderView recorder = recordedBy.get(id);
            if (recorder != null) return recorder;
        }
        return null;
    }

    /** Who recorded this event, or null. */
    public RecorderView recorderOfEvent(String eventId) {
        return eventId == null || recordedBy == null ? null : recordedBy.get(eventId);
    }

    /** Which facts the answer contains: all that happened by {@code asOf} as known now, or only those recorded by then. */
    public enum View {
        AS_KNOWN_NOW,
        AS_RECORDED_THEN
    }

    public record PersonRef(String personId, String name) {}

    /** A document in the file by then: its content's SHA-256, type, size and name, who added it, what it is evidence of. */
    public record DocumentView(
            String documentId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            LocalDate addedOn,
            PersonRef addedBy,
            List<DocumentLink> links,
            List<String> eventIds) {}

    public record ExclusivityView(
            String activity,
            String area,
            LocalDate from,
            LocalDate until,
            boolean inForce,
            List<BreachView> breaches,
            List<ExtensionView> extensions) {}

    /** An extension of the exclusivity: when, the end before and after it, and why. */
    public record ExtensionView(
            LocalDate extendedOn, LocalDate previousUntil, LocalDate newUntil, String reason, String eventId) {}

    /**
     * How the track stopped: who stopped it (municipality, initiative, both), whether mutually, the reason and its
     * category; the side, mutuality and category are null when the stop did not say them.
     */
    public record StopView(
            LocalDate stoppedOn,
            String reason,
            ActingSide stoppedBy,
            Boolean mutual,
            StopReasonCategory reasonCategory) {}

    /** A municipal process put on hold for the case ("pauzeknop") and its release (null while on hold). */
    public record ProcessHoldView(
            String holdId,
            HeldProcessKind process,
            String description,
            String reference,
            LocalDate heldOn,
            LocalDate releasedOn,
            String releaseReason,
            List<String> eventIds) {}

    public record BreachView(
            String breachId,
            LocalDate occurredOn,
            Party committedBy,
            String what,
            String source,
            boolean resolved,
            LocalDate resolvedOn,
            String resolution,
            List<String> eventIds,
            BreachKind kind) {}

    public record AgreementView(
            String agreementId,
            AgreementKind kind,
            String title,
            LocalDate signedOn,
            ValidityPeriod validity,
            Set<AgreementTopic> topics,
            List<SignatoryView> signatories,
            String documentReference,
            String summary,
            String state,
            List<String> history,
            List<String> eventIds,
            ActingSide terminatedBy,
            Boolean terminatedMutually) {}

    public record SignatoryView(String personId, String name, Party party, String mandate) {}

    public record DecisionView(
            String decisionId,
            LocalDate occurredOn,
            DecisionBody body,
            String subject,
            String decision,
            String documentReference,
            String eventId) {}

    /** {@code state}: open, overdue, met, partly-met, not-met, or met-without-continuation (the stop-go pattern). */
    public record MilestoneView(
            String milestoneId,
            String title,
            LocalDate plannedOn,
            LocalDate dueDate,
            PersonRef municipalOwner,
            PersonRef initiativeOwner,
            Guarantee guarantee,
            String state,
            LocalDate decidedOn,
            Boolean continuationDelivered,
            String evaluation,
            List<String> reschedulings,
            List<String> eventIds) {}

    /** {@code state}: committed, ended, refused (an ended period counts as ended). */
    public record FundingView(
            String fundingId,
            FundingSource source,
            FundingInstrument instrument,
            BigDecimal amountInEuros,
            BigDecimal paidInEuros,
            FundingPeriod period,
            String state,
            String reason,
            List<String> eventIds) {}

    public record HolderView(String personId, String name, String department, LocalDate since) {}

    public record RoleView(CaseRole role, HolderView heldThen, HolderView heldNow, boolean vacantThen) {}

    public record HandoverView(CaseRole role, PersonRef from, PersonRef to, LocalDate on, String eventId) {}

    public record ThemeView(Theme theme, ThemeStatus status, LocalDate since, List<String> agreementsMade) {}

    /** The college of mayor and aldermen in office on the date, from the municipality's own file. */
    public record CollegeInOffice(
            LocalDate installedOn, LocalDate lastElectionOn, List<String> members, String eventId) {}

    /** A promise made under an earlier college, and what became of it. */
    public record PromiseView(
            String kind, String id, String title, LocalDate madeOn, LocalDate collegeInstalledOn, String becameOf) {}

    /** A fact that happened on or before {@code asOf} but was recorded only after it. */
    public record LateRecording(String eventId, String kind, LocalDate occurredOn, LocalDate recordedOn) {}

    /**
     * A question between the parties with every answer it got by the date. {@code state}: unanswered, now,
     * later, never or withdrawn.
     */
    public record QuestionView(
            String questionId,
            QuestionTopic topic,
            String question,
            LocalDate askedOn,
            PersonRef askedBy,
            Party askedFor,
            Party addressedTo,
            String state,
            List<AnswerView> answers,
            LocalDate withdrawnOn,
            String withdrawalReason,
            List<String> eventIds) {}

    /** An answer: now, later or never, under which mandate, by whom for which party, and its follow-ups. */
    public record AnswerView(
            LocalDate answeredOn,
            AnswerStatus status,
            PersonRef answeredBy,
            Party answeredFor,
            String considerations,
            String mandate,
            LocalDate expectedOn,
            String condition,
            List<FollowUpView> followUps,
            String eventId) {}

    public record FollowUpView(LocalDate on, PersonRef by, String note, String eventId) {}

    /** A question that has had no answer by the date (and was not withdrawn). */
    public record OpenQuestionView(
            String questionId,
            QuestionTopic topic,
            String question,
            Party askedFor,
            Party addressedTo,
            LocalDate askedOn,
            long daysOpen,
            String eventId) {}

    /**
     * Every "later" given by the date, with its due moment and what became of it. {@code becameOf}: open (still the
     * answer in force), now, never, later (a new "later" replaced it) or withdrawn, on {@code becameOfOn}.
     * {@code dueState}: no-date (only a condition); for an open one ahead or past-due as of the date; for one that
     * became something, in-time or late compared with its expected moment.
     */
    public record LaterView(
            String questionId,
            QuestionTopic topic,
            String question,
            Party promisedBy,
            PersonRef answeredBy,
            String mandate,
            LocalDate answeredOn,
            LocalDate expectedOn,
            String condition,
            String dueState,
            LocalDate lastFollowUpOn,
            String becameOf,
            LocalDate becameOfOn,
            String eventId) {}

    /**
     * The case in the municipal process (002, 004) as of the date: the phase, the government roles, the route
     * and the neighbourhoods in force then (null when never recorded), each with its history up to the date,
     * and the tenders and market consultations on the scope.
     */
    public record MunicipalProcessView(
            PhaseView phase,
            GovernmentRolesView governmentRoles,
            RouteView route,
            NeighbourhoodsView neighbourhoods,
            List<PhaseView> phaseHistory,
            List<GovernmentRolesView> governmentRolesHistory,
            List<RouteView> routeHistory,
            List<NeighbourhoodsView> neighbourhoodsHistory,
            List<MarketApproachView> marketApproaches,
            List<ProcessHoldView> processHolds) {}

    public record PhaseView(ProcessPhase phase, LocalDate since, String note, PersonRef recordedBy, String eventId) {}

    public record GovernmentRolesView(
            List<GovernmentRole> roles, LocalDate since, String considerations, PersonRef recordedBy, String eventId) {}

    public record RouteView(
            CooperationRoute route,
            LocalDate since,
            String decisionReference,
            String explanation,
            PersonRef recordedBy,
            String eventId) {}

    public record NeighbourhoodsView(
            List<Neighbourhood> neighbourhoods, LocalDate since, PersonRef recordedBy, String eventId) {}

    public record MarketApproachView(
            String approachId,
            LocalDate on,
            MarketApproachKind kind,
            String description,
            String reference,
            String exclusivityBreachId,
            String eventId) {}
}
