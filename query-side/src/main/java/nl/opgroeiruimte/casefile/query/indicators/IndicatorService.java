package nl.opgroeiruimte.casefile.query.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.NationalElections;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyAdopted;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.College;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.Departure;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.ElectionDay;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.PolicyAnchor;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.springframework.stereotype.Service;

/**
 * Evaluates the stop-go rules on a case as the world stood on a day (the same fold as the audit trail,
 * "as known now"), and replays them over the days the status can change to give the indicator history.
 */
@Service
public class IndicatorService {
    private final CaseHistory history;
    private final List<IndicatorRule> rules;
    private final IndicatorThresholds thresholds;
    private final Labels labels;
    private final Clock clock;

    public IndicatorService(
            CaseHistory history,
            List<IndicatorRule> rules,
            IndicatorThresholds thresholds,
            Labels labels,
            Clock clock) {
        this.history = history;
        this.labels = labels;
        this.rules =
                rules.stream().sorted(Comparator.comparing(IndicatorRule::id)).toList();
        this.thresholds = thresholds;
        this.clock = clock;
    }

    public List<IndicatorRule> rules() {
        return rules;
    }

    /** The rules and thresholds every evaluation here uses, with their version and hash. */
    public RuleSet ruleSet() {
        return RuleSet.of(rules, thresholds);
    }

    public CaseIndicators evaluate(String caseId, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        CaseFileState state = new CaseFileState();
        events.stream().filter(e -> !e.occurredOn().isAfter(day)).forEach(state::apply);
        return evaluate(caseId, state, day, municipal(periodsOf(events)));
    }

    /**
     * The status right after the first {@code count} facts of the case in the order they happened, on the
     * day of the last of them: the researcher's step-by-step replay.
     */
    public CaseIndicators evaluateAfter(String caseId, int count) {
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        CaseFileState state = new CaseFileState();
        events.subList(0, count).forEach(state::apply);
        return evaluate(caseId, state, events.get(count - 1).occurredOn(), municipal(periodsOf(events)));
    }

    /** The status changes from the request up to {@code until} (default today). */
    public List<StatusChange> history(String caseId, LocalDate until) {
        return history(caseId, null, until);
    }

    /**
     * The status changes from {@code from} (the request if null or earlier) up to {@code until}: the facts
     * before {@code from} are applied, but only the days asked for are evaluated, so a view of the last
     * months costs the same however long ago the case began.
     *
     * <p>The answer is the one a day-by-day replay would give, but the rules are evaluated only on the days
     * the status can change: the days of facts, the days a policy is adopted, and the days on which a rule
     * says time alone may change what it says ({@link IndicatorRule#nextChange}). So the cost follows the
     * number of facts of the case, not the number of days since its first fact.
     */
    public List<StatusChange> history(String caseId, LocalDate from, LocalDate until) {
        LocalDate last = until == null ? LocalDate.now(clock) : until;
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        Municipal municipal = municipal(periodsOf(events));
        CaseFileState state = new CaseFileState();
        List<StatusChange> changes = new ArrayList<>();
        int next = 0;
        LocalDate day = events.get(0).occurredOn();
        if (from != null && from.isAfter(day)) day = from;
        String previousKey = null;
        while (day != null && !day.isAfter(last)) {
            while (next < events.size() && !events.get(next).occurredOn().isAfter(day)) state.apply(events.get(next++));
            CaseIndicators now = evaluate(caseId, state, day, municipal);
            List<String> ruleIds =
                    now.reasons().stream().map(Reason::rule).distinct().sorted().toList();
            String key = now.status() + " " + now.closed() + " " + ruleIds;
            if (!key.equals(previousKey)) {
                changes.add(new StatusChange(day, now.status(), now.closed(), ruleIds, now.reasons()));
                previousKey = key;
            }
            day = nextChange(
                    state,
                    day,
                    municipal,
                    next < events.size() ? events.get(next).occurredOn() : null);
        }
        return changes;
    }

