package nl.opgroeiruimte.casefile.infra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The module map holds: the shared language has no frameworks in it, and the two sides do not know each other. */
class ModuleBoundariesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.opgroeiruimte.casefile");

    @Test
    void sharedKernelUsesNoSpringJpaOrAxonInfrastructure() {
        noClasses().that().resideInAPackage("..casefile.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
                .orShould().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("Axon classes other than the routing and revision annotations",
                                c -> c.getPackageName().startsWith("org.axonframework")
                                        && !c.isEquivalentTo(TargetAggregateIdentifier.class)
                                        && !c.isEquivalentTo(Revision.class)))
                .check(CLASSES);
    }

    @Test
    void commandSideDoesNotDependOnQuerySideOrInfra() {
        noClasses().that().resideInAPackage("..casefile.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..casefile.query..", "..casefile.infra..")
                .check(CLASSES);
    }

    @Test
    void querySideDoesNotDependOnCommandSideOrInfra() {
        noClasses().that().resideInAPackage("..casefile.query..")
                .should().dependOnClassesThat().resideInAnyPackage("..casefile.command..", "..casefile.infra..")
                .check(CLASSES);
    }
}
