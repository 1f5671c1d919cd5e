package nl.opgroeiruimte.casefile.infra.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} rejects a deliberately bad class (test sources, package
 * {@code badshape}, which the real check does not import): a rule that cannot fail proves nothing.
 */
class ArchitectureRulesCanFailTest {
    private static final JavaClasses BAD = new ClassFileImporter().importPackages(ArchitectureRules.ROOT + ".badshape");

    @Test
    void aClassNamedLikeAQueryOutsideTheOwningPackageMayNotUseAReadTable() {
        assertThatThrownBy(() -> ArchitectureRules.READ_TABLES_ONLY_IN_THEIR_OWNER.check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "SneakyCaseQueries uses table rm_case, which nl.opgroeiruimte.casefile.query.cases owns");
    }

    @Test
    void aClassThatIsNoProjectionOrQueriesMayNotUseSql() {
        assertThatThrownBy(() -> ArchitectureRules.SQL_ONLY_IN_PROJECTIONS_AND_QUERIES.check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PageHelper uses SQL but is no *Projection or *Queries")
                .hasMessageNotContaining("SneakyCaseQueries uses SQL");
    }

    @Test
    void twoPackagesThatDependOnEachOtherAreACycle() {
        assertThatThrownBy(() -> ArchitectureRules.NO_PACKAGE_CYCLES.check(BAD))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("badshape.first")
                .hasMessageContaining("badshape.second");
    }
}
