package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRolesRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.NeighbourhoodsRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RouteRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAsked;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionWithdrawn;
import org.junit.jupiter.api.Test;

/**
 * A long case is rebuilt from a snapshot: the case serialised as JSON (fields, not getters) and read
 * back. What it remembers of questions, phases, roles, routes, market approaches and neighbourhoods must
 * survive that, or the rules would judge a long case differently from a short one.
 */
class CaseSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void whatTheCaseRemembersOfItsInstrumentsSurvivesASnapshot() throws Exception {
        LocalDate march = LocalDate.of(2025, 3, 3);
        LocalDate april = LocalDate.of(2025, 4, 7);
        Partnership original = new Partnership();
        original.on(requested());
        original.on(granted());
        original.on(new QuestionAsked(CASE_ID, BOARD_MEMBER, march, "q1", BOARD_MEMBER, Party.municipality(MUNICIPALITY), QuestionTopic.LAND, "Grond?"));
        original.on(new QuestionAnswered(CASE_ID, ALDERMAN, april, "q1", ALDERMAN, AnswerStatus.LATER, "Bestemmingsplan", "mandaat",
                LocalDate.of(2025, 9, 1), null, null));
        original.on(new QuestionAsked(CASE_ID, CIVIL_SERVANT, march, "q2", CIVIL_SERVANT, Party.initiative(INITIATIVE), QuestionTopic.DATA, "Leden?"));
        original.on(new QuestionWithdrawn(CASE_ID, CIVIL_SERVANT, april, "q2", "Niet meer nodig"));
        original.on(new ProcessPhaseRecorded(CASE_ID, CIVIL_SERVANT, march, ProcessPhase.DEFINITION, null));
        original.on(new ProcessPhaseRecorded(CASE_ID, CIVIL_SERVANT, march, ProcessPhase.DESIGN_AND_DECISION, null));
        original.on(new GovernmentRolesRecorded(CASE_ID, ALDERMAN, march, Set.of(GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE), null));
        original.on(new RouteRecorded(CASE_ID, CIVIL_SERVANT, april, CooperationRoute.RIGHT_TO_CHALLENGE, "besluit", null));
        original.on(new MarketApproachRecorded(CASE_ID, BOARD_MEMBER, april, "mc1", MarketApproachKind.MARKET_CONSULTATION, "Marktconsultatie", null, null));
        original.on(new NeighbourhoodsRecorded(CASE_ID, BOARD_MEMBER, april, List.of(new Neighbourhood("BU01930101", "Assendorp"), new Neighbourhood(null, "Schellerpark"))));

        String snapshot = JSON.writeValueAsString(original);
        Partnership restored = JSON.readValue(snapshot, Partnership.class);

        assertThat(snapshot).contains("questions", "phasesByDay", "governmentRoles", "routes", "marketApproaches", "neighbourhoods");
        assertThat(restored).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(original);
    }
}
