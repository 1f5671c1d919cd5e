package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRolesRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.NeighbourhoodsRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordGovernmentRoles;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordNeighbourhoods;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RouteRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case in the municipal process (002): its phase, the government roles the municipality stacks,
 * the route the cooperation takes, and the neighbourhoods it is about (004: "Bepaal per buurt/wijk").
 */
class MunicipalProcessTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 7);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 5);
    private static final Neighbourhood ASSENDORP = new Neighbourhood("BU01930101", "Assendorp");
    private static final Neighbourhood DIEZERPOORT = new Neighbourhood("BU01930202", "Diezerpoort");
    private static final Neighbourhood SCHELLERPARK = new Neighbourhood(null, "Schellerpark");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- phase of the municipal process

    @Test
    void theCaseIsRecordedInAPhaseAlreadyBeforeTheGrant() {
        fixture.given(requested())
                .when(phase(ProcessPhase.INITIATIVE, REQUESTED_ON))
                .expectEvents(phaseRecorded(ProcessPhase.INITIATIVE, REQUESTED_ON));
    }

    @Test
    void theCaseMovesOnToTheNextPhase() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.INITIATIVE, REQUESTED_ON))
                .when(phase(ProcessPhase.DEFINITION, MARCH))
                .expectEvents(phaseRecorded(ProcessPhase.DEFINITION, MARCH));
    }

    @Test
    void aCaseMayGoBackToAnEarlierPhase() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.DESIGN_AND_DECISION, APRIL))
                .when(phase(ProcessPhase.DEFINITION, MAY))
                .expectEvents(phaseRecorded(ProcessPhase.DEFINITION, MAY));
    }

    @Test
    void anEarlierPhaseIsRecordedLate() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.DEFINITION, APRIL))
                .when(phase(ProcessPhase.INITIATIVE, MARCH))
                .expectEvents(phaseRecorded(ProcessPhase.INITIATIVE, MARCH));
    }

    @Test
    void twoPhasesMayBeRecordedOnOneDay() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.INITIATIVE, MARCH))
                .when(phase(ProcessPhase.DEFINITION, MARCH))
                .expectEvents(phaseRecorded(ProcessPhase.DEFINITION, MARCH));
    }

    @Test
    void theSamePhaseIsNotRecordedTwiceOnOneDay() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.DEFINITION, MARCH))
                .when(phase(ProcessPhase.DEFINITION, MARCH))
                .expectException(violatesOn("phase-already-recorded", "phase"));
    }

    @Test
    void theSamePhaseOnAnotherDayIsRecorded() {
        fixture.given(requested(), granted(), phaseRecorded(ProcessPhase.DEFINITION, MARCH))
                .when(phase(ProcessPhase.DEFINITION, APRIL))
                .expectEvents(phaseRecorded(ProcessPhase.DEFINITION, APRIL));
    }

    // ---------------------------------------------------------------- government roles, stacked not chosen

    @Test
    void theMunicipalityRecordsTheRolesItStacks() {
        fixture.given(requested(), granted())
                .when(roles(ALDERMAN, MARCH, GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE))
                .expectEvents(rolesRecorded(MARCH, GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE));
    }

    @Test
    void theRolesChange() {
        fixture.given(requested(), granted(), rolesRecorded(MARCH, GovernmentRole.LAWFUL))
                .when(roles(CIVIL_SERVANT, APRIL, GovernmentRole.LAWFUL, GovernmentRole.NETWORKING))
                .expectEvents(rolesRecorded(CIVIL_SERVANT, APRIL, GovernmentRole.LAWFUL, GovernmentRole.NETWORKING));
    }

    @Test
    void theSameRolesAgainAreNoChange() {
        fixture.given(
                        requested(),
                        granted(),
                        rolesRecorded(MARCH, GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE))
                .when(roles(ALDERMAN, APRIL, GovernmentRole.RESPONSIVE, GovernmentRole.NETWORKING))
                .expectException(violatesOn("government-roles-unchanged", "roles"));
    }

    @Test
    void aLateRecordIsComparedWithTheRolesInForceOnItsOwnDay() {
        fixture.given(
                        requested(),
                        granted(),
                        rolesRecorded(MARCH, GovernmentRole.LAWFUL),
                        rolesRecorded(MAY, GovernmentRole.NETWORKING))
                .when(roles(ALDERMAN, APRIL, GovernmentRole.NETWORKING))
                .expectEvents(rolesRecorded(APRIL, GovernmentRole.NETWORKING));
    }

    @Test
    void aLateRecordOfTheRolesAlreadyInForceThenIsNoChange() {
        fixture.given(
                        requested(),
                        granted(),
                        rolesRecorded(MARCH, GovernmentRole.LAWFUL),
                        rolesRecorded(MAY, GovernmentRole.NETWORKING))
                .when(roles(ALDERMAN, APRIL, GovernmentRole.LAWFUL))
                .expectException(violates("government-roles-unchanged"));
    }

    @Test
    void theInitiativeDoesNotDecideTheMunicipalitysRoles() {
        fixture.given(requested(), granted())
                .when(roles(BOARD_MEMBER, MARCH, GovernmentRole.RESPONSIVE))
                .expectException(violatesOn("government-roles-need-municipality", "actor.party"));
    }

    @Test
    void norDoesTheFacilitator() {
        fixture.given(requested(), granted())
                .when(roles(FACILITATOR, MARCH, GovernmentRole.RESPONSIVE))
                .expectException(violates("government-roles-need-municipality"));
    }

    // ---------------------------------------------------------------- route of the cooperation

    @Test
    void theRouteIsRecordedWithItsDecision() {
        fixture.given(requested(), granted())
                .when(route(CooperationRoute.RIGHT_TO_CHALLENGE, MARCH))
                .expectEvents(routeRecorded(CooperationRoute.RIGHT_TO_CHALLENGE, MARCH));
    }

    @Test
    void theRouteChanges() {
        fixture.given(requested(), granted(), routeRecorded(CooperationRoute.SUBSIDY, MARCH))
                .when(route(CooperationRoute.SEPARATE_LEGAL_ENTITY, MAY))
                .expectEvents(routeRecorded(CooperationRoute.SEPARATE_LEGAL_ENTITY, MAY));
    }

    @Test
    void theRouteAlreadyTakenIsNoChange() {
        fixture.given(requested(), granted(), routeRecorded(CooperationRoute.SUBSIDY, MARCH))
                .when(route(CooperationRoute.SUBSIDY, MAY))
                .expectException(violatesOn("route-unchanged", "route"));
    }

    @Test
    void aLateRouteIsComparedWithTheRouteInForceOnItsOwnDay() {
        fixture.given(requested(), granted(), routeRecorded(CooperationRoute.SUBSIDY, APRIL))
                .when(route(CooperationRoute.SUBSIDY, MARCH))
                .expectEvents(routeRecorded(CooperationRoute.SUBSIDY, MARCH));
    }

    // ---------------------------------------------------------------- neighbourhoods

    @Test
    void theCaseIsAboutNeighbourhoodsByCbsCode() {
        fixture.given(requested(), granted())
                .when(neighbourhoods(MARCH, ASSENDORP, DIEZERPOORT))
                .expectEvents(neighbourhoodsRecorded(MARCH, ASSENDORP, DIEZERPOORT));
    }

    @Test
    void aNeighbourhoodWithoutAKnownCodeIsNamed() {
        fixture.given(requested())
                .when(neighbourhoods(REQUESTED_ON, SCHELLERPARK))
                .expectEvents(neighbourhoodsRecorded(REQUESTED_ON, SCHELLERPARK));
    }

    @Test
    void aDistrictCodeOfTheMunicipalityIsAccepted() {
        Neighbourhood district = new Neighbourhood("WK019301", null);
        fixture.given(requested(), granted())
                .when(neighbourhoods(MARCH, district))
                .expectEvents(neighbourhoodsRecorded(MARCH, district));
    }

    @Test
    void theNeighbourhoodsChange() {
        fixture.given(requested(), granted(), neighbourhoodsRecorded(MARCH, ASSENDORP))
                .when(neighbourhoods(MAY, ASSENDORP, SCHELLERPARK))
                .expectEvents(neighbourhoodsRecorded(MAY, ASSENDORP, SCHELLERPARK));
    }

    @Test
    void theSameNeighbourhoodsInAnotherOrderAreNoChange() {
        fixture.given(requested(), granted(), neighbourhoodsRecorded(MARCH, ASSENDORP, DIEZERPOORT))
                .when(neighbourhoods(MAY, DIEZERPOORT, ASSENDORP))
                .expectException(violatesOn("neighbourhoods-unchanged", "neighbourhoods"));
    }

    @Test
    void aNeighbourhoodOfAnotherMunicipalityIsNotPartOfTheCase() {
        Neighbourhood inZutphen = new Neighbourhood("BU03010000", "Binnenstad Zutphen");
        fixture.given(requested(), granted())
                .when(neighbourhoods(MARCH, ASSENDORP, inZutphen))
                .expectException(violatesOn("neighbourhood-outside-municipality", "neighbourhoods[1].code"));
    }

    // ---------------------------------------------------------------- test data

    private static RecordProcessPhase phase(ProcessPhase phase, LocalDate on) {
        return new RecordProcessPhase(CASE_ID, CIVIL_SERVANT, on, phase, "Besproken in het regieoverleg");
    }

    private static ProcessPhaseRecorded phaseRecorded(ProcessPhase phase, LocalDate on) {
        return new ProcessPhaseRecorded(CASE_ID, CIVIL_SERVANT, on, phase, "Besproken in het regieoverleg");
    }

    private static RecordGovernmentRoles roles(Actor by, LocalDate on, GovernmentRole... roles) {
        return new RecordGovernmentRoles(
                CASE_ID, by, on, Set.of(roles), "Het initiatief is eigenaar; de gemeente sluit aan");
    }

    private static GovernmentRolesRecorded rolesRecorded(LocalDate on, GovernmentRole... roles) {
        return rolesRecorded(ALDERMAN, on, roles);
    }

    private static GovernmentRolesRecorded rolesRecorded(Actor by, LocalDate on, GovernmentRole... roles) {
        return new GovernmentRolesRecorded(
                CASE_ID, by, on, Set.of(roles), "Het initiatief is eigenaar; de gemeente sluit aan");
    }

    private static RecordRoute route(CooperationRoute route, LocalDate on) {
        return new RecordRoute(CASE_ID, CIVIL_SERVANT, on, route, "B&W-besluit 2025-0303-7", null);
    }

    private static RouteRecorded routeRecorded(CooperationRoute route, LocalDate on) {
        return new RouteRecorded(CASE_ID, CIVIL_SERVANT, on, route, "B&W-besluit 2025-0303-7", null);
    }

    private static RecordNeighbourhoods neighbourhoods(LocalDate on, Neighbourhood... neighbourhoods) {
        return new RecordNeighbourhoods(CASE_ID, BOARD_MEMBER, on, List.of(neighbourhoods));
    }

    private static NeighbourhoodsRecorded neighbourhoodsRecorded(LocalDate on, Neighbourhood... neighbourhoods) {
        return new NeighbourhoodsRecorded(CASE_ID, BOARD_MEMBER, on, List.of(neighbourhoods));
    }
}
