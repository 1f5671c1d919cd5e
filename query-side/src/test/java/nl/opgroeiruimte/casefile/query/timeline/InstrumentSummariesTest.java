package nl.opgroeiruimte.casefile.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodGoals;
import nl.opgroeiruimte.casefile.kernel.municipality.PartnershipIntensity;
import nl.opgroeiruimte.casefile.kernel.partnership.process.*;
import nl.opgroeiruimte.casefile.kernel.partnership.question.*;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.junit.jupiter.api.Test;

/** The timeline line of each instrument of the municipal guides, in English and in the seeds' Dutch. */
class InstrumentSummariesTest {
    private static final Summaries SUMMARIES = new Summaries(Labels.standalone());
    private static final LocalDate DAY = LocalDate.parse("2024-05-20");
    private static final Actor BOARD_MEMBER =
            new Actor("p-cor", Party.initiative("warmte-assendorp"), ActorRole.BOARD_MEMBER);
    private static final Actor ALDERMAN = new Actor("p-wim", Party.municipality("GM0193"), ActorRole.ALDERMAN);

    @Test
    void aQuestionSaysWhichSideAskedWhichAndAboutWhat() {
        var summary = SUMMARIES.of(new QuestionAsked(
                "c",
                BOARD_MEMBER,
                DAY,
                "q1",
                BOARD_MEMBER,
                Party.municipality("GM0193"),
                QuestionTopic.LAND,
                "May we use the plot?"));

        assertThat(summary.en())
                .isEqualTo("Question of the initiative to the municipality (land): May we use the plot?");
        assertThat(summary.nl()).isEqualTo("Vraag van het initiatief aan de gemeente (grond): May we use the plot?");
    }

    @Test
    void aLaterNamesItsMomentItsConditionAndTheMandate() {
        var summary = SUMMARIES.of(new QuestionAnswered(
                "c",
                ALDERMAN,
                DAY,
                "q1",
                ALDERMAN,
                AnswerStatus.LATER,
                "zoned as green",
                "college mandate",
                LocalDate.parse("2024-09-01"),
                "the plan is adopted",
                null));

        assertThat(summary.en())
                .isEqualTo(
                        "Question answered: later, expected on 2024-09-01, when the plan is adopted; mandate: college mandate");
        assertThat(summary.nl())
                .isEqualTo(
                        "Vraag beantwoord: ooit, verwacht op 2024-09-01, als the plan is adopted; mandaat: college mandate");
    }

    @Test
    void whatBecameOfALaterShowsWhatItWas() {
        var summary = SUMMARIES.of(new QuestionAnswered(
                "c",
                ALDERMAN,
                DAY,
                "q1",
                ALDERMAN,
                AnswerStatus.NOW,
                "allowed",
                "college decision",
                null,
                null,
                AnswerStatus.LATER));

        assertThat(summary.en()).isEqualTo("Question answered: now (was: later); mandate: college decision");
        assertThat(summary.nl()).isEqualTo("Vraag beantwoord: nu (was: ooit); mandaat: college decision");
    }

    @Test
    void followUpAndWithdrawal() {
        assertThat(SUMMARIES
                        .of(new QuestionFollowedUp("c", BOARD_MEMBER, DAY, "q1", "asked again"))
                        .nl())
                .isEqualTo("Een 'ooit' opgevolgd: asked again");
        assertThat(SUMMARIES
                        .of(new QuestionWithdrawn("c", BOARD_MEMBER, DAY, "q1", "no longer needed"))
                        .en())
                .isEqualTo("Question withdrawn: no longer needed");
    }

    @Test
    void phaseRolesAndRouteInTheWordsOfSeed002() {
        assertThat(SUMMARIES
                        .of(new ProcessPhaseRecorded("c", ALDERMAN, DAY, ProcessPhase.DESIGN_AND_DECISION, null))
                        .nl())
                .isEqualTo("Fase van het gemeentelijk proces: ontwerp en besluit");
        var roles = SUMMARIES.of(new GovernmentRolesRecorded(
                "c", ALDERMAN, DAY, Set.of(GovernmentRole.RESPONSIVE, GovernmentRole.NETWORKING), null));
        assertThat(roles.en()).isEqualTo("Government roles taken: networking, responsive");
        assertThat(roles.nl()).isEqualTo("Overheidsrollen: netwerkend, responsief");
        assertThat(SUMMARIES
                        .of(new RouteRecorded(
                                "c", ALDERMAN, DAY, CooperationRoute.RIGHT_TO_CHALLENGE, "B&W 2024-3", null))
                        .nl())
                .isEqualTo("Route van de samenwerking: uitdaagrecht (B&W 2024-3)");
    }

    @Test
    void aMarketApproachSaysWhenItWasRecordedAsABreach() {
        var breach = SUMMARIES.of(new MarketApproachRecorded(
                "c",
                ALDERMAN,
                DAY,
                "a1",
                MarketApproachKind.MARKET_CONSULTATION,
                "heat in Assendorp",
                "TenderNed 123",
                "a1"));

        assertThat(breach.en())
                .isEqualTo("Market consultation started: heat in Assendorp (recorded as a breach of exclusivity)");
        assertThat(breach.nl())
                .isEqualTo(
                        "Marktconsultatie gestart: heat in Assendorp (vastgelegd als schending van de exclusiviteit)");
    }

    @Test
    void neighbourhoodsByNameWithTheirCbsCodeWhereKnown() {
        var summary = SUMMARIES.of(new NeighbourhoodsRecorded(
                "c",
                BOARD_MEMBER,
                DAY,
                List.of(
                        new Neighbourhood("BU01930101", "Assendorp"),
                        new Neighbourhood(null, "Schellerpark"),
                        new Neighbourhood("WK019302", null))));

        assertThat(summary.en())
                .isEqualTo("Neighbourhoods of the case: Assendorp (BU01930101), Schellerpark, WK019302");
        assertThat(summary.nl()).isEqualTo("Buurten van de casus: Assendorp (BU01930101), Schellerpark, WK019302");
    }

    @Test
    void theMunicipalitysApproachForANeighbourhood() {
        var summary = SUMMARIES.of(new NeighbourhoodApproachRecorded(
                "GM0193",
                ALDERMAN,
                DAY,
                "a1",
                new Neighbourhood("BU01930101", "Assendorp"),
                Set.of(GovernmentRole.NETWORKING),
                null,
                new NeighbourhoodGoals("verkennen", null, null),
                PartnershipIntensity.HEAVY,
                List.of(),
                null));

        assertThat(summary.en()).isEqualTo("Approach for Assendorp (BU01930101): heavy partnerships; roles networking");
        assertThat(summary.nl())
                .isEqualTo(
                        "Wijkaanpak voor Assendorp (BU01930101): zwaardere partnerschappen, met een intentieovereenkomst; rollen netwerkend");
    }
}
