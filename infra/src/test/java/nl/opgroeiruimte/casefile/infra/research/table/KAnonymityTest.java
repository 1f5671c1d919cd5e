package nl.opgroeiruimte.casefile.infra.research.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity.Generalisation;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity.Released;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An anonymised case table lets no case stand out: each released row has at least k-1 look-alikes. */
class KAnonymityTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 10})
    void noReleasedRowOfANationalDatasetHasFewerThanKLookAlikes(int k) {
        List<CaseRow> rows = NationalLikeRows.generate(20261206L, 3_000);

        KAnonymity.Result result = KAnonymity.apply(rows, k);

        Map<List<Object>, Integer> classes = KAnonymity.classSizes(result.released());
        assertThat(classes.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(k));
        assertThat(result.released().size() + result.suppressed()).isEqualTo(rows.size());
        // generalising first keeps most of the country: only a few cases are left out
        assertThat(result.suppressed()).isLessThan(rows.size() / 20);
    }

    @Test
    void aSmallMunicipalitysOnlyHeatCooperativeDoesNotStandOut() {
        List<CaseRow> rows = new java.util.ArrayList<>(NationalLikeRows.generate(7L, 2_000));
        CaseRow one = rows.get(0);
        CaseRow lonely = new CaseRow(
                "case-lonely",
                "GM0088",
                "Fryslân",
                SizeClass.UP_TO_20K,
                "initiative-island-heat",
                nl.opgroeiruimte.casefile.kernel.initiative.LegalForm.COOPERATIVE,
                nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute.RIGHT_TO_CHALLENGE,
                one.governmentRoles(),
                one.phase(),
                "granted",
                java.time.LocalDate.of(2019, 2, 11),
                java.time.LocalDate.of(2019, 5, 1),
                Map.of(),
                null,
                3,
                0,
                0,
                0,
                one.daysInStatus());
        rows.add(lonely);

        KAnonymity.Result result = KAnonymity.apply(rows, 5);

        java.util.Optional<Released> released =
                result.released().stream().filter(r -> r.row() == lonely).findFirst();
        released.ifPresent(r -> {
            assertThat(r.generalisation()).isNotEqualTo(Generalisation.NONE);
            assertThat(KAnonymity.classSizes(result.released())
                            .get(r.generalisation().key(lonely)))
                    .isGreaterThanOrEqualTo(5);
        });
        assertThat(released.isPresent() || result.suppressed() > 0).isTrue();
    }

    @Test
    void rowsThatFindNoCompanyAtAllAreLeftOut() {
        List<CaseRow> rows = NationalLikeRows.generate(3L, 4);

        KAnonymity.Result result = KAnonymity.apply(rows, 5);

        assertThat(result.released()).isEmpty();
        assertThat(result.suppressed()).isEqualTo(4);
    }

    @Test
    void aCrowdOfLookAlikesIsReleasedWithoutGeneralisation() {
        CaseRow one = NationalLikeRows.generate(1L, 1).get(0);
        List<CaseRow> twins = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new CaseRow(
                        "case-" + i,
                        one.municipality(),
                        one.province(),
                        one.sizeClass(),
                        one.initiative(),
                        one.legalForm(),
                        one.route(),
                        one.governmentRoles(),
                        one.phase(),
                        one.status(),
                        one.requestedOn().withDayOfMonth(1 + i),
                        one.grantedOn(),
                        one.firstSigned(),
                        one.closedOn(),
                        i,
                        0,
                        0,
                        0,
                        one.daysInStatus()))
                .toList();

        KAnonymity.Result result = KAnonymity.apply(twins, 5);

        assertThat(result.released())
                .hasSize(6)
                .allSatisfy(r -> assertThat(r.generalisation()).isEqualTo(Generalisation.NONE));
    }
}
