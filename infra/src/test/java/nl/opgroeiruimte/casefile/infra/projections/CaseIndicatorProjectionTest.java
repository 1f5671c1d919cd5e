package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CaseIndicatorProjection} only marks what needs evaluating again: a case when something happens to
 * it, its municipality when something happens there. (The evaluation itself is the refresher's, tested
 * with the rules in query-side and end to end in the integration tier.)
 */
class CaseIndicatorProjectionTest extends ProjectionSlice {
    private static final LocalDate JAN_8 = LocalDate.parse("2024-01-08");

    @Autowired
    CaseIndicatorProjection projection;

    @Autowired
    IndicatorQueries indicators;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestedCaseCountsAsPendingUntilItIsEvaluated() {
        long pendingBefore = pending();
        String caseId = newCaseId();

        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));

        assertThat(pending()).isEqualTo(pendingBefore + 1);
        assertThat(stale(caseId)).isTrue();
    }

    @Test
    void everyFactOnAnEvaluatedCaseMarksItStaleAgainAndCountsTheMark() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        long marks = marks(caseId);
        evaluated(caseId);

        deliver(
                projection,
                recorded(
                        caseId,
                        1,
                        new CasePaused(caseId, CIVIL_SERVANT, JAN_8.plusDays(30), "raad"),
                        JAN_8.plusDays(30)));

        assertThat(stale(caseId)).isTrue();
        assertThat(marks(caseId))
                .as("an evaluation started before this mark is not stored")
                .isEqualTo(marks + 1);
    }

    @Test
    void aMunicipalFactMarksTheMunicipalityOnceNotEachOfItsCases() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        evaluated(caseId);
        long marked = municipalMarks();

        deliver(
                projection,
                recorded(MUNICIPALITY, 0, election(LocalDate.parse("2024-06-06")), LocalDate.parse("2024-06-06")));
        deliver(
                projection,
                recorded(MUNICIPALITY, 1, election(LocalDate.parse("2024-06-07")), LocalDate.parse("2024-06-07")));

        assertThat(municipalMarks()).isEqualTo(marked + 2);
        assertThat(stale(caseId))
                .as("the refresher carries the mark to the cases")
                .isFalse();
        assertThat(jdbc.sql("select count(*) from rm_case_indicator where case_id = :id and "
                                + CaseIndicatorProjection.NOT_YET_EVALUATED)
                        .param("id", caseId)
                        .query(Long.class)
                        .single())
                .as("yet the case counts as not evaluated since")
                .isEqualTo(1);
    }

    private long pending() {
        return indicators
                .countsPerMunicipality(MUNICIPALITY)
                .getOrDefault(MUNICIPALITY, Map.of())
                .getOrDefault("pending", 0L);
    }

    /** What the refresher does once it has evaluated the case. */
    private void evaluated(String caseId) {
        jdbc.sql("update rm_case_indicator set status = 'go', evaluated_on = :on, stale = false where case_id = :id")
                .param("on", JAN_8)
                .param("id", caseId)
                .update();
    }

    private boolean stale(String caseId) {
        return jdbc.sql("select stale from rm_case_indicator where case_id = :id")
                .param("id", caseId)
                .query(Boolean.class)
                .single();
    }

    private long marks(String caseId) {
        return jdbc.sql("select marks from rm_case_indicator where case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }

    private long municipalMarks() {
        return jdbc.sql("select coalesce(max(marked), 0) from rm_indicator_municipality_mark where municipality = :m")
                .param("m", MUNICIPALITY)
                .query(Long.class)
                .single();
    }

    private static MunicipalElectionRecorded election(LocalDate day) {
        return new MunicipalElectionRecorded(MUNICIPALITY, CIVIL_SERVANT, day, day, false, List.of());
    }
}
