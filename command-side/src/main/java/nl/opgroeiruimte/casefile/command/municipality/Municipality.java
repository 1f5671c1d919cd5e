package nl.opgroeiruimte.casefile.command.municipality;

import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityRule.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.ReferenceListViolation;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.kernel.municipality.*;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.FormerMunicipality;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A municipality as the partnerships feel it: its elections, the colleges of mayor and aldermen that
 * come and go, the policy it adopts, and its approach per neighbourhood. Facts about it are public and are often recorded late, so
 * nothing here has to be recorded in the order it happened, only never in the future.
 */
@Aggregate
public class Municipality extends VersionedAggregate {

    @AggregateIdentifier
    private String streamId;

    private String cbsCode;
    private final Set<LocalDate> electionDays = new HashSet<>();
    private final Map<String, College> colleges = new HashMap<>();
    private final Set<String> policies = new HashSet<>();
    /** The municipalities recorded as merged into this one. */
    private final Set<String> formerMunicipalities = new HashSet<>();

    private final Set<String> approachIds = new HashSet<>();
    /** Per neighbourhood (its identity), the approach in force from each day it was recorded. */
    private final Map<String, TreeMap<LocalDate, Approach>> approaches = new HashMap<>();
    /** The codes of the neighbourhoods recorded with a name, by that name in lower case. */
    private final Map<String, String> codesByName = new HashMap<>();

