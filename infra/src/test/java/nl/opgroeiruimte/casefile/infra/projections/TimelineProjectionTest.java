package nl.opgroeiruimte.casefile.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.timeline.TimelineEntry;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProjection;
import nl.opgroeiruimte.casefile.query.timeline.TimelineQueries;
import nl.opgroeiruimte.casefile.query.timeline.TimelineQueries.Filter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's timeline as {@link TimelineProjection} keeps it and {@link TimelineQueries} reads it. */
class TimelineProjectionTest extends ProjectionSlice {
    private static final LocalDate JAN_8 = LocalDate.parse("2024-01-08");
    private static final Filter EVERYTHING = new Filter(Set.of(), null, null);

    @Autowired
    TimelineProjection projection;

    @Autowired
    TimelineQueries timeline;

    @Test
    void eachFactIsOneEntryInTheOrderItHappenedWithWhoActedForWhom() {
        String caseId = newCaseId();
        // the grant is recorded first, the request it answers a day later
        deliver(
                projection,
                recorded(caseId, 0, granted(caseId, LocalDate.parse("2024-02-05")), LocalDate.parse("2024-02-05")));
        deliver(projection, recorded(caseId, 1, requested(caseId, JAN_8), LocalDate.parse("2024-02-06")));

        List<TimelineEntry> entries = timeline(caseId);
        assertThat(entries)
                .extracting(TimelineEntry::kind)
                .containsExactly("opgroeiruimte-requested", "opgroeiruimte-granted");
        TimelineEntry request = entries.get(0);
        assertThat(request.occurredOn()).isEqualTo(JAN_8);
        assertThat(request.actorPersonId()).isEqualTo("p-cor");
        assertThat(request.onBehalfOf()).isEqualTo(Party.initiative(INITIATIVE));
        assertThat(request.actorRole()).isEqualTo("board-member");
        assertThat(request.source()).isEqualTo("case");
        assertThat(request.summary()).isNotBlank();
        assertThat(request.summaryNl()).isNotBlank();
    }

    @Test
    void aFactRecordedMoreThanTwoWeeksAfterItHappenedIsMarkedLate() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8.plusDays(14)));
        deliver(
                projection,
                recorded(
                        caseId,
                        1,
                        new CasePaused(caseId, CIVIL_SERVANT, JAN_8.plusDays(20), "raad"),
                        JAN_8.plusDays(35)));

        assertThat(timeline(caseId)).extracting(TimelineEntry::recordedLate).containsExactly(false, true);
    }

    @Test
    void anEventDeliveredAgainIsOneEntry() {
        String caseId = newCaseId();
        DomainEventMessage<?> request = recorded(caseId, 0, requested(caseId, JAN_8), JAN_8);

        deliver(projection, request);
        deliver(projection, request);

        assertThat(timeline(caseId)).hasSize(1);
    }

    @Test
    void whatHappensToTheMunicipalityFromTheRequestOnIsOnTheCasesTimeline() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));
        deliver(
                projection,
                recorded(MUNICIPALITY, 0, election(LocalDate.parse("2023-11-22")), LocalDate.parse("2023-11-22")));
        deliver(
                projection,
                recorded(MUNICIPALITY, 1, election(LocalDate.parse("2024-06-06")), LocalDate.parse("2024-06-06")));

        List<TimelineEntry> entries = timeline(caseId);
        assertThat(entries).extracting(TimelineEntry::source).containsExactly("case", "municipality");
        assertThat(entries.get(1).occurredOn())
                .as("only what happened since the request")
                .isEqualTo(LocalDate.parse("2024-06-06"));
    }

    @Test
    void theNameOfWhoActedIsLookedUpWhenReadNeverStored() {
        String caseId = newCaseId();
        deliver(projection, recorded(caseId, 0, requested(caseId, JAN_8), JAN_8));

        assertThat(timeline(caseId).get(0).actorName())
                .as("p-cor is in no people register here")
                .isEqualTo(PeopleDirectory.UNKNOWN);
    }

    private List<TimelineEntry> timeline(String caseId) {
        return timeline.timeline(caseId, MUNICIPALITY, JAN_8, EVERYTHING, 1, 100)
                .items();
    }

    private static MunicipalElectionRecorded election(LocalDate day) {
        return new MunicipalElectionRecorded(MUNICIPALITY, CIVIL_SERVANT, day, day, false, List.of());
    }
}
