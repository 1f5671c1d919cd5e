package nl.opgroeiruimte.casefile.command.people;

import static nl.opgroeiruimte.casefile.command.support.Refusals.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.people.ErasePerson;
import nl.opgroeiruimte.casefile.kernel.people.ErasureGround;
import nl.opgroeiruimte.casefile.kernel.people.PersonErased;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A civil servant of Zwolle in the people register: registered, and erased on her request. */
class PersonTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final String ANNA = "p-anna";
    static final Party ZWOLLE = Party.municipality("GM0193");
    static final Actor REGISTRAR = new Actor("p-regisseur", ZWOLLE, ActorRole.PROGRAM_DIRECTOR);
    static final LocalDate REGISTERED_ON = LocalDate.of(2025, 2, 3);

    private final FakeRegister register = new FakeRegister();
    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(register);
    }

    static RegisterPerson registerAnna(LocalDate on) {
        return new RegisterPerson(
                ANNA,
                REGISTRAR,
                on,
                "Anna de Vries",
                "a.devries@zwolle.nl",
                "Gemeente Zwolle",
                ZWOLLE,
                ActorRole.CIVIL_SERVANT);
    }

    static PersonRegistered annaRegistered() {
        return new PersonRegistered(ANNA, REGISTRAR, REGISTERED_ON, ZWOLLE, ActorRole.CIVIL_SERVANT);
    }

    @Test
    void registeringAPersonKeepsThePersonalDataInTheRegisterAndOnlyIdPartyAndRoleInTheEvent() {
        fixture.givenNoPriorActivity().when(registerAnna(REGISTERED_ON)).expectEvents(annaRegistered());
        assertThat(register.entries.get(ANNA))
                .isEqualTo(new PeopleRegister.PersonalData("Anna de Vries", "a.devries@zwolle.nl", "Gemeente Zwolle"));
    }

    @Test
    void aRegistrationDatedInTheFutureIsRefusedAndKeepsNothing() {
        fixture.givenNoPriorActivity()
                .when(registerAnna(LocalDate.of(2026, 6, 16)))
                .expectException(violatesOn("occurred-in-future", "occurredOn"));
        assertThat(register.entries).isEmpty();
    }

    @Test
    void aRegistrationCommandNeverPrintsThePersonalData() {
        assertThat(registerAnna(REGISTERED_ON).toString())
                .contains(ANNA)
                .doesNotContain("Anna de Vries", "a.devries@zwolle.nl");
    }

    @Test
    void erasureDeletesThePersonalDataAndRecordsOnlyThatItHappened() {
        register.entries.put(
                ANNA, new PeopleRegister.PersonalData("Anna de Vries", "a.devries@zwolle.nl", "Gemeente Zwolle"));
        LocalDate on = LocalDate.of(2026, 5, 1);
        fixture.given(annaRegistered())
                .when(new ErasePerson(ANNA, REGISTRAR, on, ErasureGround.CONSENT_WITHDRAWN))
                .expectEvents(new PersonErased(ANNA, REGISTRAR, on, ErasureGround.CONSENT_WITHDRAWN));
        assertThat(register.entries).doesNotContainKey(ANNA);
        assertThat(register.erasedOn).containsEntry(ANNA, on);
    }

    @Test
    void aPersonIsErasedOnce() {
        fixture.given(
                        annaRegistered(),
                        new PersonErased(ANNA, REGISTRAR, LocalDate.of(2026, 5, 1), ErasureGround.CONSENT_WITHDRAWN))
                .when(new ErasePerson(ANNA, REGISTRAR, LocalDate.of(2026, 5, 2), ErasureGround.OBJECTION))
                .expectException(violatesOn("already-erased", "personId"));
    }

    @Test
    void anErasureIsNotDatedBeforeTheRegistration() {
        fixture.given(annaRegistered())
                .when(new ErasePerson(ANNA, REGISTRAR, REGISTERED_ON.minusDays(1), ErasureGround.OBJECTION))
                .expectException(violatesOn("occurred-before-registration", "occurredOn"));
    }

    @Test
    void anErasureDatedInTheFutureIsRefused() {
        fixture.given(annaRegistered())
                .when(new ErasePerson(ANNA, REGISTRAR, LocalDate.of(2026, 7, 1), ErasureGround.OBJECTION))
                .expectException(violatesOn("occurred-in-future", "occurredOn"));
    }

    /** The register as the aggregate sees it, in memory. */
    static final class FakeRegister implements PeopleRegister {
        final Map<String, PersonalData> entries = new HashMap<>();
        final Map<String, LocalDate> erasedOn = new HashMap<>();

        @Override
        public void enter(String personId, PersonalData data) {
            entries.putIfAbsent(personId, data);
        }

        @Override
        public void erase(String personId, LocalDate on) {
            entries.remove(personId);
            erasedOn.put(personId, on);
        }
    }
}
