package nl.opgroeiruimte.casefile.infra.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import org.junit.jupiter.api.Test;

/** What researchers get of an event: pseudonyms for people, no free text unless configured, the rest as it was. */
class PseudonymiserTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new KebabCaseEnums())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Actor ANNA = new Actor("p-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);

    private static MeetingRecorded meeting() {
        return new MeetingRecorded(
                "case-1",
                ANNA,
                LocalDate.of(2024, 4, 10),
                "meeting-1",
                MeetingKind.GUIDED_SESSION,
                List.of(
                        new Attendee("p-anna", Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT),
                        new Attendee("p-fenna", Party.external("Bureau Fenna Visser"), ActorRole.FACILITATOR)),
                List.of("getting to know each other", "Anna's plan"),
                1,
                "Anna de Vries explained the heat plan");
    }

    private static ObjectNode json(Object event) {
        return JSON.valueToTree(event);
    }

    @Test
    void everyPersonIdBecomesOneStablePseudonymWithinAnExport() {
        Pseudonymiser export = Pseudonymiser.withFreshKey(List.of());

        ObjectNode data = export.data(json(meeting()), MeetingRecorded.class);

        String anna = export.pseudonym("p-anna");
        assertThat(anna).matches(Ids.PATTERN).startsWith("ps-").isNotEqualTo("p-anna");
        assertThat(data.at("/actor/personId").asText()).isEqualTo(anna);
        assertThat(data.at("/attendees/0/personId").asText()).isEqualTo(anna);
        assertThat(data.at("/attendees/1/personId").asText())
                .isEqualTo(export.pseudonym("p-fenna"))
                .isNotEqualTo(anna);
        assertThat(data.toString()).doesNotContain("p-anna", "p-fenna");
    }

    @Test
    void theNextExportGivesTheSamePersonAnUnrelatedPseudonym() {
        assertThat(Pseudonymiser.withFreshKey(List.of()).pseudonym("p-anna"))
                .isNotEqualTo(Pseudonymiser.withFreshKey(List.of()).pseudonym("p-anna"));
    }

    @Test
    void freeTextIsWithheldByDefaultAndAListKeepsItsLength() {
        ObjectNode data = Pseudonymiser.withFreshKey(List.of()).data(json(meeting()), MeetingRecorded.class);

        assertThat(data.get("summary").asText()).isEqualTo(Pseudonymiser.WITHHELD);
        assertThat(data.get("topics"))
                .hasSize(2)
                .allSatisfy(topic -> assertThat(topic.asText()).isEqualTo(Pseudonymiser.WITHHELD));
        assertThat(data.at("/attendees/1/party/external").asText())
                .as("a bureau may bear its owner's name")
                .isEqualTo(Pseudonymiser.WITHHELD);
        assertThat(data.toString()).doesNotContain("Anna", "Fenna", "Visser");
    }

    @Test
    void whatResearchIsAboutIsKept() {
        ObjectNode data = Pseudonymiser.withFreshKey(List.of()).data(json(meeting()), MeetingRecorded.class);

        assertThat(data.get("caseId").asText()).isEqualTo("case-1");
        assertThat(data.get("meetingId").asText()).isEqualTo("meeting-1");
        assertThat(data.get("kind").asText()).isEqualTo("guided-session");
        assertThat(data.get("occurredOn").asText()).isEqualTo("2024-04-10");
        assertThat(data.get("sessionNumber").asInt()).isEqualTo(1);
        assertThat(data.at("/actor/role").asText()).isEqualTo("civil-servant");
        assertThat(data.at("/actor/party/municipality").asText()).isEqualTo("GM0193");
    }

    @Test
    void configuredFreeTextFieldsAreKept() {
        ObjectNode bySummary = Pseudonymiser.withFreshKey(List.of("MeetingRecorded.summary"))
                .data(json(meeting()), MeetingRecorded.class);
        ObjectNode everything = Pseudonymiser.withFreshKey(List.of("*")).data(json(meeting()), MeetingRecorded.class);

        assertThat(bySummary.get("summary").asText()).isEqualTo("Anna de Vries explained the heat plan");
        assertThat(bySummary.at("/topics/0").asText()).isEqualTo(Pseudonymiser.WITHHELD);
        assertThat(everything.at("/topics/1").asText()).isEqualTo("Anna's plan");
        assertThat(everything.at("/actor/personId").asText())
                .as("person ids are never kept")
                .startsWith("ps-");
    }

    @Test
    void theCaseFileItselfIsNoPersonAndStaysAsItIs() {
        MilestoneDueDatePassed passed = new MilestoneDueDatePassed(
                "case-1", SystemActor.CASE_FILE, LocalDate.of(2024, 9, 2), "m-1", LocalDate.of(2024, 9, 1));

        ObjectNode data = Pseudonymiser.withFreshKey(List.of()).data(json(passed), MilestoneDueDatePassed.class);

        assertThat(data.get("actor")).isEqualTo(json(passed).get("actor"));
    }

    @Test
    void aPersonsOwnStreamIsNamedByTheirPseudonym() {
        Pseudonymiser export = Pseudonymiser.withFreshKey(List.of());
        PersonRegistered registered = new PersonRegistered(
                "p-anna", ANNA, LocalDate.of(2024, 1, 1), Party.municipality("GM0193"), ActorRole.CIVIL_SERVANT);

        assertThat(export.aggregateId("person:p-anna")).isEqualTo("person:" + export.pseudonym("p-anna"));
        assertThat(export.aggregateId("case-1")).isEqualTo("case-1");
        assertThat(export.data(json(registered), PersonRegistered.class)
                        .get("personId")
                        .asText())
                .isEqualTo(export.pseudonym("p-anna"));
    }

    @Test
    void fieldsTheRecordDoesNotHaveAreDropped() {
        ObjectNode tampered = json(meeting());
        tampered.put("email", "anna@zwolle.example");

        assertThat(Pseudonymiser.withFreshKey(List.of())
                        .data(tampered, MeetingRecorded.class)
                        .has("email"))
                .isFalse();
    }

    /** A new text field in any event must be judged on purpose: person id, kept, or free text (FieldPolicy). */
    @Test
    void everyTextFieldOfEveryEventHasATreatment() {
        List<String> unlisted = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int events = 0;
        for (EventTypes.EventType type : EventTypes.scanKernel().all()) {
            events++;
            collectUnlisted(type.javaType(), seen, unlisted);
        }
        assertThat(events).isGreaterThanOrEqualTo(51);
        assertThat(unlisted)
                .as("text fields without a treatment in FieldPolicy")
                .isEmpty();
    }

    /**
     * Who shares a case with a person is decided on the people its facts name (PeopleNamed, personal data):
     * every field the export treats as a person id must be one of them, and no other.
     */
    @Test
    void everyPersonIdTheExportPseudonymisesCountsAsNamingThePersonInTheCase() {
        Set<String> personFields = new java.util.TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (EventTypes.EventType type : EventTypes.scanKernel().all()) {
            collectPersonFields(type.javaType(), seen, personFields);
        }
        assertThat(personFields).isNotEmpty();
        assertThat(nl.opgroeiruimte.casefile.query.timeline.PeopleNamed.FIELDS)
                .as("fields of events that hold a person id")
                .containsAll(personFields);
        assertThat(nl.opgroeiruimte.casefile.query.timeline.PeopleNamed.FIELDS)
                .allSatisfy(
                        field -> assertThat(FieldPolicy.of("Any", field)).isEqualTo(FieldPolicy.Treatment.PERSON_ID));
    }

    private static void collectPersonFields(Class<?> record, Set<Class<?>> seen, Set<String> fields) {
        if (!seen.add(record)) return;
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> type = elementOf(c.getGenericType());
            if (type == String.class
                    && FieldPolicy.of(record.getSimpleName(), c.getName()) == FieldPolicy.Treatment.PERSON_ID) {
                fields.add(c.getName());
            } else if (type.isRecord()) {
                collectPersonFields(type, seen, fields);
            }
        }
    }

    private static void collectUnlisted(Class<?> record, Set<Class<?>> seen, List<String> unlisted) {
        if (!seen.add(record)) return;
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> type = elementOf(c.getGenericType());
            if (type == String.class && !FieldPolicy.isListed(record.getSimpleName(), c.getName())) {
                unlisted.add(record.getSimpleName() + "." + c.getName());
            } else if (type.isRecord()) {
                collectUnlisted(type, seen, unlisted);
            }
        }
    }

    private static Class<?> elementOf(Type type) {
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom((Class<?>) p.getRawType())) {
            return elementOf(p.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c ? c : Object.class;
    }
}
