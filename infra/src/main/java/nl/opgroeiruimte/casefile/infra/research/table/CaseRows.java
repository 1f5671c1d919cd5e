package nl.opgroeiruimte.casefile.infra.research.table;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.opgroeiruimte.casefile.infra.web.pages.Provinces;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeCommand;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeRegistered;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalFormChanged;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.SeatsWon;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.indicators.StatusChange;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.stereotype.Component;

/**
 * Builds the rows of the case table from the event store, one case at a time: the case's own events folded
 * as every as-of answer folds them ({@link CaseFileState}), its initiative's legal form, its municipality's
 * size class and province, and the indicator history for the time spent in each status.
 */
@Component
public class CaseRows {
    private static final int CASES_PER_PAGE = 200;
    private final CaseQueries cases;
    private final CaseHistory history;
    private final IndicatorService indicators;
    private final Clock clock;

    public CaseRows(CaseQueries cases, CaseHistory history, IndicatorService indicators, Clock clock) {
        this.cases = cases;
        this.history = history;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** Which cases: requested in {@code from..to} (either may be open), of one municipality or all. */
    public record Selection(String municipality, LocalDate from, LocalDate to) {
        boolean holds(LocalDate requestedOn) {
            if (requestedOn == null) return false;
            return (from == null || !requestedOn.isBefore(from)) && (to == null || !requestedOn.isAfter(to));
        }
    }

    /** Every selected case's row, in the order of the case list. */
    public List<CaseRow> rows(Selection selection) {
        List<CaseRow> rows = new ArrayList<>();
        each(selection, rows::add);
        return rows;
    }

    /**
     * Every selected case's row without the time per indicator status (empty), which takes a replay of the
     * case's indicator history: enough to check k-anonymity, which looks at the quasi-identifiers only.
     */
    public List<CaseRow> quasiIdentifiers(Selection selection) {
        List<CaseRow> rows = new ArrayList<>();
        each(selection, false, rows::add);
        return rows;
    }

    public void each(Selection selection, Consumer<CaseRow> sink) {
        each(selection, true, sink);
    }

    private void each(Selection selection, boolean statusDays, Consumer<CaseRow> sink) {
        CaseQueries.Filter filter = new CaseQueries.Filter(selection.municipality(), null, null);
        for (int page = 1; ; page++) {
            Page<CaseSummary> batch = cases.list(filter, CaseQueries.Visibility.ALL, page, CASES_PER_PAGE);
            for (CaseSummary c : batch.items()) {
                if (selection.holds(c.requestedOn())) sink.accept(row(c.caseId(), statusDays));
            }
            if (page >= batch.totalPages()) break;
        }
    }

    public CaseRow row(String caseId) {
        return row(caseId, true);
    }

    private CaseRow row(String caseId, boolean statusDays) {
        return row(
                caseId,
                history.ofCaseInOccurrenceOrder(caseId),
                history::of,
                LocalDate.now(clock),
                statusDays ? this::daysInStatus : null);
    }

    /** The days per status of a case from its request up to {@code end}. */
    interface StatusDays {
        Map<String, Integer> of(String caseId, LocalDate requestedOn, LocalDate end);
    }

    /**
     * The row of a case without the time per indicator status (empty): from the case's events in the order
     * they happened and the streams ({@code streamOf}: its municipality's, its initiative's) that say its size
     * class and legal form. What k-anonymity looks at, for a case set that is not in a read model (the bench's
     * national dataset).
     */
    public static CaseRow quasiIdentifiers(
            String caseId,
            List<RecordedEvent> eventsInOccurrenceOrder,
            Function<String, List<RecordedEvent>> streamOf,
            LocalDate today) {
        return row(caseId, eventsInOccurrenceOrder, streamOf, today, null);
    }

    private static CaseRow row(
            String caseId,
            List<RecordedEvent> events,
            Function<String, List<RecordedEvent>> streamOf,
            LocalDate today,
            StatusDays statusDays) {
        CaseFileState state = new CaseFileState();
        Map<AgreementKind, LocalDate> firstSigned = new EnumMap<>(AgreementKind.class);
        int meetings = 0;
        int handovers = 0;
        for (RecordedEvent e : events) {
            state.apply(e);
            if (e.payload() instanceof MeetingRecorded) meetings++;
            if (e.payload() instanceof AgreementSigned s) firstSigned.putIfAbsent(s.kind(), s.occurredOn());
            if (e.payload() instanceof RoleHandedOver h && !h.handover().withoutHandover()) handovers++;
        }
        LocalDate end = state.closedOn != null ? state.closedOn : today;
        return new CaseRow(
                caseId,
                state.municipality,
                Provinces.of(state.municipality).orElse(null),
                sizeClassOf(state.municipality, streamOf),
                state.initiative,
                legalFormOf(state.initiative, streamOf),
                state.routes.isEmpty()
                        ? null
                        : state.routes.get(state.routes.size() - 1).route(),
                state.governmentRoles.isEmpty()
                        ? Set.of()
                        : state.governmentRoles
                                .get(state.governmentRoles.size() - 1)
                                .roles(),
                state.phases.isEmpty()
                        ? null
                        : state.phases.get(state.phases.size() - 1).phase(),
                state.status == null ? null : state.status.name().toLowerCase(),
                state.requestedOn,
                state.grantedOn,
                firstSigned,
                state.closedOn,
                meetings,
                state.breaches.size(),
                handovers,
                state.handoversMissing.size(),
                statusDays != null ? statusDays.of(caseId, state.requestedOn, end) : Map.of());
    }

    /** Days per status from the request up to the day before the closure (or up to today, inclusive). */
    private Map<String, Integer> daysInStatus(String caseId, LocalDate requestedOn, LocalDate end) {
        Map<String, Integer> days = new LinkedHashMap<>();
        days.put("go", 0);
        days.put("attention", 0);
        days.put("stop-risk", 0);
        if (requestedOn == null || end.isBefore(requestedOn)) return days;
        List<StatusChange> changes = indicators.history(caseId, null, end);
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            if (change.closed()) continue;
            LocalDate until = i + 1 < changes.size() ? changes.get(i + 1).from() : end.plusDays(1);
            String status = change.status().name().toLowerCase().replace('_', '-');
            days.merge(status, (int) ChronoUnit.DAYS.between(change.from(), until), Integer::sum);
        }
        return days;
    }

    private static SizeClass sizeClassOf(String cbsCode, Function<String, List<RecordedEvent>> streamOf) {
        if (cbsCode == null) return SizeClass.UNKNOWN;
        LocalDate latest = null;
        int seats = 0;
        for (RecordedEvent e : streamOf.apply(MunicipalityCommand.streamId(cbsCode))) {
            if (e.payload() instanceof MunicipalElectionRecorded election
                    && !election.seats().isEmpty()
                    && (latest == null || !election.electionDate().isBefore(latest))) {
                latest = election.electionDate();
                seats = election.seats().stream().mapToInt(SeatsWon::seats).sum();
            }
        }
        return SizeClass.ofSeats(seats);
    }

    private static LegalForm legalFormOf(String initiativeId, Function<String, List<RecordedEvent>> streamOf) {
        if (initiativeId == null) return null;
        LegalForm form = null;
        for (RecordedEvent e : streamOf.apply(InitiativeCommand.streamId(initiativeId))) {
            if (e.payload() instanceof InitiativeRegistered r) form = r.legalForm();
            if (e.payload() instanceof LegalFormChanged c) form = c.legalForm();
        }
        return form;
    }
}
