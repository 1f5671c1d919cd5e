package nl.opgroeiruimte.casefile.query.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.*;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.AgreementState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.AnswerState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.Holding;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.QuestionState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.springframework.stereotype.Service;

/**
 * Answers "what was agreed, promised and decided, by whom, and what is open" for a case as of any date,
 * by folding the case's events that happened by then (docs/as-of-design.md). Two views: as known now
 * (the default: every fact that happened by the date, including those recorded later) and as recorded
 * then (only what the file held at the end of that day).
 */
@Service
public class AuditTrailService {
    /** The explanations of a view, in English as the API speaks, with counts in the right number. */
    private static final Labels LABELS = Labels.standalone();

    private final CaseHistory history;
    private final PeopleDirectory people;
    private final CollegeHistory colleges;
    private final Clock clock;

    public AuditTrailService(CaseHistory history, PeopleDirectory people, CollegeHistory colleges, Clock clock) {
        this.history = history;
        this.people = people;
        this.colleges = colleges;
        this.clock = clock;
    }

    /** The status, as recorded then, of a case that existed but of which the file held nothing yet. */
    public static final String NOTHING_RECORDED_YET = "nothing-recorded-yet";

    public AuditTrail auditTrail(String caseId, LocalDate asOf, AuditTrail.View view) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);

        CaseFileState then = fold(events, day, view == AuditTrail.View.AS_RECORDED_THEN ? day : null, zone);
        CaseFileState now =
                day.equals(today) && view == AuditTrail.View.AS_KNOWN_NOW ? then : fold(events, today, null, zone);
        List<LateRecording> late = events.stream()
                .filter(e -> e.occurredOn() != null
                        && !e.occurredOn().isAfter(day)
                        && e.recordedOn(zone).isAfter(day))
                .map(e -> new LateRecording(e.eventId(), e.kind(), e.occurredOn(), e.recordedOn(zone)))
                .toList();
        String explanation = view == AuditTrail.View.AS_RECORDED_THEN
                ? LABELS.enCount("audit.explanation.as-recorded-then", late.size(), day, late.size())
                : LABELS.enCount("audit.explanation.as-known-now", late.size(), day, late.size());
        if (then.caseId == null && view == AuditTrail.View.AS_RECORDED_THEN && !day.isBefore(now.requestedOn)) {
            // the case existed in the world, but nothing of it had been entered yet (history back-filled later)
            LocalDate firstRecorded = events.stream()
                    .map(e -> e.recordedOn(zone))
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            explanation = "At the end of " + day + " the case file held nothing of this case yet: its first facts "
                    + "were recorded on " + firstRecorded + ".";
        }
        return withRecorders(build(then, now, day, view, explanation, late), events);
    }

    /**
     * The audit trail right after the first {@code count} facts of the case in the order they happened: the
     * researcher's step-by-step replay. It stands on the day of the last of them, as known now.
     */
    public AuditTrail auditTrailAfter(String caseId, int count) {
        ZoneId zone = clock.getZone();
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        List<RecordedEvent> first = events.subList(0, count);
        CaseFileState then = new CaseFileState();
        first.forEach(then::apply);
        LocalDate day = first.get(count - 1).occurredOn();
        CaseFileState now = fold(events, LocalDate.now(clock), null, zone);
        List<LateRecording> late = first.stream()
                .filter(e -> e.recordedOn(zone).isAfter(day))
                .map(e -> new LateRecording(e.eventId(), e.kind(), e.occurredOn(), e.recordedOn(zone)))
                .toList();
        String explanation =
                LABELS.enCount("audit.explanation.replay", late.size(), count, events.size(), late.size(), day);
        return withRecorders(build(then, now, day, AuditTrail.View.AS_KNOWN_NOW, explanation, late), events);
    }

    /** Who recorded each event the trail names, from the events' metadata; the names from the people register. */
    private AuditTrail withRecorders(AuditTrail trail, List<RecordedEvent> events) {
        Set<String> named = trail.namedEventIds();
        Map<String, Recorder> recorders = new HashMap<>();
        for (RecordedEvent e : events)
            if (e.recorder() != null && named.contains(e.eventId())) recorders.put(e.eventId(), e.recorder());
        Map<String, String> names = people.displayNames(recorders.values().stream()
                .filter(r -> r.kind() != Recorder.Kind.SYSTEM)
                .map(Recorder::personId)
                .collect(Collectors.toSet()));
        Map<String, RecorderView> views = new HashMap<>();
        recorders.forEach((eventId, r) -> views.put(eventId, recorderView(r, names)));
        return trail.withRecordedBy(views);
    }

    /** A recorder in the people register by name; a signed-in user who is not, by their user name or id. */
    static RecorderView recorderView(Recorder r, Map<String, String> names) {
        String name = null;
        if (r.kind() != Recorder.Kind.SYSTEM && r.personId() != null) {
            String registered = names.get(r.personId());
            name = registered != null && !registered.equals(PeopleDirectory.UNKNOWN)
                    ? registered
                    : r.userName() != null ? r.userName() : r.personId();
        }
        return new RecorderView(
                r.kind().name().toLowerCase(),
                r.personId(),
                name,
                r.role() == null ? null : r.role().name().toLowerCase().replace('_', '-'),
                r.source());
    }

    /**
     * The state after the events that happened by {@code day} (and, if given, were recorded by
     * {@code recordedBy}); {@code events} must be in the order they happened.
     */
    public static CaseFileState fold(
            List<RecordedEvent> eventsInOccurrenceOrder, LocalDate day, LocalDate recordedBy, ZoneId zone) {
        CaseFileState state = new CaseFileState();
        for (RecordedEvent e : eventsInOccurrenceOrder) {
            if (e.occurredOn() != null && e.occurredOn().isAfter(day)) break;
            if (recordedBy == null || !e.recordedOn(zone).isAfter(recordedBy)) state.apply(e);
        }
        return state;
    }

    private AuditTrail build(
            CaseFileState s,
            CaseFileState now,
            LocalDate day,
            AuditTrail.View view,
            String explanation,
            List<LateRecording> late) {
        Names names = new Names(people.displayNames(personIds(s, now)));
        if (s.caseId == null) {
            // before the case was requested it did not exist yet; after, as recorded then, the file held nothing
            boolean requested = !day.isBefore(now.requestedOn);
            return new AuditTrail(
                    now.caseId,
                    day,
                    view,
                    requested ? explanation : "The case was requested only on " + now.requestedOn + ".",
                    now.municipality,
                    now.initiative,
                    now.scope,
                    requested ? NOTHING_RECORDED_YET : "not-yet-requested",
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    colleges.inOffice(now.municipality, day),
                    List.of(),
                    late,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    Map.of());
        }
        List<AgreementView> inForce = new ArrayList<>();
        List<AgreementView> notInForce = new ArrayList<>();
        for (AgreementState a : s.agreements.values()) {
            boolean active = a.inForceOn(day);
            (active ? inForce : notInForce).add(agreement(a, day, names));
        }
        var exclusivity = s.exclusivity == null
                ? null
                : new ExclusivityView(
                        s.exclusivity.activity(),
                        s.exclusivity.area(),
                        s.exclusivity.from(),
                        s.exclusivity.until(),
                        s.exclusivity.coversDay(day),
                        s.breaches.values().stream()
                                .map(b -> new BreachView(
                                        b.breachId,
                                        b.occurredOn,
                                        b.committedBy,
                                        b.what,
                                        b.source,
                                        b.resolvedOn != null,
                                        b.resolvedOn,
                                        b.resolution,
                                        b.eventIds,
                                        b.kind))
                                .toList(),
                        s.exclusivityExtensions.stream()
                                .map(x -> new ExtensionView(
                                        x.on(), x.previousUntil(), x.newUntil(), x.reason(), x.eventId()))
                                .toList());
        List<MilestoneView> milestones = s.milestones.values().stream()
                .map(m -> new MilestoneView(
                        m.milestoneId,
                        m.title,
                        m.plannedOn,
                        m.dueDate,
                        names.person(m.owners.municipalOwner()),
                        names.person(m.owners.initiativeOwner()),
                        m.guarantee,
                        milestoneState(m, day),
                        m.decidedOn,
                        m.continuationDelivered,
                        m.evaluation,
                        m.reschedulings,
                        m.eventIds))
                .toList();
        List<FundingView> funding = s.funding.values().stream()
                .map(f -> new FundingView(
                        f.fundingId,
                        f.source,
                        f.instrument,
                        f.amountInEuros,
                        f.paidInEuros,
                        f.period,
                        fundingState(f, day),
                        f.reason,
                        f.eventIds))
                .toList();
        List<RoleView> roles = new ArrayList<>();
        for (CaseRole role : CaseRole.values()) {
            Holding then = s.holderOf(role);
            Holding current = now.holderOf(role);
            if (then == null && current == null && !s.roles.containsKey(role)) continue;
            roles.add(new RoleView(role, names.holder(then), names.holder(current), then == null));
        }
        List<HandoverView> gaps = s.handoversMissing.stream()
                .map(g -> new HandoverView(
                        g.role(), names.person(g.fromPerson()), names.person(g.toPerson()), g.on(), g.eventId()))
                .toList();
        // a theme never clarified is open (as the themes-still-open rule counts it), with no date and no agreements
        List<ThemeView> themes = Arrays.stream(Theme.values())
                .map(theme -> {
                    var t = s.themes.get(theme);
                    return t == null
                            ? new ThemeView(theme, ThemeStatus.OPEN, null, List.of())
                            : new ThemeView(theme, t.status, t.since, t.agreementsMade);
                })
                .toList();
        List<PersonRef> facilitators =
                s.facilitators.keySet().stream().map(names::person).toList();
        LocalDate lastContact = s.contacts.isEmpty()
                ? null
                : s.contacts.get(s.contacts.size() - 1).on();
        List<LaterView> laters = laterAnswers(s, day, names);
        CollegeInOffice college = colleges.inOffice(s.municipality, day);
        List<PromiseView> promises = college == null ? List.of() : promisesBefore(s, college, day, laters);
        return new AuditTrail(
                s.caseId,
                day,
                view,
                explanation,
                s.municipality,
                s.initiative,
                s.scope,
                s.status.name().toLowerCase(),
                s.requestedOn,
                s.grantedOn,
                s.closedOn,
                s.status == CaseFileState.Status.STOPPED
                        ? new StopView(
                                s.closedOn, s.closingReason, s.stoppedBy, s.stoppedMutually, s.stopReasonCategory)
                        : null,
                exclusivity,
                inForce,
                notInForce,
                s.decisions.stream()
                        .map(d -> new DecisionView(
                                d.decisionId(),
                                d.occurredOn(),
                                d.body(),
                                d.subject(),
                                d.decision(),
                                d.documentReference(),
                                d.eventId()))
                        .toList(),
                milestones,
                funding,
                roles,
                gaps,
                themes,
                facilitators,
                lastContact,
                college,
                promises,
                late,
                questions(s, names),
                openQuestions(s, day),
                laters,
                municipalProcess(s, names),
                documents(s, names),
                Map.of());
    }

    private static List<DocumentView> documents(CaseFileState s, Names names) {
        return s.documents.values().stream()
                .map(d -> new DocumentView(
                        d.documentId,
                        d.fileName,
                        d.mediaType,
                        d.sizeBytes,
                        d.sha256,
                        d.addedOn,
                        names.actor(d.addedBy),
                        List.copyOf(d.links),
                        List.copyOf(d.eventIds)))
                .toList();
    }

    private static List<QuestionView> questions(CaseFileState s, Names names) {
        return s.questions.values().stream()
                .map(q -> new QuestionView(
                        q.questionId,
                        q.topic,
                        q.question,
                        q.askedOn,
                        names.actor(q.askedBy),
                        q.askedBy.party(),
                        q.addressedTo,
                        questionState(q),
                        q.answers.stream()
                                .map(a -> new AnswerView(
                                        a.answeredOn,
                                        a.status,
                                        names.actor(a.answeredBy),
                                        a.answeredBy.party(),
                                        a.considerations,
                                        a.mandate,
                                        a.expectedOn,
                                        a.condition,
                                        a.followUps.stream()
                                                .map(f -> new FollowUpView(
                                                        f.on(), names.actor(f.by()), f.note(), f.eventId()))
                                                .toList(),
                                        a.eventId))
                                .toList(),
                        q.withdrawnOn,
                        q.withdrawalReason,
                        q.eventIds))
                .toList();
    }

    static String questionState(QuestionState q) {
        if (q.withdrawnOn != null) return "withdrawn";
        AnswerState latest = q.latestAnswer();
        return latest == null ? "unanswered" : latest.status.name().toLowerCase();
    }

    private static List<OpenQuestionView> openQuestions(CaseFileState s, LocalDate day) {
        return s.questions.values().stream()
                .filter(QuestionState::unanswered)
                .map(q -> new OpenQuestionView(
                        q.questionId,
                        q.topic,
                        q.question,
                        q.askedBy.party(),
                        q.addressedTo,
                        q.askedOn,
                        ChronoUnit.DAYS.between(q.askedOn, day),
                        q.askedEventId))
                .toList();
    }

    /** Every "later" given by the day, and what became of it: the next answer, the withdrawal, or nothing yet. */
    private static List<LaterView> laterAnswers(CaseFileState s, LocalDate day, Names names) {
        List<LaterView> laters = new ArrayList<>();
        for (QuestionState q : s.questions.values()) {
            for (int i = 0; i < q.answers.size(); i++) {
                AnswerState a = q.answers.get(i);
                if (a.status != AnswerStatus.LATER) continue;
                AnswerState next = i + 1 < q.answers.size() ? q.answers.get(i + 1) : null;
                String becameOf =
                        next != null ? next.status.name().toLowerCase() : q.withdrawnOn != null ? "withdrawn" : "open";
                LocalDate becameOfOn = next != null ? next.answeredOn : q.withdrawnOn;
                String dueState = a.expectedOn == null
                        ? "no-date"
                        : becameOfOn == null
                                ? (a.expectedOn.isBefore(day) ? "past-due" : "ahead")
                                : becameOfOn.isAfter(a.expectedOn) ? "late" : "in-time";
                LocalDate lastFollowUp = a.followUps.isEmpty()
                        ? null
                        : a.followUps.get(a.followUps.size() - 1).on();
                laters.add(new LaterView(
                        q.questionId,
                        q.topic,
                        q.question,
                        a.answeredBy.party(),
                        names.actor(a.answeredBy),
                        a.mandate,
                        a.answeredOn,
                        a.expectedOn,
                        a.condition,
                        dueState,
                        lastFollowUp,
                        becameOf,
                        becameOfOn,
                        a.eventId));
            }
        }
        return laters;
    }

    private static MunicipalProcessView municipalProcess(CaseFileState s, Names names) {
        List<PhaseView> phases = s.phases.stream()
                .map(p -> new PhaseView(p.phase(), p.since(), p.note(), names.actor(p.recordedBy()), p.eventId()))
                .toList();
        List<GovernmentRolesView> roles = s.governmentRoles.stream()
                .map(g -> new GovernmentRolesView(
                        g.roles().stream().sorted().toList(),
                        g.since(),
                        g.considerations(),
                        names.actor(g.recordedBy()),
                        g.eventId()))
                .toList();
        List<RouteView> routes = s.routes.stream()
                .map(r -> new RouteView(
                        r.route(),
                        r.since(),
                        r.decisionReference(),
                        r.explanation(),
                        names.actor(r.recordedBy()),
                        r.eventId()))
                .toList();
        List<NeighbourhoodsView> neighbourhoods = s.neighbourhoods.stream()
                .map(n ->
                        new NeighbourhoodsView(n.neighbourhoods(), n.since(), names.actor(n.recordedBy()), n.eventId()))
                .toList();
        List<MarketApproachView> approaches = s.marketApproaches.stream()
                .map(m -> new MarketApproachView(
                        m.approachId(),
                        m.on(),
                        m.kind(),
                        m.description(),
                        m.reference(),
                        m.exclusivityBreachId(),
                        m.eventId()))
                .toList();
        // folded in the order they happened up to the date: the last record of each is the one in force then
        return new MunicipalProcessView(
                last(phases),
                last(roles),
                last(routes),
                last(neighbourhoods),
                phases,
                roles,
                routes,
                neighbourhoods,
                approaches,
                s.processHolds.values().stream()
                        .map(h -> new ProcessHoldView(
                                h.holdId,
                                h.process,
                                h.description,
                                h.reference,
                                h.heldOn,
                                h.releasedOn,
                                h.releaseReason,
                                h.eventIds))
                        .toList());
    }

    private static <T> T last(List<T> records) {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    /** Agreements, guarantees, funding and decisions from before the current college took office, and their fate. */
    private List<PromiseView> promisesBefore(
            CaseFileState s, CollegeInOffice college, LocalDate day, List<LaterView> laters) {
        LocalDate installed = college.installedOn();
        List<PromiseView> promises = new ArrayList<>();
        // the grant is the municipality's first promise: time, exclusivity and the certainty of a track (001)
        if (s.grantedOn != null && s.grantedOn.isBefore(installed)) {
            promises.add(new PromiseView(
                    "grant",
                    s.caseId,
                    "Opgroeiruimte granted, with exclusivity on " + s.exclusivity.activity() + " in "
                            + s.exclusivity.area() + " from " + s.exclusivity.from() + " until "
                            + s.exclusivity.until(),
                    s.grantedOn,
                    installed,
                    grantState(s, day)));
        }
        for (AgreementState a : s.agreements.values()) {
            if (a.signedOn.isBefore(installed)) {
                promises.add(new PromiseView(
                        "agreement", a.agreementId, a.title, a.signedOn, installed, agreementState(a, day)));
            }
        }
        s.milestones.values().stream()
                .filter(m -> m.plannedOn.isBefore(installed))
                .forEach(m -> promises.add(new PromiseView(
                        "guarantee",
                        m.milestoneId,
                        m.title + ": " + m.guarantee.whatContinues(),
                        m.plannedOn,
                        installed,
                        milestoneState(m, day))));
        s.funding.values().stream()
                .filter(f -> !f.refused && f.recordedOn.isBefore(installed))
                .forEach(f -> promises.add(new PromiseView(
                        "funding",
                        f.fundingId,
                        f.instrument + " € "
                                + nl.opgroeiruimte.casefile.query.timeline.Summaries.amount(f.amountInEuros, true),
                        f.recordedOn,
                        installed,
                        fundingState(f, day))));
        s.decisions.stream()
                .filter(d -> d.occurredOn().isBefore(installed))
                .forEach(d -> promises.add(new PromiseView(
                        "decision", d.decisionId(), d.subject(), d.occurredOn(), installed, "taken: " + d.decision())));
        // a "later" the municipality gave is a promise in the making (002, Les 4)
        laters.stream()
                .filter(l -> l.promisedBy().representsMunicipality()
                        && l.answeredOn().isBefore(installed))
                .forEach(l -> promises.add(new PromiseView(
                        "later",
                        l.questionId(),
                        l.question(),
                        l.answeredOn(),
                        installed,
                        l.becameOf() + (l.becameOfOn() == null ? "" : " on " + l.becameOfOn()) + " (" + l.dueState()
                                + ")")));
        return promises;
    }

    /** What became of the grant by the day: the track closed or paused, or its exclusivity running or ended. */
    private static String grantState(CaseFileState s, LocalDate day) {
        if (s.status == CaseFileState.Status.MATURE) return "mature partnership on " + s.closedOn;
        if (s.status == CaseFileState.Status.STOPPED) return "stopped on " + s.closedOn;
        String exclusivity = s.exclusivity.coversDay(day)
                ? "exclusivity in force"
                : day.isAfter(s.exclusivity.until())
                        ? "exclusivity ended on " + s.exclusivity.until()
                        : "exclusivity not yet started";
        return (s.status == CaseFileState.Status.PAUSED ? "paused; " : "in force; ") + exclusivity;
    }

    private static AgreementView agreement(AgreementState a, LocalDate day, Names names) {
        return new AgreementView(
                a.agreementId,
                a.kind,
                a.title,
                a.signedOn,
                a.validity,
                a.topics,
                a.signatories.stream()
                        .map(x -> new SignatoryView(x.personId(), names.of(x.personId()), x.party(), x.mandate()))
                        .toList(),
                a.documentReference,
                a.summary,
                agreementState(a, day),
                a.history,
                a.eventIds,
                a.terminatedBy,
                a.terminatedMutually);
    }

    static String agreementState(AgreementState a, LocalDate day) {
        if (a.terminatedOn != null && !day.isBefore(a.terminatedOn)) return "terminated";
        if (day.isBefore(a.validity.from())) return "not-yet-in-force";
        if (a.validity.until() != null && day.isAfter(a.validity.until())) return "expired";
        return "in-force";
    }

    static String milestoneState(CaseFileState.MilestoneState m, LocalDate day) {
        if (m.result == null) return m.dueDate.isBefore(day) ? "overdue" : "open";
        if (m.result == MilestoneResult.MET && !Boolean.TRUE.equals(m.continuationDelivered))
            return "met-without-continuation";
        return m.result.name().toLowerCase().replace('_', '-');
    }

    static String fundingState(CaseFileState.FundingState f, LocalDate day) {
        if (f.refused) return "refused";
        if (f.endedOn != null || (f.period != null && f.period.until().isBefore(day))) return "ended";
        return "committed";
    }

    /** Every person the audit trail names, so that their names are looked up in one query. */
    private static Set<String> personIds(CaseFileState... states) {
        Set<String> ids = new HashSet<>();
        for (CaseFileState s : states) {
            s.milestones.values().forEach(m -> {
                ids.add(m.owners.municipalOwner());
                ids.add(m.owners.initiativeOwner());
            });
            s.agreements.values().forEach(a -> a.signatories.forEach(x -> ids.add(x.personId())));
            s.roles.values().forEach(holdings -> holdings.forEach(h -> ids.add(h.personId)));
            s.handoversMissing.forEach(g -> {
                ids.add(g.fromPerson());
                ids.add(g.toPerson());
            });
            ids.addAll(s.facilitators.keySet());
            s.questions.values().forEach(q -> {
                ids.add(q.askedBy.personId());
                q.answers.forEach(a -> {
                    ids.add(a.answeredBy.personId());
                    a.followUps.forEach(f -> ids.add(f.by().personId()));
                });
            });
            s.phases.forEach(p -> ids.add(p.recordedBy().personId()));
            s.governmentRoles.forEach(g -> ids.add(g.recordedBy().personId()));
            s.routes.forEach(r -> ids.add(r.recordedBy().personId()));
            s.neighbourhoods.forEach(n -> ids.add(n.recordedBy().personId()));
            s.documents.values().forEach(d -> ids.add(d.addedBy.personId()));
        }
        ids.remove(null);
        return ids;
    }

    /** Display names of the people in one audit trail: their name, or the placeholder after erasure. */
    private record Names(Map<String, String> byId) {
        String of(String personId) {
            return byId.getOrDefault(personId, PeopleDirectory.UNKNOWN);
        }

        PersonRef person(String personId) {
            return personId == null ? null : new PersonRef(personId, of(personId));
        }

        PersonRef actor(Actor actor) {
            return actor == null ? null : person(actor.personId());
        }

        HolderView holder(Holding h) {
            return h == null ? null : new HolderView(h.personId, of(h.personId), h.department, h.from);
        }
    }
}
