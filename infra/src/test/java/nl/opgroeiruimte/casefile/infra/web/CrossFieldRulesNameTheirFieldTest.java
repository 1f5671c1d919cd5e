package nl.opgroeiruimte.casefile.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import nl.opgroeiruimte.casefile.kernel.initiative.WorkingArea;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodGoals;
import nl.opgroeiruimte.casefile.kernel.municipality.PartnershipIntensity;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordNeighbourhoodApproach;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A rule across the fields of a command ({@code isValidRole}) names the field it is about in the API's
 * problem, not the body as a whole, so that a client (the page forms among them) shows it at that field.
 */
class CrossFieldRulesNameTheirFieldTest {
    private static final jakarta.validation.ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Actor CIVIL_SERVANT =
            new Actor("p-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void anApproachWithoutARoleInEitherWayIsAnErrorAtTheRole() {
        var approach = new RecordNeighbourhoodApproach(
                "GM0193",
                CIVIL_SERVANT,
                DAY,
                "approach-1",
                new Neighbourhood(null, "Assendorp"),
                Set.of(),
                null,
                new NeighbourhoodGoals("Warmte", null, null),
                PartnershipIntensity.values()[0],
                List.of(),
                null);

        assertThat(errors(approach)).containsExactly(Map.of("field", "role", "rule", "valid-role"));
    }

    @Test
    void aPersonInTheSystemsRoleIsAnErrorAtTheRole() {
        var person = new RegisterPerson(
                "p-new", CIVIL_SERVANT, DAY, "Ed Veen", null, null, Party.municipality("GM0193"), ActorRole.SYSTEM);

        assertThat(errors(person)).containsExactly(Map.of("field", "role", "rule", "valid-role"));
    }

    @Test
    void aRuleNamedForAnotherWordNamesTheFieldItsAnnotationGives() {
        var informalGroupWithKvk = new RegisterInitiative(
                "warm-nieuw",
                CIVIL_SERVANT,
                DAY,
                "Warm Nieuw",
                LegalForm.INFORMAL_GROUP,
                "12345678",
                new WorkingArea("Assendorp", List.of("GM0193"), List.of()),
                Set.of(Domain.HEAT));

        assertThat(errors(informalGroupWithKvk))
                .containsExactly(Map.of("field", "chamberOfCommerceNumber", "rule", "valid-registration"));
    }

    @Test
    void aRuleOnANestedObjectNamesTheObjectsFieldOrTheObject() {
        var elsewhere = new RegisterInitiative(
                "warm-nieuw",
                new Actor("p-anna", new Party("GM0193", "warm", null), ActorRole.CIVIL_SERVANT),
                DAY,
                "Warm Nieuw",
                LegalForm.COOPERATIVE,
                null,
                new WorkingArea("Assendorp", List.of("GM0193"), List.of("WK036301")),
                Set.of(Domain.HEAT));

        assertThat(errors(elsewhere))
                .containsExactlyInAnyOrder(
                        // named after a field of its object
                        Map.of("field", "workingArea.neighbourhoods", "rule", "valid-neighbourhoods"),
                        // a choice is no field: the object it is about
                        Map.of("field", "actor.party", "rule", "valid-choice"));
    }

    private static List<Map<String, String>> errors(Object command) {
        return VALIDATOR.validate(command).stream()
                .map(ProblemAdvice::describe)
                .map(e -> Map.of("field", e.get("field"), "rule", e.get("rule")))
                .toList();
    }
}