    /** The first day after {@code day} on which the status may differ: the next fact's day at the latest. */
    private LocalDate nextChange(CaseFileState state, LocalDate day, Municipal municipal, LocalDate nextFact) {
        List<LocalDate> candidates = new ArrayList<>();
        candidates.add(nextFact);
        if (state.caseId != null && state.isOpen()) {
            candidates.add(municipal.changeDays.higher(day));
            IndicatorContext context = context(state, day, municipal);
            for (IndicatorRule rule : rules) rule.nextChange(context).ifPresent(candidates::add);
        }
        return candidates.stream()
                .filter(d -> d != null && d.isAfter(day))
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private CaseIndicators evaluate(String caseId, CaseFileState state, LocalDate day, Municipal municipal) {
        if (state.caseId == null) return new CaseIndicators(caseId, day, IndicatorStatus.GO, false, List.of());
        if (!state.isOpen()) return new CaseIndicators(caseId, day, IndicatorStatus.GO, true, List.of());
        IndicatorContext context = context(state, day, municipal);
        List<Reason> reasons = new ArrayList<>();
        for (IndicatorRule rule : rules) reasons.addAll(rule.evaluate(context));
        IndicatorStatus status =
                reasons.stream().map(Reason::severity).reduce(IndicatorStatus.GO, IndicatorStatus::worst);
        return new CaseIndicators(caseId, day, status, false, reasons);
    }

    private IndicatorContext context(CaseFileState state, LocalDate day, Municipal municipal) {
        var policy = municipal.policies.floorEntry(day);
        return new IndicatorContext(
                state,
                day,
                municipal.elections,
                policy == null ? null : policy.getValue(),
                thresholds,
                labels,
                municipal.colleges);
    }

    /**
     * The municipalities the case belonged to, each for its period: the one it was requested for, and after
     * each reorganisation that moved it the successor, from the day of the move.
     */
    private static List<Period> periodsOf(List<RecordedEvent> events) {
        List<Period> periods = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.payload() instanceof OpgroeiruimteRequested requested) {
                periods.add(new Period(requested.municipality(), null, null));
            } else if (e.payload() instanceof CaseMovedToSuccessor moved && !periods.isEmpty()) {
                Period last = periods.remove(periods.size() - 1);
                periods.add(new Period(last.cbsCode(), last.from(), moved.occurredOn()));
                periods.add(new Period(moved.successor(), moved.occurredOn(), null));
            }
        }
        return periods;
    }

    /**
     * A municipality the case belonged to from {@code from} (null: from the start) until the day before
     * {@code until} (null: still). Its facts count for the case before {@code until}; a successor's colleges
     * and policy from {@code from}, its elections whenever held (the reorganisation election that elected its
     * first council lies before it existed).
     */
    private record Period(String cbsCode, LocalDate from, LocalDate until) {
        boolean counts(Object fact, LocalDate on) {
            if (until != null && !on.isBefore(until)) return false;
            return from == null || fact instanceof MunicipalElectionRecorded || !on.isBefore(from);
        }
    }

    /** Elections (recorded, and the national election days) and the policy anchors of a municipality. */
    /**
     * The municipality's facts the rules read, and the days on which they change (a policy adopted, a college
     * installed, an alderman leaving: who must be briefed on the case), gathered once per history.
     */
    private record Municipal(
            List<ElectionDay> elections,
            TreeMap<LocalDate, PolicyAnchor> policies,
            List<College> colleges,
            TreeSet<LocalDate> changeDays) {}

    private Municipal municipal(List<Period> periods) {
        Map<LocalDate, ElectionDay> elections = new TreeMap<>();
        NationalElections.DAYS.forEach(d -> elections.put(d, new ElectionDay(d, null)));
        TreeMap<LocalDate, PolicyAnchor> policies = new TreeMap<>();
        Map<String, College> colleges = new java.util.LinkedHashMap<>();
        Map<String, List<Departure>> departures = new java.util.HashMap<>();
        for (Period period : periods) {
            for (RecordedEvent e : history.of(MunicipalityCommand.streamId(period.cbsCode()))) {
                if (!period.counts(e.payload(), e.occurredOn())) continue;
                if (e.payload() instanceof MunicipalElectionRecorded election) {
                    elections.put(election.electionDate(), new ElectionDay(election.electionDate(), e.eventId()));
                } else if (e.payload() instanceof PolicyAdopted adopted && adopted.opgroeiruimteIncluded()) {
                    policies.putIfAbsent(adopted.occurredOn(), new PolicyAnchor(adopted.occurredOn(), e.eventId()));
                } else if (e.payload() instanceof CollegeInstalled installed) {
                    Set<String> members = new java.util.HashSet<>();
                    if (installed.mayor() != null) members.add(installed.mayor().personId());
                    installed.aldermen().forEach(a -> members.add(a.personId()));
                    List<Departure> left = departures.computeIfAbsent(installed.collegeId(), k -> new ArrayList<>());
                    colleges.put(
                            installed.collegeId(),
                            new College(
                                    installed.collegeId(),
                                    installed.occurredOn(),
                                    Set.copyOf(members),
                                    left,
                                    e.eventId()));
                } else if (e.payload() instanceof AldermanDeparted departed) {
                    departures
                            .computeIfAbsent(departed.collegeId(), k -> new ArrayList<>())
                            .add(new Departure(
                                    departed.personId(),
                                    departed.occurredOn(),
                                    departed.successor() == null
                                            ? null
                                            : departed.successor().personId(),
                                    e.eventId()));
                }
            }
        }
        List<College> installed = colleges.values().stream()
                .sorted(Comparator.comparing(College::installedOn))
                .toList();
        TreeSet<LocalDate> changeDays = new TreeSet<>(policies.keySet());
        for (College college : installed) {
            changeDays.add(college.installedOn());
            college.departures().forEach(departure -> changeDays.add(departure.on()));
        }
        return new Municipal(List.copyOf(elections.values()), policies, installed, changeDays);
    }
}
