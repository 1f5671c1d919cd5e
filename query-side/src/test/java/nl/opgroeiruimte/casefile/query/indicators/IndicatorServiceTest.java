package nl.opgroeiruimte.casefile.query.indicators;

import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.COOPERATION_AGREEMENT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.initiative;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.municipal;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.GO;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.HistoryCacheProperties;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The service around the rules: it reads the case and its municipality from the event store, folds the
 * case as of the day and combines the reasons into one status. Evaluated with every rule of the package
 * and the default thresholds. Dates in 2024 lie outside every election window (2022-03-16 + 120 days,
 * 2026-03-18 − 180 days).
 */
class IndicatorServiceTest {
    private static final LocalDate TODAY = LocalDate.parse("2024-03-01");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CaseFileBuilder file = aCase();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private IndicatorService service() {
        file.publishTo(store);
        return new IndicatorService(
                new CaseHistory(store, new HistoryCacheProperties(100_000)),
                AllRules.instances(),
                IndicatorDefaults.thresholds(),
                Labels.standalone(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** Granted, two municipal people of two departments, a meeting: nothing any rule looks for. */
    private String aWellRunCase() {
        file.requested(LocalDate.parse("2024-01-08"));
        String grant = file.granted(LocalDate.parse("2024-02-01"));
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(LocalDate.parse("2024-02-01"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");
        file.roleAssigned(LocalDate.parse("2024-02-01"), INITIATIVE_CHAIR, "p-cor", null);
        file.meeting(LocalDate.parse("2024-02-19"), municipal("p-anna"), municipal("p-bas"), initiative("p-cor"));
        return grant;
    }

    private static List<String> rulesOf(CaseIndicators indicators) {
        return indicators.reasons().stream().map(Reason::rule).toList();
    }

    @Test
    void aWellRunCaseIsGoWithoutReasons() {
        aWellRunCase();

        CaseIndicators now = service().evaluate(file.caseId(), TODAY);

        assertThat(now.status()).isEqualTo(GO);
        assertThat(now.closed()).isFalse();
        assertThat(now.reasons()).isEmpty();
    }

    @Test
    void attentionAloneMakesTheCaseAttention() {
        aWellRunCase();
        file.milestonePlanned(LocalDate.parse("2024-02-19"), "m1", LocalDate.parse("2024-02-26"));

        CaseIndicators now = service().evaluate(file.caseId(), TODAY);

        assertThat(now.status()).isEqualTo(ATTENTION);
        assertThat(rulesOf(now)).containsExactly("milestone-overdue");
    }

    @Test
    void theWorstReasonWinsAndEveryReasonIsListed() {
        aWellRunCase();
        file.milestonePlanned(LocalDate.parse("2024-02-19"), "m1", LocalDate.parse("2024-02-26"));
        String breach = file.breached(LocalDate.parse("2024-02-26"), "b1");

        CaseIndicators now = service().evaluate(file.caseId(), TODAY);

        assertThat(now.status()).isEqualTo(STOP_RISK);
        assertThat(rulesOf(now)).containsExactlyInAnyOrder("milestone-overdue", "unresolved-exclusivity-breach");
        assertThat(now.reasons())
                .filteredOn(r -> r.severity() == STOP_RISK)
                .singleElement()
                .satisfies(r -> assertThat(r.eventIds()).containsExactly(breach));
    }

    @Test
    void aStoppedCaseIsGoAndClosedWhateverWasWrongWithIt() {
        aWellRunCase();
        file.breached(LocalDate.parse("2024-02-26"), "b1");
        file.stopped(LocalDate.parse("2024-02-28"));
        IndicatorService service = service();

        CaseIndicators before = service.evaluate(file.caseId(), LocalDate.parse("2024-02-27"));
        CaseIndicators after = service.evaluate(file.caseId(), LocalDate.parse("2024-02-28"));

        assertThat(before.status()).isEqualTo(STOP_RISK);
        assertThat(before.closed()).isFalse();
        assertThat(after.status()).isEqualTo(GO);
        assertThat(after.closed()).isTrue();
        assertThat(after.reasons()).isEmpty();
    }

    @Test
    void aMatureCaseIsClosedAndItsHistoryShowsTheClosureEvenThoughItWasGoBefore() {
        aWellRunCase();
        file.agreementSigned(
                LocalDate.parse("2024-02-26"), "a1", COOPERATION_AGREEMENT, LocalDate.parse("2024-02-26"), null);
        file.matured(LocalDate.parse("2024-03-01"));

        List<StatusChange> history = service().history(file.caseId(), LocalDate.parse("2024-03-05"));

        assertThat(history)
                .extracting(StatusChange::from, StatusChange::status, StatusChange::closed)
                .containsExactly(
                        tuple(LocalDate.parse("2024-01-08"), GO, false),
                        tuple(LocalDate.parse("2024-03-01"), GO, true));
    }

    @Test
    void beforeItWasRequestedTheCaseHasNoReasonsAndIsNotClosed() {
        aWellRunCase();

        CaseIndicators then = service().evaluate(file.caseId(), LocalDate.parse("2023-12-31"));

        assertThat(then.status()).isEqualTo(GO);
        assertThat(then.closed()).isFalse();
        assertThat(then.reasons()).isEmpty();
    }

    @Test
    void withoutADateTheCaseIsEvaluatedAsOfToday() {
        aWellRunCase();

        assertThat(service().evaluate(file.caseId(), null).asOf()).isEqualTo(TODAY);
    }

    @Test
    void anUnknownCaseIsAnError() {
        IndicatorService service = service();

        assertThatThrownBy(() -> service.evaluate("no-such-case", TODAY)).isInstanceOf(UnknownEntity.class);
    }

    /** A case in the half year before the election of 2026-03-18, with regular meetings. */
    private String aCaseBeforeTheElectionOf2026() {
        file.requested(LocalDate.parse("2025-05-05"));
        String grant = file.granted(LocalDate.parse("2025-06-02"));
        file.roleAssigned(LocalDate.parse("2025-06-02"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(LocalDate.parse("2025-06-02"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");
        file.meeting(LocalDate.parse("2025-09-29"));
        file.meeting(LocalDate.parse("2025-10-27"));
        return grant;
    }

    @Test
    void aNationalElectionDayAheadFlagsACaseThatIsNotAnchored() {
        String grant = aCaseBeforeTheElectionOf2026();

        CaseIndicators now = service().evaluate(file.caseId(), LocalDate.parse("2025-10-06"));

        assertThat(now.status()).isEqualTo(ATTENTION);
        assertThat(now.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("election-not-anchored");
            assertThat(r.eventIds()).containsExactly(grant);
        });
    }

    @Test
    void theRecordedElectionOfTheMunicipalityIsPointedAt() {
        String grant = aCaseBeforeTheElectionOf2026();
        String election = file.electionRecorded(LocalDate.parse("2026-03-20"), LocalDate.parse("2026-03-18"));

        CaseIndicators now = service().evaluate(file.caseId(), LocalDate.parse("2025-10-06"));

        assertThat(now.reasons())
                .singleElement()
                .satisfies(r -> assertThat(r.eventIds()).containsExactly(election, grant));
    }

    @Test
    void policyAdoptedWithOpgroeiruimteAnchorsTheCaseFromTheDayItWasAdopted() {
        aCaseBeforeTheElectionOf2026();
        file.policyAdopted(LocalDate.parse("2025-11-03"), true);
        IndicatorService service = service();

        assertThat(service.evaluate(file.caseId(), LocalDate.parse("2025-11-02"))
                        .status())
                .isEqualTo(ATTENTION);
        assertThat(service.evaluate(file.caseId(), LocalDate.parse("2025-11-03"))
                        .status())
                .isEqualTo(GO);
    }

    @Test
    void policyWithoutOpgroeiruimteDoesNotAnchorTheCase() {
        aCaseBeforeTheElectionOf2026();
        file.policyAdopted(LocalDate.parse("2025-11-03"), false);

        assertThat(rulesOf(service().evaluate(file.caseId(), LocalDate.parse("2025-11-03"))))
                .containsExactly("election-not-anchored");
    }

    @Test
    void theRulesAreListedByIdEachWithADescriptionAndASource() {
        List<IndicatorRule> rules = service().rules();

        assertThat(rules)
                .extracting(IndicatorRule::id)
                .isSorted()
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(rules).hasSize(AllRules.classes().size());
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
    }
}