    protected Municipality() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Municipality(RegisterMunicipality cmd, Clock clock, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.isAdministrator()) throw new NotPermitted("Only an administrator registers a municipality");
        });
        requireNotInFuture(cmd, clock);
        requireActorOf(cmd.cbsCode(), cmd.actor());
        String name = DutchMunicipalities.nameOf(cmd.cbsCode())
                .orElseThrow(() -> NOT_A_CURRENT_MUNICIPALITY.violatedOn(
                        "cbsCode", "%s is not the CBS code of a current Dutch municipality", cmd.cbsCode()));
        requireExistedOn(cmd.cbsCode(), cmd.occurredOn());
        apply(new MunicipalityRegistered(cmd.cbsCode(), cmd.actor(), cmd.occurredOn(), name));
    }

    /** Every fact lies in the past, and whoever records it for a municipality records it for this one. */
    @CommandHandlerInterceptor
    public Object checkEveryCommand(CommandMessage<?> message, InterceptorChain chain, Clock clock) throws Exception {
        Caller.fromMetaData(message.getMetaData()).ifPresent(caller -> {
            if (!caller.mayRecordForMunicipality(cbsCode))
                throw new NotPermitted("Only staff of " + cbsCode + " record its facts");
        });
        if (message.getPayload() instanceof MunicipalityCommand cmd) {
            requireNotInFuture(cmd, clock);
            requireActorOf(cbsCode, cmd.actor());
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(RecordMunicipalElection cmd) {
        if (cmd.kind() == ElectionKind.REORGANISATION && cmd.electionDate() == null) {
            throw ELECTION_DATE_REQUIRED.violatedOn(
                    "electionDate", "A reorganisation election is held on a day of its own; give that day");
        }
        LocalDate day = cmd.electionDate() != null
                ? cmd.electionDate()
                : NationalElections.latestOnOrBefore(cmd.occurredOn())
                        .orElseThrow(() -> ELECTION_DATE_REQUIRED.violatedOn(
                                "electionDate",
                                "No national election day is known on or before %s; give the day of the election",
                                cmd.occurredOn()));
        if (electionDays.contains(day)) {
            throw ELECTION_ALREADY_RECORDED.violatedOn("electionDate", "The election of %s is already recorded", day);
        }
        boolean national = NationalElections.isNationalElectionDay(day);
        ElectionKind kind = cmd.kind() != null ? cmd.kind() : ElectionKind.ofDay(national);
        if (kind == ElectionKind.REGULAR && !national) {
            throw REGULAR_ELECTION_NOT_ON_NATIONAL_DAY.violatedOn(
                    "electionDate",
                    "The regular election is held on a national election day (%s); an election on %s is a reorganisation election (kind reorganisation)",
                    NationalElections.DAYS,
                    day);
        }
        if (kind == ElectionKind.REORGANISATION && national) {
            throw REORGANISATION_ELECTION_ON_NATIONAL_DAY.violatedOn(
                    "electionDate",
                    "%s is a national election day; a reorganisation election is held on a day of its own",
                    day);
        }
        List<SeatsWon> seats = cmd.seats() == null ? List.of() : List.copyOf(cmd.seats());
        apply(new MunicipalElectionRecorded(cbsCode, cmd.actor(), cmd.occurredOn(), day, national, seats, kind));
    }

    /**
     * A reorganisation (herindeling) is recorded on the successor by an administrator, as the CBS reference
     * list has it: each former municipality merged into this one on that day, and each only once. Its cases
     * then move here ({@code MunicipalReorganisationProcess} in infra).
     */
    @CommandHandler
    public void handle(RecordMunicipalReorganisation cmd, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.isAdministrator()) throw new NotPermitted("Only an administrator records a reorganisation");
        });
        List<String> formerCodes = cmd.formerMunicipalities();
        for (int i = 0; i < formerCodes.size(); i++) {
            String field = "formerMunicipalities[" + i + "]";
            String code = formerCodes.get(i);
            if (code.equals(cbsCode)) {
                throw againstReferenceList(
                        SUCCESSOR_AMONG_FORMER,
                        field,
                        "%s is the successor; it does not cease to exist in its own reorganisation",
                        code);
            }
            if (formerMunicipalities.contains(code)) {
                throw REORGANISATION_ALREADY_RECORDED.violatedOn(
                        field, "The reorganisation in which %s merged into %s is already recorded", code, cbsCode);
            }
            FormerMunicipality former = DutchMunicipalities.former(code)
                    .orElseThrow(() -> againstReferenceList(
                            NOT_A_FORMER_MUNICIPALITY,
                            field,
                            DutchMunicipalities.isCurrent(code)
                                    ? "%s still exists on the CBS reference list; it has not merged into anything"
                                    : "%s is not a municipality on the CBS reference list",
                            code));
            if (!former.successor().equals(cbsCode)) {
                throw againstReferenceList(
                        NOT_A_FORMER_MUNICIPALITY,
                        field,
                        "%s (%s) merged into %s on %s, not into %s",
                        code,
                        former.name(),
                        former.successor(),
                        former.mergedOn(),
                        cbsCode);
            }
            if (!former.mergedOn().equals(cmd.occurredOn())) {
                throw againstReferenceList(
                        REORGANISATION_DATE_MISMATCH,
                        "occurredOn",
                        "%s (%s) merged into %s on %s, by the CBS reference list, not on %s",
                        code,
                        former.name(),
                        cbsCode,
                        former.mergedOn(),
                        cmd.occurredOn());
            }
        }
        apply(new MunicipalReorganisationRecorded(cbsCode, cmd.actor(), cmd.occurredOn(), List.copyOf(formerCodes)));
    }

    @CommandHandler
    public void handle(InstallCollege cmd) {
        if (colleges.containsKey(cmd.collegeId())) {
            throw ALREADY_RECORDED.violatedOn(
                    "collegeId", "A college with id '%s' is already recorded", cmd.collegeId());
        }
        colleges.values().stream()
                .filter(c -> c.installedOn.equals(cmd.occurredOn()))
                .findAny()
                .ifPresent(other -> {
                    throw COLLEGE_ALREADY_INSTALLED_THAT_DAY.violatedOn(
                            "occurredOn", "College %s was installed on %s already", other.id, other.installedOn);
                });
        apply(new CollegeInstalled(
                cbsCode, cmd.actor(), cmd.occurredOn(), cmd.collegeId(), cmd.mayor(), List.copyOf(cmd.aldermen())));
    }

    @CommandHandler
    public void handle(RecordAldermanDeparture cmd) {
        College college = colleges.get(cmd.collegeId());
        if (college == null) throw new UnknownEntity("college", cmd.collegeId());
        LocalDate joinedOn = college.aldermen.get(cmd.personId());
        if (joinedOn == null) {
            if (college.departed.contains(cmd.personId())) {
                throw ALDERMAN_ALREADY_LEFT.violatedOn(
                        "personId", "%s already left college %s", cmd.personId(), college.id);
            }
            throw new UnknownEntity("alderman", cmd.personId());
        }
        if (cmd.occurredOn().isBefore(joinedOn)) {
            throw OCCURRED_BEFORE_INSTALLATION.violatedOn(
                    "occurredOn",
                    "%s lies before %s joined the college, on %s",
                    cmd.occurredOn(),
                    cmd.personId(),
                    joinedOn);
        }
        successorOf(college)
                .filter(next -> !cmd.occurredOn().isBefore(next.installedOn))
                .ifPresent(next -> {
                    throw COLLEGE_NO_LONGER_IN_OFFICE.violatedOn(
                            "occurredOn",
                            "College %s left office on %s, when college %s was installed",
                            college.id,
                            next.installedOn,
                            next.id);
                });
        if (cmd.successor() != null && college.sits(cmd.successor().personId())) {
            throw SUCCESSOR_ALREADY_IN_COLLEGE.violatedOn(
                    "successor.personId",
                    "%s already sits in college %s",
                    cmd.successor().personId(),
                    college.id);
        }
        apply(new AldermanDeparted(
                cbsCode,
                cmd.actor(),
                cmd.occurredOn(),
                cmd.collegeId(),
                cmd.personId(),
                cmd.reason(),
                cmd.note(),
                cmd.successor()));
    }

    @CommandHandler
    public void handle(AdoptPolicy cmd) {
        if (policies.contains(cmd.policyId())) {
            throw ALREADY_RECORDED.violatedOn("policyId", "A policy with id '%s' is already recorded", cmd.policyId());
        }
        if (cmd.kind() == PolicyKind.BUDGET && cmd.adoptedBy() != AdoptingBody.COUNCIL) {
            throw BUDGET_SET_BY_COUNCIL.violatedOn(
                    "adoptedBy",
                    "The council sets the budget (Gemeentewet art. 189), not the %s",
                    cmd.adoptedBy().name().toLowerCase());
        }
        apply(new PolicyAdopted(
                cbsCode,
                cmd.actor(),
                cmd.occurredOn(),
                cmd.policyId(),
                cmd.kind(),
                cmd.title(),
                cmd.adoptedBy(),
                cmd.opgroeiruimteIncluded(),
                cmd.reservedBudgetInEuros(),
                cmd.documentReference()));
    }

    /**
     * The municipality's own stance per neighbourhood (004, "Stappen voor de gemeente"); like the government
     * roles in a case, only someone acting for the municipality records it.
     */
    @CommandHandler
    public void handle(RecordNeighbourhoodApproach cmd) {
        if (!cbsCode.equals(cmd.actor().party().municipality())) {
            throw NEIGHBOURHOOD_APPROACH_NEEDS_MUNICIPALITY.violatedOn(
                    "actor.party",
                    "The approach per neighbourhood is the municipality's own; it is recorded by someone acting for %s",
                    cbsCode);
        }
        if (approachIds.contains(cmd.approachId())) {
            throw ALREADY_RECORDED.violatedOn(
                    "approachId", "A neighbourhood approach with id '%s' is already recorded", cmd.approachId());
        }
        Neighbourhood neighbourhood = cmd.neighbourhood();
        String digits = cbsCode.substring(2);
        if (neighbourhood.code() != null
                && !neighbourhood.code().substring(2, 6).equals(digits)) {
            throw NEIGHBOURHOOD_OUTSIDE_MUNICIPALITY.violatedOn(
                    "neighbourhood.code",
                    "%s lies outside municipality %s, whose neighbourhood codes begin with BU%s (or WK%s for a district)",
                    neighbourhood.code(),
                    cbsCode,
                    digits,
                    digits);
        }
        String knownCode = neighbourhood.code() == null ? codesByName.get(nameKey(neighbourhood.name())) : null;
        if (knownCode != null) {
            throw NEIGHBOURHOOD_CODE_KNOWN.violatedOn(
                    "neighbourhood.code",
                    "%s is recorded with its CBS code %s; give the code, so that both records are about the same neighbourhood",
                    neighbourhood.name(),
                    knownCode);
        }
        Set<GovernmentRole> roles = cmd.governmentRoles() == null ? Set.of() : Set.copyOf(cmd.governmentRoles());
        List<WijkkompasWork> wijkkompas = cmd.wijkkompas() == null ? List.of() : List.copyOf(cmd.wijkkompas());
        Approach approach = new Approach(neighbourhood, roles, cmd.role(), cmd.goals(), cmd.intensity(), wijkkompas);
        var inForce = approaches
                .getOrDefault(neighbourhood.identity(), new TreeMap<>())
                .floorEntry(cmd.occurredOn());
        if (inForce != null && inForce.getValue().equals(approach)) {
            throw NEIGHBOURHOOD_APPROACH_UNCHANGED.violated(
                    "On %s this approach is already in force for %s (recorded for %s)",
                    cmd.occurredOn(),
                    neighbourhood.name() != null ? neighbourhood.name() : neighbourhood.code(),
                    inForce.getKey());
        }
        apply(new NeighbourhoodApproachRecorded(
                cbsCode,
                cmd.actor(),
                cmd.occurredOn(),
                cmd.approachId(),
                neighbourhood,
                roles,
                cmd.role(),
                cmd.goals(),
                cmd.intensity(),
                wijkkompas,
                cmd.considerations()));
    }

    // ---------------------------------------------------------------- rules shared by handlers

    private static void requireNotInFuture(CaseFileCommand cmd, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (cmd.occurredOn().isAfter(today)) {
            throw OCCURRED_IN_FUTURE.violatedOn(
                    "occurredOn", "%s lies in the future (today is %s)", cmd.occurredOn(), today);
        }
    }

    /** A rule the CBS reference list decides: the input names what the list does not know so (422). */
    private static ReferenceListViolation againstReferenceList(
            MunicipalityRule rule, String field, String message, Object... args) {
        return new ReferenceListViolation(rule.id(), field, message.formatted(args));
    }

    /** A municipality is registered for a day on which it existed: a former one before its reorganisation, a new one from it. */
    private static void requireExistedOn(String code, LocalDate day) {
        if (DutchMunicipalities.existedOn(code, day)) return;
        Optional<FormerMunicipality> former = DutchMunicipalities.former(code);
        if (former.isPresent()) {
            throw againstReferenceList(
                    MUNICIPALITY_DID_NOT_EXIST_THEN,
                    "occurredOn",
                    "%s (%s) merged into %s on %s and no longer existed on %s",
                    code,
                    former.get().name(),
                    former.get().successor(),
                    former.get().mergedOn(),
                    day);
        }
        throw againstReferenceList(
                MUNICIPALITY_DID_NOT_EXIST_THEN,
                "occurredOn",
                "%s exists from %s, after a reorganisation, not yet on %s",
                code,
                DutchMunicipalities.createdOn(code).orElseThrow(),
                day);
    }

    /** An initiative or an outside party may record a municipality's public facts; another municipality may not. */
    private static void requireActorOf(String cbsCode, Actor actor) {
        String actingFor = actor.party().municipality();
        if (actingFor != null && !actingFor.equals(cbsCode)) {
            throw PARTY_OF_OTHER_MUNICIPALITY.violatedOn(
                    "actor.party",
                    "Someone acting for municipality %s does not record the facts of %s",
                    actingFor,
                    cbsCode);
        }
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The college installed next after this one, which ended its term. */
    private Optional<College> successorOf(College college) {
        return colleges.values().stream()
                .filter(other -> other.installedOn.isAfter(college.installedOn))
                .min(Comparator.comparing(other -> other.installedOn));
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(MunicipalityRegistered e) {
        streamId = MunicipalityCommand.streamId(e.cbsCode());
        cbsCode = e.cbsCode();
    }

    @EventSourcingHandler
    void on(MunicipalElectionRecorded e) {
        electionDays.add(e.electionDate());
    }

    @EventSourcingHandler
    void on(MunicipalReorganisationRecorded e) {
        formerMunicipalities.addAll(e.formerMunicipalities());
    }

    @EventSourcingHandler
    void on(CollegeInstalled e) {
        College college = new College(e.collegeId(), e.occurredOn(), e.mayor().personId());
        e.aldermen().forEach(alderman -> college.aldermen.put(alderman.personId(), e.occurredOn()));
        colleges.put(e.collegeId(), college);
    }

    @EventSourcingHandler
    void on(AldermanDeparted e) {
        College college = colleges.get(e.collegeId());
        college.aldermen.remove(e.personId());
        college.departed.add(e.personId());
        if (e.successor() != null) {
            college.aldermen.put(e.successor().personId(), e.occurredOn());
            college.departed.remove(e.successor().personId());
        }
    }

    @EventSourcingHandler
    void on(PolicyAdopted e) {
        policies.add(e.policyId());
    }

    @EventSourcingHandler
    void on(NeighbourhoodApproachRecorded e) {
        approachIds.add(e.approachId());
        approaches
                .computeIfAbsent(e.neighbourhood().identity(), k -> new TreeMap<>())
                .put(
                        e.occurredOn(),
                        new Approach(
                                e.neighbourhood(),
                                e.governmentRoles(),
                                e.role(),
                                e.goals(),
                                e.intensity(),
                                e.wijkkompas()));
        if (e.neighbourhood().code() != null && e.neighbourhood().name() != null) {
            codesByName.put(nameKey(e.neighbourhood().name()), e.neighbourhood().code());
        }
    }

    /** What decides whether a new record changes the approach for a neighbourhood (the considerations do not). */
    private record Approach(
            Neighbourhood neighbourhood,
            Set<GovernmentRole> governmentRoles,
            String role,
            NeighbourhoodGoals goals,
            PartnershipIntensity intensity,
            List<WijkkompasWork> wijkkompas) {}

    /** What later rules need of a college: when it took office, who sits in it since when, who left. Equal by value. */
    private static final class College {
        final String id;
        final LocalDate installedOn;
        final String mayor;
        final Map<String, LocalDate> aldermen = new HashMap<>();
        final Set<String> departed = new HashSet<>();

        College(String id, LocalDate installedOn, String mayor) {
            this.id = id;
            this.installedOn = installedOn;
            this.mayor = mayor;
        }

        boolean sits(String personId) {
            return mayor.equals(personId) || aldermen.containsKey(personId);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof College other
                    && id.equals(other.id)
                    && installedOn.equals(other.installedOn)
                    && mayor.equals(other.mayor)
                    && aldermen.equals(other.aldermen)
                    && departed.equals(other.departed);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, installedOn, mayor, aldermen, departed);
        }
    }
}
