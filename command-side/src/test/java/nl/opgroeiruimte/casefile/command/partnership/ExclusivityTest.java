package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exclusivity on the scope while opgroeiruimte runs (000 §3.1, 001), its breaches and their resolution. */
class ExclusivityTest {

    private static final String CONSULTATION = "marktconsultatie";
    private static final LocalDate BREACHED_ON = LocalDate.of(2025, 4, 1);
    private static final LocalDate RESOLVED_ON = LocalDate.of(2025, 4, 14);
    private static final Party THE_MUNICIPALITY = Party.municipality(MUNICIPALITY);
    private static final Party THE_INITIATIVE = Party.initiative(INITIATIVE);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    // ---------------------------------------------------------------- breach

    @Test
    void aMarketConsultationByTheMunicipalityDuringExclusivityIsRecordedAsABreach() {
        fixture.given(requested(), granted())
                .when(breach(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY))
                .expectEvents(breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY));
    }

    @Test
    void theInitiativeCanBreachTheExclusivityToo() {
        fixture.given(requested(), granted())
                .when(breach("andere-partner", BREACHED_ON, THE_INITIATIVE))
                .expectEvents(breached("andere-partner", BREACHED_ON, THE_INITIATIVE));
    }

    @Test
    void aBreachIsRecordedOnlyOnce() {
        fixture.given(requested(), granted(), breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY))
                .when(breach(CONSULTATION, BREACHED_ON.plusDays(1), THE_MUNICIPALITY))
                .expectException(violatesOn("already-recorded", "breachId"));
    }

    @Test
    void theIdOfAResolvedBreachIsNotReused() {
        fixture.given(
                        requested(),
                        granted(),
                        breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY),
                        resolved(CONSULTATION, RESOLVED_ON))
                .when(breach(CONSULTATION, RESOLVED_ON.plusDays(1), THE_MUNICIPALITY))
                .expectException(violates("already-recorded"));
    }

    @Test
    void withoutAGrantThereIsNoExclusivityToBreach() {
        fixture.given(requested())
                .when(breach(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY))
                .expectException(violatesOn("no-exclusivity-in-force", "occurredOn"));
    }

    @Test
    void whatHappensBeforeTheExclusivityStartsIsNoBreach() {
        fixture.given(requested(), grantedWith(exclusivity(LocalDate.of(2025, 3, 1), EXCLUSIVITY_UNTIL)))
                .when(breach(CONSULTATION, LocalDate.of(2025, 2, 28), THE_MUNICIPALITY))
                .expectException(violates("no-exclusivity-in-force"));
    }

    @Test
    void whatHappensAfterTheExclusivityEndedIsNoBreach() {
        fixture.given(requested(), grantedWith(exclusivity(GRANTED_ON, LocalDate.of(2025, 5, 31))))
                .when(breach(CONSULTATION, LocalDate.of(2025, 6, 1), THE_MUNICIPALITY))
                .expectException(violates("no-exclusivity-in-force"));
    }

    @Test
    void aBreachOnTheLastDayOfTheExclusivityIsStillABreach() {
        LocalDate lastDay = LocalDate.of(2025, 5, 31);
        fixture.given(requested(), grantedWith(exclusivity(GRANTED_ON, lastDay)))
                .when(breach(CONSULTATION, lastDay, THE_MUNICIPALITY))
                .expectEvents(breached(CONSULTATION, lastDay, THE_MUNICIPALITY));
    }

    @Test
    void onlyAPartyToTheCaseCanBreachItsExclusivity() {
        fixture.given(requested(), granted())
                .when(breach(CONSULTATION, BREACHED_ON, Party.municipality("GM0301")))
                .expectException(violatesOn("party-not-in-case", "committedBy"));
    }

    @Test
    void aBreachIsAttributedToTheMunicipalityOrTheInitiativeNotToAMarketParty() {
        fixture.given(requested(), granted())
                .when(breach(CONSULTATION, BREACHED_ON, Party.external("Warmtebedrijf BV")))
                .expectException(violatesOn("party-not-in-case", "committedBy"));
    }

    // ---------------------------------------------------------------- resolution

    @Test
    void aBreachIsResolved() {
        fixture.given(requested(), granted(), breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY))
                .when(resolve(CONSULTATION, RESOLVED_ON))
                .expectEvents(resolved(CONSULTATION, RESOLVED_ON));
    }

    @Test
    void aBreachThatWasNeverRecordedCannotBeResolved() {
        fixture.given(requested(), granted())
                .when(resolve(CONSULTATION, RESOLVED_ON))
                .expectException(unknown("exclusivity breach", CONSULTATION));
    }

    @Test
    void aBreachIsResolvedOnlyOnce() {
        fixture.given(
                        requested(),
                        granted(),
                        breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY),
                        resolved(CONSULTATION, RESOLVED_ON))
                .when(resolve(CONSULTATION, RESOLVED_ON.plusDays(1)))
                .expectException(violates("breach-already-resolved"));
    }

    @Test
    void aResolutionCannotPrecedeTheBreach() {
        fixture.given(requested(), granted(), breached(CONSULTATION, BREACHED_ON, THE_MUNICIPALITY))
                .when(resolve(CONSULTATION, BREACHED_ON.minusDays(1)))
                .expectException(violates("occurred-before-subject"));
    }

    // ---------------------------------------------------------------- test data

    private static BreachExclusivity breach(String breachId, LocalDate on, Party committedBy) {
        return new BreachExclusivity(
                CASE_ID,
                BOARD_MEMBER,
                on,
                breachId,
                committedBy,
                "Marktconsultatie voor een warmtenet in Assendorp",
                "Publicatie op TenderNed");
    }

    private static ExclusivityBreached breached(String breachId, LocalDate on, Party committedBy) {
        return new ExclusivityBreached(
                CASE_ID,
                BOARD_MEMBER,
                on,
                breachId,
                committedBy,
                "Marktconsultatie voor een warmtenet in Assendorp",
                "Publicatie op TenderNed");
    }

    private static ResolveExclusivityBreach resolve(String breachId, LocalDate on) {
        return new ResolveExclusivityBreach(
                CASE_ID, ALDERMAN, on, breachId, "Marktconsultatie ingetrokken, excuses aangeboden");
    }

    private static ExclusivityBreachResolved resolved(String breachId, LocalDate on) {
        return new ExclusivityBreachResolved(
                CASE_ID, ALDERMAN, on, breachId, "Marktconsultatie ingetrokken, excuses aangeboden");
    }
}
