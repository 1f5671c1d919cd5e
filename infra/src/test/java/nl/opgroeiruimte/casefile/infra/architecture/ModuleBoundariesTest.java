package nl.opgroeiruimte.casefile.infra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The shape of the code that Maven's module graph does not enforce: the shared language has no frameworks
 * in it, feature packages do not depend on each other in a circle, and every read table has one owner
 * that alone runs SQL on it. Which side may depend on which is Maven's job.
 */
class ModuleBoundariesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ArchitectureRules.ROOT);
    private static final Pattern CREATE_TABLE =
            Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void sharedKernelUsesNoSpringJpaOrAxonInfrastructure() {
        ArchitectureRules.KERNEL_HAS_NO_FRAMEWORKS.check(CLASSES);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInACircle() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void onlyProjectionsAndQueryClassesRunSql() {
        ArchitectureRules.SQL_ONLY_IN_PROJECTIONS_AND_QUERIES.check(CLASSES);
    }

    @Test
    void eachReadTableIsUsedOnlyByTheProjectionAndQueriesThatOwnIt() {
        ArchitectureRules.READ_TABLES_ONLY_IN_THEIR_OWNER.check(CLASSES);
    }

    @Test
    void everyTableTheMigrationsCreateHasAKnownOwner() throws IOException {
        Set<String> created = new HashSet<>();
        for (String vendor : new String[] {"common", "h2", "postgresql"}) {
            for (Resource script : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/" + vendor + "/*.sql")) {
                Matcher table = CREATE_TABLE.matcher(script.getContentAsString(StandardCharsets.UTF_8));
                while (table.find()) created.add(table.group(1).toLowerCase(Locale.ROOT));
            }
        }

        assertThat(created)
                .as("tables the migrations create")
                .isNotEmpty()
                .allSatisfy(table -> assertThat(ArchitectureRules.READ_TABLE_OWNERS.containsKey(table)
                                || ArchitectureRules.OTHER_TABLES.contains(table))
                        .as(table + " has an owner in ArchitectureRules")
                        .isTrue());
    }

    @Test
    void everyClassAllowedSqlOutsideTheOwnersStillUsesIt() {
        assertThat(ArchitectureRules.SQL_ALLOWED_OUTSIDE_OWNERS.keySet())
                .allSatisfy(name -> assertThat(ArchitectureRules.usesSql(CLASSES.get(name)))
                        .as(name + " uses SQL")
                        .isTrue());
    }
}
