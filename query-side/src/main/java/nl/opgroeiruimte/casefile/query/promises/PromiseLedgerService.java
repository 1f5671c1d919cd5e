package nl.opgroeiruimte.casefile.query.promises;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Recorder;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.CaseRef;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Maker;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Member;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Promise;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Recording;
import org.springframework.stereotype.Service;

/**
 * The promise ledger of a case or of a municipality as of a day: {@link PromiseRules} decides what each
 * promise is and its status from the case's own events; this service attaches the college in office when
 * it was made (from the municipality's events), who made and who recorded it, and their names.
 * Access is the caller's business (the controller applies the audit trail's rules).
 */
@Service
public class PromiseLedgerService {
    private static final int CASES_PER_PAGE = 500;
    private final CaseHistory history;
    private final CaseQueries cases;
    private final PeopleDirectory people;
    private final Clock clock;

    public PromiseLedgerService(CaseHistory history, CaseQueries cases, PeopleDirectory people, Clock clock) {
        this.history = history;
        this.cases = cases;
        this.people = people;
        this.clock = clock;
    }

    /** The dates a handover starts from: the last election day and installation of a college by today, and today. */
    public record Presets(LocalDate lastElectionDay, LocalDate collegeInstalledOn, LocalDate today) {}

    public Presets presets(String cbsCode) {
        LocalDate today = LocalDate.now(clock);
        LocalDate election = null;
        LocalDate installed = null;
        for (RecordedEvent e : history.of(MunicipalityCommand.streamId(cbsCode))) {
            if (e.occurredOn() == null || e.occurredOn().isAfter(today)) continue;
            if (e.payload() instanceof MunicipalElectionRecorded r
                    && !r.electionDate().isAfter(today)
                    && (election == null || r.electionDate().isAfter(election))) election = r.electionDate();
            if (e.payload() instanceof CollegeInstalled c
                    && (installed == null || c.occurredOn().isAfter(installed))) installed = c.occurredOn();
        }
        return new Presets(election, installed, today);
    }

    public PromiseLedger ofCase(String caseId, LocalDate asOf, String college) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<RecordedEvent> events = history.ofCaseInOccurrenceOrder(caseId);
        String municipality = municipalityOf(events);
        return ledger("case", municipality, caseId, day, college, List.of(events));
    }

    public PromiseLedger ofMunicipality(String cbsCode, LocalDate asOf, String college) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<List<RecordedEvent>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<CaseSummary> some = cases.list(
                            new CaseQueries.Filter(cbsCode, null, null),
                            CaseQueries.Visibility.ALL,
                            page,
                            CASES_PER_PAGE)
                    .items();
            for (CaseSummary c : some) {
                // a case requested after the day did not exist yet
                if (c.requestedOn() == null || !c.requestedOn().isAfter(day))
                    all.add(history.ofCaseInOccurrenceOrder(c.caseId()));
            }
            if (some.size() < CASES_PER_PAGE) break;
        }
        return ledger("municipality", cbsCode, null, day, college, all);
    }

    private PromiseLedger ledger(
            String scope,
            String municipality,
            String caseId,
            LocalDate day,
            String collegeFilter,
            List<List<RecordedEvent>> caseEvents) {
        ZoneId zone = clock.getZone();
        List<College> colleges = CollegeTerms.termsOn(history.of(MunicipalityCommand.streamId(municipality)), day);
        List<CaseRef> refs = new ArrayList<>();
        List<PromiseRules.Found> found = new ArrayList<>();
        Map<PromiseRules.Found, String> caseOf = new IdentityHashMap<>();
        for (List<RecordedEvent> events : caseEvents) {
            CaseFileState state = stateOn(events, day);
            if (state.caseId == null) continue;
            refs.add(new CaseRef(
                    state.caseId,
                    state.initiative,
                    state.scope.activity(),
                    state.scope.area(),
                    state.status.name().toLowerCase()));
            for (PromiseRules.Found f : PromiseRules.promisesOn(events, day)) {
                College under = CollegeTerms.inOffice(colleges, f.made().occurredOn());
                if (collegeFilter != null
                        && (under == null || !under.collegeId().equals(collegeFilter))) continue;
                found.add(f);
                caseOf.put(f, state.caseId);
            }
        }
        Set<String> ids = new HashSet<>();
        colleges.forEach(c -> c.members().forEach(m -> ids.add(m.personId())));
        for (PromiseRules.Found f : found) {
            ids.add(f.maker().personId());
            Recorder r = f.made().recorder();
            if (r != null && r.kind() == Recorder.Kind.PERSON) ids.add(r.personId());
        }
        Map<String, String> names = people.displayNames(ids);
        List<College> named = colleges.stream().map(c -> named(c, names)).toList();
        List<Promise> promises = found.stream()
                .map(f -> promise(f, caseOf.get(f), colleges, names, zone))
                .sorted(Comparator.comparing(Promise::caseId)
                        .thenComparing(Promise::madeOn)
                        .thenComparing(Promise::promiseId))
                .toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        PromiseLedger.STATUSES.forEach(s -> counts.put(s, 0L));
        promises.forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        refs.sort(Comparator.comparing(CaseRef::caseId));
        return new PromiseLedger(scope, municipality, caseId, day, collegeFilter, named, refs, promises, counts);
    }

    private static CaseFileState stateOn(List<RecordedEvent> events, LocalDate day) {
        CaseFileState state = new CaseFileState();
        for (RecordedEvent e : events) {
            if (e.occurredOn() != null && e.occurredOn().isAfter(day)) break;
            state.apply(e);
        }
        return state;
    }

    private static Promise promise(
            PromiseRules.Found f, String caseId, List<College> colleges, Map<String, String> names, ZoneId zone) {
        RecordedEvent made = f.made();
        Actor actor = f.maker();
        College under = CollegeTerms.inOffice(colleges, made.occurredOn());
        return new Promise(
                f.promiseId(),
                caseId,
                f.kind(),
                f.form(),
                f.subject(),
                made.occurredOn(),
                f.dueOn(),
                new Maker(actor.personId(), name(names, actor.personId()), actor.role(), actor.party()),
                recording(made, names, zone),
                under == null ? null : under.collegeId(),
                f.status(),
                f.statusSince(),
                f.rule(),
                f.eventIds());
    }

    private static Recording recording(RecordedEvent e, Map<String, String> names, ZoneId zone) {
        Recorder r = e.recorder();
        LocalDate on = e.recordedOn(zone);
        if (r == null) return new Recording("unknown", null, null, null, on);
        String kind = r.kind().name().toLowerCase();
        String name = r.kind() == Recorder.Kind.PERSON ? name(names, r.personId()) : null;
        return new Recording(kind, r.personId(), name, r.source(), on);
    }

    private static College named(College c, Map<String, String> names) {
        List<Member> members = c.members().stream()
                .map(m -> new Member(
                        m.personId(),
                        name(names, m.personId()),
                        m.role(),
                        m.portfolios(),
                        m.politicalParty(),
                        m.from(),
                        m.until()))
                .toList();
        return new College(c.collegeId(), c.installedOn(), c.until(), c.electedOn(), members, c.eventId());
    }

    private static String name(Map<String, String> names, String personId) {
        return names.getOrDefault(personId, PeopleDirectory.UNKNOWN);
    }

    private static String municipalityOf(List<RecordedEvent> events) {
        CaseFileState first = new CaseFileState();
        first.apply(events.get(0));
        return first.municipality;
    }
}
