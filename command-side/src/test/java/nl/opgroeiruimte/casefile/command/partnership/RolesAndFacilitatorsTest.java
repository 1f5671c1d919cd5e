package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorAppointed;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleAssigned;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleVacated;
import nl.opgroeiruimte.casefile.kernel.partnership.role.VacateRole;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The facilitator who guides the track and steps back, and the key roles that outlive the people holding them. */
class RolesAndFacilitatorsTest {

    private static final String GUIDE = "procesbegeleider";
    private static final LocalDate APPOINTED_ON = LocalDate.of(2025, 2, 17);
    private static final LocalDate RELEASED_ON = LocalDate.of(2025, 5, 26);
    private static final CaseRole CONTACT = CaseRole.MUNICIPAL_CONTACT;
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 2, 12);
    private static final LocalDate LEFT_ON = LocalDate.of(2025, 5, 30);
    private static final Handover WITH_NOTE = new Handover("Overdrachtsdossier besproken", null, false);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- facilitator

    @Test
    void aFacilitatorIsAppointedToGuideTheTrack() {
        fixture.given(requested(), granted())
                .when(new AppointFacilitator(CASE_ID, CIVIL_SERVANT, APPOINTED_ON, GUIDE, "Duneworks"))
                .expectEvents(appointed(GUIDE, APPOINTED_ON));
    }

    @Test
    void theSameFacilitatorIsNotAppointedTwice() {
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON))
                .when(new AppointFacilitator(CASE_ID, CIVIL_SERVANT, APPOINTED_ON.plusDays(1), GUIDE, "Duneworks"))
                .expectException(violatesOn("facilitator-already-appointed", "personId"));
    }

    @Test
    void aSecondFacilitatorCanJoinTheFirst() {
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON))
                .when(new AppointFacilitator(CASE_ID, CIVIL_SERVANT, APPOINTED_ON, "tweede-begeleider", "Duneworks"))
                .expectEvents(appointed("tweede-begeleider", APPOINTED_ON));
    }

    @Test
    void aReleasedFacilitatorCanBeAppointedAgain() {
        LocalDate again = LocalDate.of(2025, 6, 2);
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON), released(GUIDE, RELEASED_ON))
                .when(new AppointFacilitator(CASE_ID, CIVIL_SERVANT, again, GUIDE, "Duneworks"))
                .expectEvents(appointed(GUIDE, again));
    }

    @Test
    void theFacilitatorStepsBackOnceClearAgreementsExist() {
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON))
                .when(new ReleaseFacilitator(
                        CASE_ID, CIVIL_SERVANT, RELEASED_ON, GUIDE, "Heldere samenwerkingsafspraken gemaakt"))
                .expectEvents(released(GUIDE, RELEASED_ON));
    }

    @Test
    void onlyAnAppointedFacilitatorCanBeReleased() {
        fixture.given(requested(), granted())
                .when(new ReleaseFacilitator(CASE_ID, CIVIL_SERVANT, RELEASED_ON, GUIDE, null))
                .expectException(unknown("facilitator", GUIDE));
    }

    @Test
    void aReleasedFacilitatorIsNotReleasedTwice() {
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON), released(GUIDE, RELEASED_ON))
                .when(new ReleaseFacilitator(CASE_ID, CIVIL_SERVANT, RELEASED_ON.plusDays(1), GUIDE, null))
                .expectException(unknown("facilitator", GUIDE));
    }

    // ---------------------------------------------------------------- assign

    @Test
    void aVacantKeyRoleIsAssigned() {
        fixture.given(requested(), granted())
                .when(new AssignRole(CASE_ID, CIVIL_SERVANT, ASSIGNED_ON, CONTACT, "ambtenaar-energie", "Energie"))
                .expectEvents(assigned("ambtenaar-energie", ASSIGNED_ON));
    }

    @Test
    void aHeldRoleIsHandedOverRatherThanAssigned() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new AssignRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "opvolger", "Energie"))
                .expectException(violatesOn("role-held", "role"));
    }

    @Test
    void aVacatedRoleCanBeAssignedAgain() {
        LocalDate filledOn = LocalDate.of(2025, 6, 10);
        fixture.given(
                        requested(),
                        granted(),
                        assigned("ambtenaar-energie", ASSIGNED_ON),
                        vacated("ambtenaar-energie", LEFT_ON))
                .when(new AssignRole(CASE_ID, CIVIL_SERVANT, filledOn, CONTACT, "opvolger", "Energie"))
                .expectEvents(new RoleAssigned(CASE_ID, CIVIL_SERVANT, filledOn, CONTACT, "opvolger", "Energie"));
    }

    // ---------------------------------------------------------------- vacate

    @Test
    void theHolderLeavesAKeyRoleWithoutASuccessor() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new VacateRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "Andere baan"))
                .expectEvents(vacated("ambtenaar-energie", LEFT_ON));
    }

    @Test
    void aRoleIsNotLeftBeforeItsHolderTookItUp() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new VacateRole(CASE_ID, CIVIL_SERVANT, ASSIGNED_ON.minusDays(1), CONTACT, "Andere baan"))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aRoleIsNotHandedOverBeforeItsHolderTookItUp() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new HandOverRole(
                        CASE_ID, CIVIL_SERVANT, ASSIGNED_ON.minusDays(1), CONTACT, "opvolger", "energie", WITH_NOTE))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aFacilitatorIsNotReleasedBeforeBeingAppointed() {
        fixture.given(requested(), granted(), appointed(GUIDE, APPOINTED_ON))
                .when(new ReleaseFacilitator(CASE_ID, CIVIL_SERVANT, APPOINTED_ON.minusDays(1), GUIDE, "te vroeg"))
                .expectException(violatesOn("occurred-before-subject", "occurredOn"));
    }

    @Test
    void aVacantRoleCannotBeVacated() {
        fixture.given(requested(), granted())
                .when(new VacateRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "Andere baan"))
                .expectException(violatesOn("role-vacant", "role"));
    }

    // ---------------------------------------------------------------- hand over

    @Test
    void aKeyRoleIsHandedOverToASuccessorWithANote() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new HandOverRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "opvolger", "Energie", WITH_NOTE))
                .expectEvents(new RoleHandedOver(
                        CASE_ID,
                        CIVIL_SERVANT,
                        LEFT_ON,
                        CONTACT,
                        "ambtenaar-energie",
                        "opvolger",
                        "Energie",
                        WITH_NOTE));
    }

    @Test
    void aChangeOfHandsWithoutHandOverIsRecordedExplicitly() {
        Handover none = new Handover(null, null, true);
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new HandOverRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "opvolger", "Energie", none))
                .expectEvents(new RoleHandedOver(
                        CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "ambtenaar-energie", "opvolger", "Energie", none));
    }

    @Test
    void aVacantRoleCannotBeHandedOver() {
        fixture.given(requested(), granted())
                .when(new HandOverRole(CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "opvolger", "Energie", WITH_NOTE))
                .expectException(violates("role-vacant"));
    }

    @Test
    void aRoleIsNotHandedOverToItsOwnHolder() {
        fixture.given(requested(), granted(), assigned("ambtenaar-energie", ASSIGNED_ON))
                .when(new HandOverRole(
                        CASE_ID, CIVIL_SERVANT, LEFT_ON, CONTACT, "ambtenaar-energie", "Energie", WITH_NOTE))
                .expectException(violatesOn("successor-is-holder", "successorId"));
    }

    @Test
    void afterAHandOverTheSuccessorHoldsTheRole() {
        LocalDate successorLeaves = LocalDate.of(2025, 6, 13);
        fixture.given(
                        requested(),
                        granted(),
                        assigned("ambtenaar-energie", ASSIGNED_ON),
                        new RoleHandedOver(
                                CASE_ID,
                                CIVIL_SERVANT,
                                LEFT_ON,
                                CONTACT,
                                "ambtenaar-energie",
                                "opvolger",
                                "Energie",
                                WITH_NOTE))
                .when(new VacateRole(CASE_ID, CIVIL_SERVANT, successorLeaves, CONTACT, "Ziekte"))
                .expectEvents(new RoleVacated(CASE_ID, CIVIL_SERVANT, successorLeaves, CONTACT, "opvolger", "Ziekte"));
    }

    // ---------------------------------------------------------------- test data

    private static FacilitatorAppointed appointed(String personId, LocalDate on) {
        return new FacilitatorAppointed(CASE_ID, CIVIL_SERVANT, on, personId, "Duneworks");
    }

    private static FacilitatorReleased released(String personId, LocalDate on) {
        return new FacilitatorReleased(CASE_ID, CIVIL_SERVANT, on, personId, "Heldere samenwerkingsafspraken gemaakt");
    }

    private static RoleAssigned assigned(String personId, LocalDate on) {
        return new RoleAssigned(CASE_ID, CIVIL_SERVANT, on, CONTACT, personId, "Energie");
    }

    private static RoleVacated vacated(String previousHolder, LocalDate on) {
        return new RoleVacated(CASE_ID, CIVIL_SERVANT, on, CONTACT, previousHolder, "Andere baan");
    }
}
