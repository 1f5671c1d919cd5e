package nl.opgroeiruimte.casefile.command.municipality;

import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.BOARD_MEMBER;
import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.CLOCK;
import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.TODAY;
import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.ZWOLLE;
import static nl.opgroeiruimte.casefile.command.municipality.MunicipalityTest.registered;
import static nl.opgroeiruimte.casefile.command.support.Refusals.failsCheck;
import static nl.opgroeiruimte.casefile.command.support.Refusals.violates;
import static nl.opgroeiruimte.casefile.command.support.Refusals.violatesOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.*;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zwolle records, per neighbourhood, the role it takes, its goals for the short, middle and long term and
 * how intensive it means partnerships there to be (004, "Stappen voor de gemeente" and "Mate van
 * intensiteit van de partnerschappen"); a later record for the same neighbourhood is a new version.
 */
class NeighbourhoodApproachTest {
    static final Neighbourhood ASSENDORP = new Neighbourhood("BU01930101", "Assendorp");
    static final NeighbourhoodGoals GOALS = new NeighbourhoodGoals(
            "verkennen wie mee wil doen", "een collectief warmtenet ontwerpen", "aardgasvrij in 2040");
    static final LocalDate SPRING = LocalDate.of(2025, 3, 3);
    static final LocalDate AUTUMN = LocalDate.of(2025, 10, 6);

    private FixtureConfiguration<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    static RecordNeighbourhoodApproach light(String approachId, LocalDate on, Neighbourhood neighbourhood) {
        return new RecordNeighbourhoodApproach(
                ZWOLLE,
                CIVIL_SERVANT,
                on,
                approachId,
                neighbourhood,
                Set.of(GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE),
                null,
                GOALS,
                PartnershipIntensity.LIGHT,
                null,
                "de coöperatie verkent nog");
    }

    static NeighbourhoodApproachRecorded lightRecorded(String approachId, LocalDate on, Neighbourhood neighbourhood) {
        return new NeighbourhoodApproachRecorded(
                ZWOLLE,
                CIVIL_SERVANT,
                on,
                approachId,
                neighbourhood,
                Set.of(GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE),
                null,
                GOALS,
                PartnershipIntensity.LIGHT,
                List.of(),
                "de coöperatie verkent nog");
    }

    static RecordNeighbourhoodApproach heavy(String approachId, LocalDate on) {
        return new RecordNeighbourhoodApproach(
                ZWOLLE,
                CIVIL_SERVANT,
                on,
                approachId,
                ASSENDORP,
                Set.of(GovernmentRole.NETWORKING),
                "regisseur van de wijkaanpak",
                GOALS,
                PartnershipIntensity.HEAVY,
                List.of(
                        new WijkkompasWork(Party.initiative("warm-assendorp"), "techniek", "ontwerp"),
                        new WijkkompasWork(Party.municipality(ZWOLLE), "organisatie", null)),
                "projectontwikkeling is aan de orde: intentieovereenkomst");
    }

    @Test
    void theApproachForANeighbourhoodIsRecordedWithRoleGoalsAndIntensity() {
        fixture.given(registered())
                .when(light("a1", SPRING, ASSENDORP))
                .expectEvents(lightRecorded("a1", SPRING, ASSENDORP));
    }

    @Test
    void whenProjectDevelopmentIsAtStakeTheApproachBecomesHeavierAsANewVersion() {
        fixture.given(registered(), lightRecorded("a1", SPRING, ASSENDORP))
                .when(heavy("a2", AUTUMN))
                .expectEvents(new NeighbourhoodApproachRecorded(
                        ZWOLLE,
                        CIVIL_SERVANT,
                        AUTUMN,
                        "a2",
                        ASSENDORP,
                        Set.of(GovernmentRole.NETWORKING),
                        "regisseur van de wijkaanpak",
                        GOALS,
                        PartnershipIntensity.HEAVY,
                        List.of(
                                new WijkkompasWork(Party.initiative("warm-assendorp"), "techniek", "ontwerp"),
                                new WijkkompasWork(Party.municipality(ZWOLLE), "organisatie", null)),
                        "projectontwikkeling is aan de orde: intentieovereenkomst"));
    }

    @Test
    void aNeighbourhoodKnownOnlyByNameHasAnApproachToo() {
        Neighbourhood schellerpark = new Neighbourhood(null, "Schellerpark");
        fixture.given(registered())
                .when(light("a1", SPRING, schellerpark))
                .expectEvents(lightRecorded("a1", SPRING, schellerpark));
    }

    @Test
    void theRoleMayBeGivenInTheMunicipalitysOwnWordsAlone() {
        var ownWords = new RecordNeighbourhoodApproach(
                ZWOLLE,
                CIVIL_SERVANT,
                SPRING,
                "a1",
                ASSENDORP,
                null,
                "faciliterend: ruimte geven aan de coöperatie",
                GOALS,
                PartnershipIntensity.LIGHT,
                null,
                null);
        fixture.given(registered())
                .when(ownWords)
                .expectEvents(new NeighbourhoodApproachRecorded(
                        ZWOLLE,
                        CIVIL_SERVANT,
                        SPRING,
                        "a1",
                        ASSENDORP,
                        Set.of(),
                        "faciliterend: ruimte geven aan de coöperatie",
                        GOALS,
                        PartnershipIntensity.LIGHT,
                        List.of(),
                        null));
    }

    @Test
    void theSameApproachAlreadyInForceOnThatDayIsRefused() {
        fixture.given(registered(), lightRecorded("a1", SPRING, ASSENDORP))
                .when(light("a2", AUTUMN, ASSENDORP))
                .expectException(violates("neighbourhood-approach-unchanged"));
    }

    @Test
    void theSameApproachRecordedLateForADayBeforeTheFirstIsAVersionOfItsOwn() {
        fixture.given(registered(), lightRecorded("a1", AUTUMN, ASSENDORP))
                .when(light("a0", SPRING, ASSENDORP))
                .expectEvents(lightRecorded("a0", SPRING, ASSENDORP));
    }

    @Test
    void changingOnlyTheConsiderationsChangesNothing() {
        var sameWithOtherWords = new RecordNeighbourhoodApproach(
                ZWOLLE,
                CIVIL_SERVANT,
                AUTUMN,
                "a2",
                ASSENDORP,
                Set.of(GovernmentRole.RESPONSIVE, GovernmentRole.NETWORKING),
                null,
                GOALS,
                PartnershipIntensity.LIGHT,
                List.of(),
                "nog steeds verkennend");
        fixture.given(registered(), lightRecorded("a1", SPRING, ASSENDORP))
                .when(sameWithOtherWords)
                .expectException(violates("neighbourhood-approach-unchanged"));
    }

    @Test
    void anApproachIdIsUsedOnce() {
        fixture.given(registered(), lightRecorded("a1", SPRING, ASSENDORP))
                .when(heavy("a1", AUTUMN))
                .expectException(violatesOn("already-recorded", "approachId"));
    }

    @Test
    void aNeighbourhoodOfAnotherMunicipalityIsRefused() {
        fixture.given(registered())
                .when(light("a1", SPRING, new Neighbourhood("BU03010101", "Binnenstad Zutphen")))
                .expectException(violatesOn("neighbourhood-outside-municipality", "neighbourhood.code"));
    }

    @Test
    void aNameRecordedWithItsCodeIsNotRecordedWithoutIt() {
        fixture.given(registered(), lightRecorded("a1", SPRING, ASSENDORP))
                .when(light("a2", AUTUMN, new Neighbourhood(null, " assendorp")))
                .expectException(violatesOn("neighbourhood-code-known", "neighbourhood.code"));
    }

    @Test
    void aNeighbourhoodFirstKnownByNameMayLaterBeRecordedWithItsCode() {
        fixture.given(registered(), lightRecorded("a1", SPRING, new Neighbourhood(null, "Assendorp")))
                .when(light("a2", AUTUMN, ASSENDORP))
                .expectEvents(lightRecorded("a2", AUTUMN, ASSENDORP));
    }

    @Test
    void theApproachIsTheMunicipalitysOwnNotTheInitiatives() {
        var byInitiative = new RecordNeighbourhoodApproach(
                ZWOLLE,
                BOARD_MEMBER,
                SPRING,
                "a1",
                ASSENDORP,
                Set.of(GovernmentRole.RESPONSIVE),
                null,
                GOALS,
                PartnershipIntensity.LIGHT,
                null,
                null);
        fixture.given(registered())
                .when(byInitiative)
                .expectException(violatesOn("neighbourhood-approach-needs-municipality", "actor.party"));
    }

    @Test
    void aCivilServantOfAnotherMunicipalityIsRefusedAsForEveryMunicipalCommand() {
        Actor zutphen = new Actor("ambtenaar-zutphen", Party.municipality("GM0301"), ActorRole.CIVIL_SERVANT);
        var fromZutphen = new RecordNeighbourhoodApproach(
                ZWOLLE,
                zutphen,
                SPRING,
                "a1",
                ASSENDORP,
                Set.of(GovernmentRole.RESPONSIVE),
                null,
                GOALS,
                PartnershipIntensity.LIGHT,
                null,
                null);
        fixture.given(registered())
                .when(fromZutphen)
                .expectException(violatesOn("party-of-other-municipality", "actor.party"));
    }

    @Test
    void anApproachDatedInTheFutureIsRefused() {
        fixture.given(registered())
                .when(light("a1", TODAY.plusDays(1), ASSENDORP))
                .expectException(violatesOn("occurred-in-future", "occurredOn"));
    }

    @Test
    void theRoleIsNamedAsGovernmentRolesOrInOwnWords() {
        fixture.given(registered())
                .when(new RecordNeighbourhoodApproach(
                        ZWOLLE,
                        CIVIL_SERVANT,
                        SPRING,
                        "a1",
                        ASSENDORP,
                        Set.of(),
                        " ",
                        GOALS,
                        PartnershipIntensity.LIGHT,
                        null,
                        null))
                .expectException(failsCheck("validRole"));
    }

    @Test
    void goalsNameAtLeastOneTerm() {
        fixture.given(registered())
                .when(new RecordNeighbourhoodApproach(
                        ZWOLLE,
                        CIVIL_SERVANT,
                        SPRING,
                        "a1",
                        ASSENDORP,
                        Set.of(GovernmentRole.LAWFUL),
                        null,
                        new NeighbourhoodGoals(null, "", null),
                        PartnershipIntensity.LIGHT,
                        null,
                        null))
                .expectException(failsCheck("goals.validTerms"));
    }
}
