package nl.opgroeiruimte.casefile.infra.parties;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.command.people.RegisteredPeople;
import nl.opgroeiruimte.casefile.infra.research.FieldPolicy;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import org.junit.jupiter.api.Test;

/**
 * Every field of every command that holds a person id is one the people check looks at: a person id in a
 * field of another name would enter the file unchecked. The commands are enumerated from the shared kernel,
 * so a new command or field is held to this without being listed here.
 */
class EveryPersonFieldIsCheckedTest {
    /** Words in a field's name that say it names a person. */
    private static final List<String> PERSON_WORDS = List.of(
            "person",
            "owner",
            "holder",
            "successor",
            "member",
            "alderman",
            "mayor",
            "asker",
            "answerer",
            "facilitator",
            "signatory",
            "attendee",
            "chair");

    private static final List<Class<?>> COMMANDS = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("nl.opgroeiruimte.casefile.kernel")
                    .stream()
                    .filter(c -> c.isAssignableTo(CaseFileCommand.class))
                    .map(JavaClass::reflect)
                    .filter(Class::isRecord)
                    .toList();

    @Test
    void everyCommandFieldThatNamesAPersonIsChecked() {
        assertThat(COMMANDS).hasSizeGreaterThan(40);
        List<String> unchecked = new ArrayList<>();
        TreeSet<String> checked = new TreeSet<>();
        for (Class<?> command : COMMANDS) {
            textFields(command, command.getSimpleName(), unchecked, checked);
        }
        assertThat(unchecked)
                .as("fields that hold a person id but are not checked")
                .isEmpty();
        assertThat(checked)
                .contains(
                        "AssignRole.personId",
                        "HandOverRole.successorId",
                        "AppointFacilitator.personId",
                        "InstallCollege.mayor.personId",
                        "InstallCollege.aldermen[].personId",
                        "RecordAldermanDeparture.successor.personId",
                        "RecordMeeting.attendees[].personId",
                        "SignAgreement.signatories[].personId",
                        "RecordMilestone.owners.municipalOwner");
    }

    @Test
    void theCheckAndTheResearchExportAgreeOnWhichFieldsNamePeople() {
        for (String field : RegisteredPeople.PERSON_FIELDS) {
            assertThat(FieldPolicy.of("AnyFact", field))
                    .as(field + " is pseudonymised in research exports")
                    .isEqualTo(FieldPolicy.Treatment.PERSON_ID);
        }
    }

    private static void textFields(Class<?> type, String path, List<String> unchecked, TreeSet<String> checked) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType() == Actor.class) continue;
            String fieldPath = path + "." + component.getName();
            Class<?> element = elementType(component);
            if (element == String.class) {
                boolean namesPerson =
                        FieldPolicy.of(type.getSimpleName(), component.getName()) == FieldPolicy.Treatment.PERSON_ID
                                || PERSON_WORDS.stream()
                                        .anyMatch(word -> component
                                                .getName()
                                                .toLowerCase(Locale.ROOT)
                                                .contains(word));
                boolean isCollection = component.getType() != String.class;
                if (!namesPerson) continue;
                if (isCollection || !RegisteredPeople.PERSON_FIELDS.contains(component.getName())) {
                    unchecked.add(fieldPath);
                } else {
                    checked.add(fieldPath);
                }
            } else if (element != null && element.isRecord()) {
                textFields(element, fieldPath + (component.getType() == element ? "" : "[]"), unchecked, checked);
            }
        }
    }

    /** The component's type, or the element type of a collection of one. */
    private static Class<?> elementType(RecordComponent component) {
        if (!java.util.Collection.class.isAssignableFrom(component.getType())) return component.getType();
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof java.lang.reflect.AnnotatedType) {
            return null;
        }
        return null;
    }
}
