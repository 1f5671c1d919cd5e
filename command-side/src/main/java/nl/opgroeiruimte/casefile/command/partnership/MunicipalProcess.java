package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.GOVERNMENT_ROLES_NEED_MUNICIPALITY;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.GOVERNMENT_ROLES_UNCHANGED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.NEIGHBOURHOODS_UNCHANGED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.NEIGHBOURHOOD_OUTSIDE_MUNICIPALITY;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.PHASE_ALREADY_RECORDED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.PROCESS_HOLD_RELEASED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ROUTE_UNCHANGED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRolesRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HoldMunicipalProcess;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessHeld;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.NeighbourhoodsRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordGovernmentRoles;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordNeighbourhoods;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ReleaseMunicipalProcess;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RouteRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The municipal process of a case (002, 004): the phase it is in, the government roles the municipality
 * takes, the cooperation route and the neighbourhoods the case is about. Each is recorded as it stands
 * from a day on, in any order and late; a record that changes nothing on its day is refused. It also
 * keeps the municipal processes (a tender, a plan, a permit) put on hold for the case, the "pauzeknop in
 * lopende processen" (001 "Elkaar ruimte geven"), until each is released.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class MunicipalProcess {
    private CaseParties parties;
    private final Map<LocalDate, Set<ProcessPhase>> phasesByDay = new HashMap<>();
    /** Per day the last set recorded; the set in force on a day is the one of the latest day on or before it. */
    private final TreeMap<LocalDate, Set<GovernmentRole>> governmentRoles = new TreeMap<>();

    private final TreeMap<LocalDate, CooperationRoute> routes = new TreeMap<>();
    private final TreeMap<LocalDate, Set<Neighbourhood>> neighbourhoods = new TreeMap<>();
    /** Per process put on hold for the case, the day it was held; removed from {@code onHold} when released. */
    private final Map<String, LocalDate> holds = new HashMap<>();

    private final Set<String> onHold = new HashSet<>();

    private MunicipalProcess() {
        this(null);
    }

    MunicipalProcess(CaseParties parties) {
        this.parties = parties;
    }

    @CommandHandler
    void handle(RecordProcessPhase cmd) {
        if (phasesByDay.getOrDefault(cmd.occurredOn(), Set.of()).contains(cmd.phase())) {
            throw PHASE_ALREADY_RECORDED.violatedOn(
                    "phase", "Phase %s is already recorded for %s", cmd.phase(), cmd.occurredOn());
        }
        apply(new ProcessPhaseRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.phase(), cmd.note()));
    }

    @CommandHandler
    void handle(RecordGovernmentRoles cmd) {
        if (!parties.municipality().equals(cmd.actor().party().municipality())) {
            throw GOVERNMENT_ROLES_NEED_MUNICIPALITY.violatedOn(
                    "actor.party",
                    "The government roles are the municipality's own stance; they are recorded by someone acting for municipality %s",
                    parties.municipality());
        }
        if (Set.copyOf(cmd.roles()).equals(inForceOn(governmentRoles, cmd.occurredOn()))) {
            throw GOVERNMENT_ROLES_UNCHANGED.violatedOn(
                    "roles", "On %s the municipality already takes the roles %s", cmd.occurredOn(), cmd.roles());
        }
        apply(new GovernmentRolesRecorded(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.roles(), cmd.considerations()));
    }

    @CommandHandler
    void handle(RecordRoute cmd) {
        if (cmd.route() == inForceOn(routes, cmd.occurredOn())) {
            throw ROUTE_UNCHANGED.violatedOn(
                    "route", "On %s the cooperation already takes the route %s", cmd.occurredOn(), cmd.route());
        }
        apply(new RouteRecorded(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.route(), cmd.decisionReference(), cmd.explanation()));
    }

    @CommandHandler
    void handle(RecordNeighbourhoods cmd) {
        String municipality = parties.municipality();
        String digits = municipality.substring(2);
        for (int i = 0; i < cmd.neighbourhoods().size(); i++) {
            String code = cmd.neighbourhoods().get(i).code();
            if (code != null && !code.substring(2, 6).equals(digits)) {
                throw NEIGHBOURHOOD_OUTSIDE_MUNICIPALITY.violatedOn(
                        "neighbourhoods[" + i + "].code",
                        "%s lies outside municipality %s, whose neighbourhood codes begin with BU%s (or WK%s for a district)",
                        code,
                        municipality,
                        digits,
                        digits);
            }
        }
        if (Set.copyOf(cmd.neighbourhoods()).equals(inForceOn(neighbourhoods, cmd.occurredOn()))) {
            throw NEIGHBOURHOODS_UNCHANGED.violatedOn(
                    "neighbourhoods", "On %s the case is already about these neighbourhoods", cmd.occurredOn());
        }
        apply(new NeighbourhoodsRecorded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.neighbourhoods()));
    }

    @CommandHandler
    void handle(HoldMunicipalProcess cmd) {
        Require.notYetRecorded("process hold", "holdId", cmd.holdId(), holds.containsKey(cmd.holdId()));
        apply(new MunicipalProcessHeld(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.holdId(),
                cmd.process(),
                cmd.description(),
                cmd.reference()));
    }

    @CommandHandler
    void handle(ReleaseMunicipalProcess cmd) {
        LocalDate heldOn = holds.get(cmd.holdId());
        if (heldOn == null) throw new UnknownEntity("process hold", cmd.holdId());
        if (!onHold.contains(cmd.holdId())) {
            throw PROCESS_HOLD_RELEASED.violatedOn("holdId", "The hold %s was already released", cmd.holdId());
        }
        Require.notBefore(cmd.occurredOn(), heldOn, "the process was put on hold");
        apply(new MunicipalProcessReleased(cmd.caseId(), cmd.actor(), cmd.occurredOn(), cmd.holdId(), cmd.reason()));
    }

    @EventSourcingHandler
    void on(MunicipalProcessHeld e) {
        holds.put(e.holdId(), e.occurredOn());
        onHold.add(e.holdId());
    }

    @EventSourcingHandler
    void on(MunicipalProcessReleased e) {
        onHold.remove(e.holdId());
    }

    /** What was recorded last on or before the day, or null when nothing was yet. */
    private static <T> T inForceOn(TreeMap<LocalDate, T> recorded, LocalDate day) {
        Map.Entry<LocalDate, T> entry = recorded.floorEntry(day);
        return entry == null ? null : entry.getValue();
    }

    @EventSourcingHandler
    void on(ProcessPhaseRecorded e) {
        phasesByDay.computeIfAbsent(e.occurredOn(), day -> new HashSet<>()).add(e.phase());
    }

    @EventSourcingHandler
    void on(GovernmentRolesRecorded e) {
        governmentRoles.put(e.occurredOn(), Set.copyOf(e.roles()));
    }

    @EventSourcingHandler
    void on(RouteRecorded e) {
        routes.put(e.occurredOn(), e.route());
    }

    @EventSourcingHandler
    void on(NeighbourhoodsRecorded e) {
        neighbourhoods.put(e.occurredOn(), Set.copyOf(e.neighbourhoods()));
    }

    /** A reorganisation moved the case: the successor is the case's municipality from now on. */
    void movedTo(CaseParties successor) {
        parties = successor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MunicipalProcess other
                && Objects.equals(parties, other.parties)
                && phasesByDay.equals(other.phasesByDay)
                && governmentRoles.equals(other.governmentRoles)
                && routes.equals(other.routes)
                && neighbourhoods.equals(other.neighbourhoods)
                && holds.equals(other.holds)
                && onHold.equals(other.onHold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parties, phasesByDay, governmentRoles, routes, neighbourhoods, holds, onHold);
    }
}
