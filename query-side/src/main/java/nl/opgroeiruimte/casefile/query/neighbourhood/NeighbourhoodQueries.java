package nl.opgroeiruimte.casefile.query.neighbourhood;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail.PersonRef;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.neighbourhood.NeighbourhoodViews.*;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import org.springframework.stereotype.Component;

/**
 * The municipality's approach per neighbourhood (004) and its cases grouped by neighbourhood, as of any
 * date. Both are folds, like the audit trail (docs/as-of-design.md): the approach from the municipality's
 * own events, each case from its events that happened by the date. Only the list of the municipality's
 * cases comes from a table, asked of its owner ({@link CaseQueries}).
 */
@Component
public class NeighbourhoodQueries {
    private final CaseHistory history;
    private final PeopleDirectory people;
    private final CaseQueries cases;
    private final Clock clock;

    public NeighbourhoodQueries(CaseHistory history, PeopleDirectory people, CaseQueries cases, Clock clock) {
        this.history = history;
        this.people = people;
        this.cases = cases;
        this.clock = clock;
    }

    public NeighbourhoodApproaches approaches(String cbsCode, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<ApproachView> approaches = approachesInForce(cbsCode, day).values().stream()
                .sorted(Comparator.comparing(
                                (ApproachView a) -> a.neighbourhood().code(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                a -> a.neighbourhood().name(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
        return new NeighbourhoodApproaches(cbsCode, day, approaches);
    }

    /** One recorded version, whatever its date, with the versions it replaced. */
    public ApproachView approach(String cbsCode, String approachId) {
        List<Version> versions = versions(cbsCode, null);
        Version wanted = versions.stream()
                .filter(v -> v.event.approachId().equals(approachId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntity("neighbourhood-approach", approachId));
        Map<String, List<Version>> byNeighbourhood = byNeighbourhood(versions.subList(0, versions.indexOf(wanted) + 1));
        List<Version> mine = byNeighbourhood.values().stream()
                .filter(list -> list.contains(wanted))
                .findFirst()
                .orElseThrow();
        List<Version> upToWanted = mine.subList(0, mine.indexOf(wanted) + 1);
        return view(upToWanted, names(upToWanted));
    }

    public NeighbourhoodOverview overview(String cbsCode, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Map<String, ApproachView> approaches = approachesInForce(cbsCode, day);
        Map<String, Group> groups = new LinkedHashMap<>();
        approaches.forEach((identity, approach) -> groups.put(identity, new Group(approach.neighbourhood(), approach)));
        List<CaseInNeighbourhood> without = new ArrayList<>();
        for (String caseId : cases.requestedBy(cbsCode, day)) {
            CaseFileState state =
                    AuditTrailService.fold(history.ofCaseInOccurrenceOrder(caseId), day, null, clock.getZone());
            if (state.caseId == null) continue;
            CaseFileState.NeighbourhoodsRecord neighbourhoods = state.neighbourhoodsInForce();
            CaseInNeighbourhood item = item(state, neighbourhoods);
            if (neighbourhoods == null) {
                without.add(item);
                continue;
            }
            neighbourhoods.neighbourhoods().stream()
                    .map(n -> groupOf(groups, n))
                    .distinct()
                    .forEach(g -> g.cases.add(item));
        }
        List<NeighbourhoodGroup> grouped = groups.values().stream()
                .sorted(Comparator.comparing(
                                (Group g) -> g.neighbourhood.code(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(
                                g -> g.neighbourhood.name(), Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .map(g -> new NeighbourhoodGroup(g.neighbourhood, g.approach, List.copyOf(g.cases)))
                .toList();
        return new NeighbourhoodOverview(cbsCode, day, grouped, without);
    }

    private static CaseInNeighbourhood item(CaseFileState s, CaseFileState.NeighbourhoodsRecord neighbourhoods) {
        CaseFileState.PhaseRecord phase = s.phaseInForce();
        return new CaseInNeighbourhood(
                s.caseId,
                s.initiative,
                s.scope.activity(),
                s.scope.area(),
                s.status.name().toLowerCase(),
                phase == null ? null : phase.phase().name().toLowerCase().replace('_', '-'),
                phase == null ? null : phase.since(),
                neighbourhoods == null ? null : neighbourhoods.since());
    }

    /**
     * The group a case's neighbourhood belongs to: the same code; else, for a coded neighbourhood, one known by
     * the same name only; for one known by name only, the same name, with or without a code; else a group of its own.
     */
    private static Group groupOf(Map<String, Group> groups, Neighbourhood n) {
        Group same = groups.get(n.identity());
        if (same != null) return same;
        Group byName = n.name() == null
                ? null
                : groups.values().stream()
                        .filter(g -> g.neighbourhood.isNamed(n.name())
                                && (n.code() == null || g.neighbourhood.code() == null))
                        .findFirst()
                        .orElse(null);
        if (byName != null) return byName;
        Group own = new Group(n, null);
        groups.put(n.identity(), own);
        return own;
    }

    private static final class Group {
        final Neighbourhood neighbourhood;
        final ApproachView approach;
        final List<CaseInNeighbourhood> cases = new ArrayList<>();

        Group(Neighbourhood neighbourhood, ApproachView approach) {
            this.neighbourhood = neighbourhood;
            this.approach = approach;
        }
    }

    // ---------------------------------------------------------------- the fold of the approaches

    private record Version(NeighbourhoodApproachRecorded event, String eventId) {}

    /** Per neighbourhood (its identity), the version in force on the day with the versions before it. */
    private Map<String, ApproachView> approachesInForce(String cbsCode, LocalDate day) {
        Map<String, List<Version>> byNeighbourhood = byNeighbourhood(versions(cbsCode, day));
        Map<String, String> names =
                names(byNeighbourhood.values().stream().flatMap(List::stream).toList());
        Map<String, ApproachView> inForce = new LinkedHashMap<>();
        byNeighbourhood.forEach((identity, versions) -> inForce.put(identity, view(versions, names)));
        return inForce;
    }

    /** The municipality's approach records that happened by the day (all when null), in the order they happened. */
    private List<Version> versions(String cbsCode, LocalDate day) {
        List<RecordedEvent> events = history.of(MunicipalityCommand.streamId(cbsCode));
        if (events.isEmpty()) throw new UnknownEntity("municipality", cbsCode);
        return events.stream()
                .filter(e -> e.payload() instanceof NeighbourhoodApproachRecorded)
                .filter(e -> day == null || !e.occurredOn().isAfter(day))
                .sorted(Comparator.comparing(RecordedEvent::occurredOn).thenComparingLong(RecordedEvent::sequence))
                .map(e -> new Version((NeighbourhoodApproachRecorded) e.payload(), e.eventId()))
                .toList();
    }

    /**
     * The versions per neighbourhood, oldest first. A neighbourhood first recorded by name only and later
     * with its code and that name is one neighbourhood: its versions move under the code.
     */
    private static Map<String, List<Version>> byNeighbourhood(List<Version> versions) {
        Map<String, List<Version>> byNeighbourhood = new LinkedHashMap<>();
        for (Version v : versions) {
            Neighbourhood n = v.event.neighbourhood();
            List<Version> list = byNeighbourhood.computeIfAbsent(n.identity(), k -> new ArrayList<>());
            if (n.code() != null && n.name() != null) {
                List<Version> knownByName = byNeighbourhood.remove(new Neighbourhood(null, n.name()).identity());
                if (knownByName != null) list.addAll(0, knownByName);
            }
            list.add(v);
        }
        return byNeighbourhood;
    }

    private static ApproachView view(List<Version> versions, Map<String, String> names) {
        Version current = versions.get(versions.size() - 1);
        NeighbourhoodApproachRecorded e = current.event;
        List<VersionRef> earlier = versions.subList(0, versions.size() - 1).stream()
                .map(v -> new VersionRef(v.event.approachId(), v.event.occurredOn(), v.event.intensity(), v.eventId))
                .toList();
        String personId = e.actor().personId();
        return new ApproachView(
                e.approachId(),
                e.neighbourhood(),
                e.occurredOn(),
                e.governmentRoles().stream().sorted().toList(),
                e.role(),
                e.goals(),
                e.intensity(),
                e.wijkkompas(),
                e.considerations(),
                new PersonRef(personId, names.getOrDefault(personId, PeopleDirectory.UNKNOWN)),
                current.eventId,
                earlier);
    }

    private Map<String, String> names(List<Version> versions) {
        Set<String> ids = versions.stream()
                .map(v -> v.event.actor().personId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return people.displayNames(ids);
    }
}
