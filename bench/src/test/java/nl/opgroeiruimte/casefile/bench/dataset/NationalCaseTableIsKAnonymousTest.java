package nl.opgroeiruimte.casefile.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.infra.research.table.Anonymity;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRow;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRows;
import nl.opgroeiruimte.casefile.infra.research.table.CaseTable;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The anonymised case table over the bench's national case mix (10,000 cases in all 342 municipalities, the
 * seed of {@code --national}): no released row has fewer than k-1 look-alikes on the quasi-identifiers, and
 * what was left out or generalised is counted. The quasi-identifiers (province, size class, legal form,
 * route, month of the request) come from the cases, their municipalities and initiatives, not from how long
 * the cases are, so the dataset is generated in memory with few events per case.
 */
class NationalCaseTableIsKAnonymousTest {
    private static final int K = 5;
    private static final DatasetGenerator.Options NATIONAL = DatasetGenerator.Options.of(20220316L, 10_000, 10, 0);
    private static List<CaseRow> rows;

    @BeforeAll
    static void theNationalCaseMix() throws Exception {
        Map<String, List<RecordedEvent>> streams = new HashMap<>();
        Set<String> cases = new HashSet<>();
        DatasetGenerator.generate(NATIONAL, null, null, null, line -> {}, event -> {
            streams.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>())
                    .add(new RecordedEvent(
                            event.getIdentifier(),
                            event.getAggregateIdentifier(),
                            event.getSequenceNumber(),
                            event.getTimestamp(),
                            event.getPayload()));
            if (event.getPayload() instanceof CaseEvent) cases.add(event.getAggregateIdentifier());
        });
        LocalDate today = NATIONAL.until().plusDays(1);
        rows = cases.stream()
                .sorted()
                .map(caseId -> CaseRows.quasiIdentifiers(
                        caseId,
                        streams.get(caseId).stream()
                                .sorted(Comparator.comparing(
                                                RecordedEvent::occurredOn,
                                                Comparator.nullsFirst(Comparator.naturalOrder()))
                                        .thenComparingLong(RecordedEvent::sequence))
                                .toList(),
                        id -> streams.getOrDefault(id, List.of()),
                        today))
                .toList();
    }

    @Test
    void everyReleasedRowHasAtLeastKMinusOneLookAlikes() {
        assertThat(rows).hasSize(NATIONAL.cases());
        KAnonymity.Result result = CaseTable.release(rows, Anonymity.ANONYMISED, K);

        assertThat(KAnonymity.classSizes(result.released()))
                .isNotEmpty()
                .allSatisfy((quasiIdentifiers, size) -> assertThat(size)
                        .as("rows released as %s", quasiIdentifiers)
                        .isGreaterThanOrEqualTo(K));
        // every case is either released or counted as left out
        assertThat(result.released().size() + result.suppressed()).isEqualTo(rows.size());
        // the national mix is spread thin: some rows stand out as they are and had to be generalised
        assertThat(result.generalised()).isPositive();
        System.out.printf(
                "national case table, k=%d: %,d rows, %,d released as they are, %,d generalised, %,d suppressed%n",
                K,
                rows.size(),
                result.released().size() - result.generalised(),
                result.generalised(),
                result.suppressed());
    }

    @Test
    void theQuasiIdentifiersOfTheNationalCasesAreKnown() {
        // a row without its municipality's province or size class would make the check vacuous
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.province()).isNotNull();
            assertThat(row.requestedOn()).isNotNull();
        });
        assertThat(rows.stream().map(CaseRow::sizeClass).distinct().count()).isGreaterThan(1);
        assertThat(rows.stream().map(CaseRow::legalForm).distinct().count()).isGreaterThan(1);
        assertThat(rows.stream().map(CaseRow::route).distinct().count()).isGreaterThan(1);
    }

    @Test
    void theAnswerSaysHowManyRowsWereLeftOutAndGeneralised() {
        KAnonymity.Result result = CaseTable.release(rows, Anonymity.ANONYMISED, K);
        assertThat(CaseTable.anonymityHeader(Anonymity.ANONYMISED, K, result))
                .isEqualTo("level=anonymised; k=" + K + "; suppressed=" + result.suppressed() + "; generalised="
                        + result.generalised());
        // generalising keeps nearly every case in the table
        assertThat(result.suppressed()).isLessThan(rows.size() / 20);
    }
}
