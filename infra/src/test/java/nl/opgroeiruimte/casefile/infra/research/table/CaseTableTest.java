package nl.opgroeiruimte.casefile.infra.research.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.query.indicators.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case table and its codebook say the same, and an anonymised table names no municipality or initiative. */
class CaseTableTest {
    private static final RuleSet RULES =
            new RuleSet(1, "ab".repeat(32), List.of("no-contact"), Map.of("noContactWeeks", 8));

    private static List<String[]> csv(List<CaseRow> rows, Anonymity level, int k) {
        StringWriter out = new StringWriter();
        CaseTable.write(CaseTable.release(rows, level, k).released(), level, new PrintWriter(out));
        assertThat(out.toString()).endsWith("\r\n");
        List<String[]> lines = new ArrayList<>();
        for (String line : out.toString().split("\r\n")) lines.add(line.split(",", -1));
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fields(Anonymity level) {
        return (List<Map<String, Object>>) CaseTable.codebook(level, 5, RULES).get("fields");
    }

    @ParameterizedTest
    @EnumSource(Anonymity.class)
    void theCodebookNamesTheColumnsOfTheHeaderInTheirOrder(Anonymity level) {
        List<String[]> lines = csv(NationalLikeRows.generate(1L, 300), level, 5);

        assertThat(Arrays.asList(lines.get(0)))
                .containsExactlyElementsOf(
                        fields(level).stream().map(f -> (String) f.get("name")).toList());
        assertThat(fields(level)).allSatisfy(f -> {
            assertThat((String) f.get("description")).isNotBlank();
            assertThat((List<?>) f.get("sourceEvents")).isNotEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Anonymity.class)
    void everyCellIsOfItsColumnsTypeAndWords(Anonymity level) {
        List<String[]> lines = csv(NationalLikeRows.generate(2L, 500), level, 5);
        List<Map<String, Object>> fields = fields(level);
        @SuppressWarnings("unchecked")
        List<String> missing =
                (List<String>) CaseTable.codebook(level, 5, RULES).get("missingValues");

        assertThat(lines).hasSizeGreaterThan(100);
        for (String[] row : lines.subList(1, lines.size())) {
            assertThat(row).hasSize(fields.size());
            for (int i = 0; i < row.length; i++) {
                Map<String, Object> field = fields.get(i);
                String cell = row[i];
                if (missing.contains(cell)) continue;
                switch ((String) field.get("type")) {
                    case "integer" ->
                        assertThat(cell).as(field.get("name") + "").matches("-?[0-9]+");
                    case "date" -> assertThat(LocalDate.parse(cell)).isNotNull();
                    default -> {}
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> constraints = (Map<String, Object>) field.getOrDefault("constraints", Map.of());
                if (constraints.containsKey("enum")) {
                    assertThat((List<Object>) constraints.get("enum"))
                            .as(field.get("name") + "")
                            .contains((Object) cell);
                }
                if (constraints.containsKey("pattern")) {
                    assertThat(cell).as(field.get("name") + "").matches((String) constraints.get("pattern"));
                }
                if (constraints.containsKey("minimum")) {
                    assertThat(Integer.parseInt(cell)).isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    @Test
    void anAnonymisedTableNamesNoMunicipalityNorInitiativeAndGivesMonthsNotDays() {
        List<CaseRow> rows = NationalLikeRows.generate(3L, 1_000);
        List<String[]> lines = csv(rows, Anonymity.ANONYMISED, 5);
        String all =
                String.join("\n", lines.stream().map(l -> String.join(",", l)).toList());

        assertThat(all).doesNotContainPattern("GM[0-9]{4}").doesNotContain("initiative-GM", "case-1,");
        List<String> header = Arrays.asList(lines.get(0));
        int requested = header.indexOf("requestedOn");
        int caseId = header.indexOf("caseId");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            assertThat(l[requested]).matches("[0-9]{4}(-[0-9]{2})?");
            assertThat(l[caseId]).matches("case-[0-9a-f]{32}");
        });
        assertThat(CaseTable.codebook(Anonymity.ANONYMISED, 5, RULES).get("anonymity"))
                .isEqualTo(Map.of(
                        "level",
                        "anonymised",
                        "k",
                        5,
                        "quasiIdentifiers",
                        List.of("province", "sizeClass", "legalForm", "route", "requestedOn")));
    }

    @Test
    void aPseudonymisedTableKeepsTheIdsOfTheEventExport() {
        List<CaseRow> rows = NationalLikeRows.generate(4L, 50);
        List<String[]> lines = csv(rows, Anonymity.PSEUDONYMISED, 5);

        assertThat(lines.subList(1, lines.size()).stream().map(l -> l[0]).toList())
                .containsExactlyElementsOf(rows.stream().map(CaseRow::caseId).toList());
        assertThat(lines.get(1)[1]).isEqualTo(rows.get(0).municipality());
    }

    @Test
    void aCohortOfFewerThanKCasesIsSuppressed() {
        List<CaseRow> rows = NationalLikeRows.generate(5L, 400);

        Cohorts bySize = Cohorts.of(rows, "size-class", 5, RULES);
        Cohorts byRoute = Cohorts.of(rows.subList(0, 12), "route", 5, RULES);

        assertThat(bySize.cohorts().stream()
                        .mapToInt(c -> c.cases() == null ? 0 : c.cases())
                        .sum())
                .isEqualTo(400);
        assertThat(byRoute.cohorts()).anySatisfy(c -> {
            assertThat(c.suppressed()).isTrue();
            assertThat(c.cases()).isNull();
            assertThat(c.medianDaysToGrant()).isNull();
        });
        assertThat(byRoute.cohorts().stream().filter(c -> !c.suppressed()))
                .allSatisfy(c -> assertThat(c.cases()).isGreaterThanOrEqualTo(5));
    }
}
