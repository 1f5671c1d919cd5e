package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorAppointed;
import nl.opgroeiruimte.casefile.kernel.partnership.role.FacilitatorReleased;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseResumed;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries.Filter;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries.Visibility;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.cases.CaseSummaryProjection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case list's row per case: what the dashboards and lists show, kept by {@link CaseSummaryProjection}. */
class CaseSummaryProjectionTest extends ProjectionSlice {
    private static final LocalDate JAN_8 = LocalDate.parse("2024-01-08");

    @Autowired
    CaseSummaryProjection projection;

    @Autowired
    CaseQueries cases;

    @Test
    void aRequestedCaseIsListedWithItsPartiesAndScope() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));

        CaseSummary summary = cases.find(caseId).orElseThrow();
        assertThat(summary.status()).isEqualTo("requested");
        assertThat(summary.municipality()).isEqualTo(MUNICIPALITY);
        assertThat(summary.initiative()).isEqualTo(INITIATIVE);
        assertThat(summary.activity()).isEqualTo("collectief warmtenet");
        assertThat(summary.area()).isEqualTo("Assendorp");
        assertThat(summary.requestedOn()).isEqualTo(JAN_8);
        assertThat(summary.eventCount()).isEqualTo(1);
    }

    @Test
    void theStatusFollowsTheTrackAndAStopClosesTheCase() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        deliver(
                projection,
                recorded(caseId, 1, granted(caseId, LocalDate.parse("2024-02-05")), LocalDate.parse("2024-02-05")));
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo("granted");

        deliver(
                projection,
                recorded(
                        caseId,
                        2,
                        new CasePaused(caseId, CIVIL_SERVANT, LocalDate.parse("2024-04-01"), "raad"),
                        LocalDate.parse("2024-04-01")));
        assertThat(cases.find(caseId).orElseThrow().status()).isEqualTo("paused");

        deliver(
                projection,
                recorded(
                        caseId,
                        3,
                        new CaseResumed(caseId, CIVIL_SERVANT, LocalDate.parse("2024-05-01"), "besloten"),
                        LocalDate.parse("2024-05-01")));
        deliver(
                projection,
                recorded(
                        caseId,
                        4,
                        new CaseStopped(caseId, CIVIL_SERVANT, LocalDate.parse("2024-09-30"), "geen draagvlak"),
                        LocalDate.parse("2024-10-02")));

        CaseSummary stopped = cases.find(caseId).orElseThrow();
        assertThat(stopped.status()).isEqualTo("stopped");
        assertThat(stopped.grantedOn()).isEqualTo(LocalDate.parse("2024-02-05"));
        assertThat(stopped.closedOn())
                .as("the day it happened, not the day it was recorded")
                .isEqualTo(LocalDate.parse("2024-09-30"));
        assertThat(stopped.lastEventOn()).isEqualTo(LocalDate.parse("2024-09-30"));
        assertThat(stopped.eventCount()).isEqualTo(5);
        assertThat(cases.countsPerStatus(new Filter(MUNICIPALITY, INITIATIVE, null), new Visibility(null, null, null)))
                .containsEntry("stopped", 1L);
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        DomainEventMessage<?> pause = recorded(
                caseId, 1, new CasePaused(caseId, CIVIL_SERVANT, JAN_8.plusDays(30), "raad"), JAN_8.plusDays(30));

        deliver(projection, pause);
        deliver(projection, pause);

        assertThat(cases.find(caseId).orElseThrow().eventCount()).isEqualTo(2);
    }

    @Test
    void aPhaseRecordedLateForAnEarlierDayDoesNotReplaceThePhaseInForce() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        deliver(
                projection,
                recorded(
                        caseId,
                        1,
                        new ProcessPhaseRecorded(
                                caseId,
                                CIVIL_SERVANT,
                                LocalDate.parse("2024-03-01"),
                                ProcessPhase.DESIGN_AND_DECISION,
                                null),
                        LocalDate.parse("2024-03-01")));
        deliver(
                projection,
                recorded(
                        caseId,
                        2,
                        new ProcessPhaseRecorded(
                                caseId,
                                CIVIL_SERVANT,
                                LocalDate.parse("2024-02-01"),
                                ProcessPhase.DEFINITION,
                                "te laat vastgelegd"),
                        LocalDate.parse("2024-03-10")));

        CaseSummary summary = cases.find(caseId).orElseThrow();
        assertThat(summary.phase()).isEqualTo("design-and-decision");
        assertThat(summary.phaseSince()).isEqualTo(LocalDate.parse("2024-03-01"));
    }

    @Test
    void aFacilitatorSeesTheCasesTheyAreAppointedToUntilReleased() {
        String caseId = newCaseId();
        Visibility facilitator = new Visibility(null, null, "p-procesbegeleider");
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        deliver(
                projection,
                recorded(
                        caseId,
                        1,
                        new FacilitatorAppointed(
                                caseId, CIVIL_SERVANT, JAN_8.plusDays(7), "p-procesbegeleider", "Procesbureau"),
                        JAN_8.plusDays(7)));
        assertThat(cases.list(new Filter(null, null, null), facilitator, 1, 50).items())
                .extracting(CaseSummary::caseId)
                .containsExactly(caseId);

        deliver(
                projection,
                recorded(
                        caseId,
                        2,
                        new FacilitatorReleased(
                                caseId,
                                CIVIL_SERVANT,
                                JAN_8.plusDays(90),
                                "p-procesbegeleider",
                                "traject loopt zelfstandig"),
                        JAN_8.plusDays(90)));
        assertThat(cases.list(new Filter(null, null, null), facilitator, 1, 50).items())
                .isEmpty();
    }
}
