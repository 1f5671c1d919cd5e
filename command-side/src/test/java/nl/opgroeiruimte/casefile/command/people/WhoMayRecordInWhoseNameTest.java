package nl.opgroeiruimte.casefile.command.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnacceptablePerson;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may record in whose name (docs/security.md): every recorder role against actors of every party,
 * registered or not; and the attendees, owners and signatories a command names.
 */
class WhoMayRecordInWhoseNameTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 1);
    private static final Party ZWOLLE = Party.municipality("GM0193");
    private static final Party ZUTPHEN = Party.municipality("GM0301");
    private static final Party ASSENDORP = Party.initiative("warm-assendorp");
    private static final Party BUREAU = Party.external("Energie Samen");
    private static final Actor ANNA = new Actor("p-anna", ZWOLLE, ActorRole.CIVIL_SERVANT);
    private static final Actor BRAM = new Actor("p-bram", ASSENDORP, ActorRole.BOARD_MEMBER);
    private static final Actor FENNA = new Actor("p-fenna", BUREAU, ActorRole.FACILITATOR);
    private static final Actor ZOE = new Actor("p-zoe", ZUTPHEN, ActorRole.CIVIL_SERVANT);
    private static final Actor NOBODY = new Actor("p-nobody", ZWOLLE, ActorRole.MAYOR);

    private static final Caller ZWOLLE_STAFF =
            new Caller("p-ambtenaar-zwolle", CallerRole.MUNICIPAL_STAFF, "GM0193", null);
    private static final Caller ASSENDORP_MEMBER =
            new Caller("p-bestuur-assendorp", CallerRole.INITIATIVE_MEMBER, null, "warm-assendorp");
    private static final Caller FACILITATOR = new Caller("p-procesbegeleider", CallerRole.FACILITATOR, null, null);
    private static final Caller ADMINISTRATOR = new Caller("p-beheerder", CallerRole.ADMINISTRATOR, null, null);

    private final RegisteredPeople people = new RegisteredPeople(registered(ANNA, BRAM, FENNA, ZOE));

    private static EmbeddedEventStore registered(Actor... actors) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        for (Actor a : actors) register(store, a);
        return store;
    }

    private static RecordMeeting meeting(Actor actor, Attendee... attendees) {
        return new RecordMeeting(
                "case-1",
                actor,
                DAY,
                "meeting-1",
                MeetingKind.MEETING,
                attendees.length == 0
                        ? List.of(new Attendee(ANNA.personId(), ZWOLLE, ActorRole.CIVIL_SERVANT))
                        : List.of(attendees),
                List.of("planning"),
                null,
                null);
    }

    /** recorder, actor, the rule broken (null: accepted). */
    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(ZWOLLE_STAFF, ANNA, null),
                Arguments.of(ZWOLLE_STAFF, BRAM, "actor-not-of-recorders-party"),
                Arguments.of(ZWOLLE_STAFF, FENNA, "actor-not-of-recorders-party"),
                Arguments.of(ZWOLLE_STAFF, ZOE, "actor-not-of-recorders-party"),
                Arguments.of(ZWOLLE_STAFF, NOBODY, "unknown-person"),
                Arguments.of(ASSENDORP_MEMBER, ANNA, "actor-not-of-recorders-party"),
                Arguments.of(ASSENDORP_MEMBER, BRAM, null),
                Arguments.of(ASSENDORP_MEMBER, FENNA, "actor-not-of-recorders-party"),
                Arguments.of(ASSENDORP_MEMBER, ZOE, "actor-not-of-recorders-party"),
                Arguments.of(ASSENDORP_MEMBER, NOBODY, "unknown-person"),
                // the case admits a facilitator only when appointed, and then for both its parties
                Arguments.of(FACILITATOR, ANNA, null),
                Arguments.of(FACILITATOR, BRAM, null),
                Arguments.of(FACILITATOR, FENNA, null),
                Arguments.of(FACILITATOR, NOBODY, "unknown-person"),
                Arguments.of(ADMINISTRATOR, ANNA, null),
                Arguments.of(ADMINISTRATOR, BRAM, null),
                Arguments.of(ADMINISTRATOR, ZOE, null),
                Arguments.of(ADMINISTRATOR, NOBODY, "unknown-person"));
    }

    @ParameterizedTest(name = "{0} records in the name of {1}: {2}")
    @MethodSource("matrix")
    void eachRecorderRecordsInTheNameOfRegisteredPeopleItsRoleAllows(Caller recorder, Actor actor, String brokenRule) {
        if (brokenRule == null) {
            assertThatCode(() -> people.check(meeting(actor), recorder)).doesNotThrowAnyException();
        } else {
            UnacceptablePerson refused =
                    catchThrowableOfType(() -> people.check(meeting(actor), recorder), UnacceptablePerson.class);
            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.rule()).isEqualTo(brokenRule);
            assertThat(refused.field()).startsWith("actor.");
        }
    }

    @Test
    void aPersonActsOnlyForThePartyTheyAreRegisteredFor() {
        Actor annaForTheInitiative = new Actor("p-anna", ASSENDORP, ActorRole.BOARD_MEMBER);

        UnacceptablePerson refused = catchThrowableOfType(
                () -> people.check(meeting(annaForTheInitiative), ADMINISTRATOR), UnacceptablePerson.class);

        assertThat(refused.rule()).isEqualTo("party-not-registered");
        assertThat(refused.field()).isEqualTo("actor.party");
    }

    @Test
    void anUnknownAttendeeIsNamedByTheirPlaceInTheList() {
        var command = meeting(
                ANNA,
                new Attendee("p-anna", ZWOLLE, ActorRole.CIVIL_SERVANT),
                new Attendee("p-typo", ASSENDORP, ActorRole.MEMBER));

        UnacceptablePerson refused =
                catchThrowableOfType(() -> people.check(command, ZWOLLE_STAFF), UnacceptablePerson.class);

        assertThat(refused.rule()).isEqualTo("unknown-person");
        assertThat(refused.field()).isEqualTo("attendees[1].personId");
    }

    @Test
    void milestoneOwnersMustBeRegisteredOnTheSideTheyOwnFor() {
        var swapped = new RecordMilestone(
                "case-1",
                ANNA,
                DAY,
                "m-1",
                "Feasibility study",
                DAY.plusMonths(3),
                new MilestoneOwners("p-bram", "p-anna"),
                new Guarantee("design phase financed", List.of()));

        UnacceptablePerson refused =
                catchThrowableOfType(() -> people.check(swapped, ZWOLLE_STAFF), UnacceptablePerson.class);

        assertThat(refused.rule()).isEqualTo("party-not-registered");
        assertThat(refused.field()).isEqualTo("owners.municipalOwner");
    }

    @Test
    void everySignatoryMustBeRegisteredForThePartyTheySignFor() {
        var signed = new SignAgreement(
                "case-1",
                ANNA,
                DAY,
                "a-1",
                AgreementKind.INTENT_AGREEMENT,
                "Intent",
                List.of(
                        new Signatory("p-anna", ZWOLLE, "college decision"),
                        new Signatory("p-bram", ZWOLLE, "members' meeting")),
                new ValidityPeriod(DAY, null),
                Set.of(),
                null,
                null);

        UnacceptablePerson refused =
                catchThrowableOfType(() -> people.check(signed, ZWOLLE_STAFF), UnacceptablePerson.class);

        assertThat(refused.rule()).isEqualTo("party-not-registered");
        assertThat(refused.field()).isEqualTo("signatories[1].party");
    }

    @Test
    void aPersonMayRegisterThemselvesForTheirOwnPartyOnly() {
        var self = new RegisterPerson(
                "p-new",
                new Actor("p-new", ZWOLLE, ActorRole.CIVIL_SERVANT),
                DAY,
                "Nieuw",
                null,
                null,
                ZWOLLE,
                ActorRole.CIVIL_SERVANT);
        var otherParty = new RegisterPerson(
                "p-new",
                new Actor("p-new", ASSENDORP, ActorRole.MEMBER),
                DAY,
                "Nieuw",
                null,
                null,
                ASSENDORP,
                ActorRole.MEMBER);

        assertThatCode(() -> people.check(self, ZWOLLE_STAFF)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(() -> people.check(otherParty, ZWOLLE_STAFF), UnacceptablePerson.class)
                        .rule())
                .isEqualTo("actor-not-of-recorders-party");
    }

    @Test
    void everyPersonACommandNamesMustBeRegisteredWhereverItNamesThem() {
        var handover = new nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole(
                "case-1",
                ANNA,
                DAY,
                nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT,
                "p-successor",
                null,
                new nl.opgroeiruimte.casefile.kernel.partnership.role.Handover("note", null, false));
        var college = new nl.opgroeiruimte.casefile.kernel.municipality.InstallCollege(
                "GM0193",
                ANNA,
                DAY,
                "college-1",
                new nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember("p-anna", List.of("mayor"), null),
                List.of(new nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember(
                        "p-wethouder", List.of("energy"), null)));
        var facilitator = new nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator(
                "case-1", ANNA, DAY, "p-onbekend", "Energie Samen");

        assertThat(refusedField(handover)).isEqualTo("successorId");
        assertThat(refusedField(college)).isEqualTo("aldermen[0].personId");
        assertThat(refusedField(facilitator)).isEqualTo("personId");
    }

    private String refusedField(nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand command) {
        UnacceptablePerson refused =
                catchThrowableOfType(() -> people.check(command, ADMINISTRATOR), UnacceptablePerson.class);
        assertThat(refused).as("refused: " + command).isNotNull();
        assertThat(refused.rule()).isEqualTo("unknown-person");
        return refused.field();
    }

    @Test
    void aCaseIsRequestedForARegisteredMunicipalityAndInitiativeOnly() {
        var request = new nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte(
                "case-1",
                ANNA,
                DAY,
                "GM0193",
                "warm-assendorp",
                new nl.opgroeiruimte.casefile.kernel.partnership.track.Scope("heat network", "Assendorp"),
                null);

        var refused = catchThrowableOfType(
                () -> people.check(request, ADMINISTRATOR),
                nl.opgroeiruimte.casefile.kernel.common.UnregisteredParty.class);

        assertThat(refused.rule()).isEqualTo("unknown-municipality");
        assertThat(refused.field()).isEqualTo("municipality");
    }

    @Test
    void aRegistrationFoundIsNotReadAgainWhileOneNotYetStoredIsLookedForEachTime() {
        AtomicInteger reads = new AtomicInteger();
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine() {
                    @Override
                    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
                        reads.incrementAndGet();
                        return super.readEvents(aggregateIdentifier, firstSequenceNumber);
                    }
                })
                .build();
        RegisteredPeople checked = new RegisteredPeople(store);
        register(store, ANNA);
        var withBram = meeting(ANNA, new Attendee(BRAM.personId(), ASSENDORP, ActorRole.BOARD_MEMBER));

        UnacceptablePerson refused =
                catchThrowableOfType(() -> checked.check(withBram, ZWOLLE_STAFF), UnacceptablePerson.class);
        assertThat(refused.field()).isEqualTo("attendees[0].personId");
        register(store, BRAM);
        assertThatCode(() -> checked.check(withBram, ZWOLLE_STAFF)).doesNotThrowAnyException();
        int readsOnceBothAreKnown = reads.get();
        assertThatCode(() -> checked.check(withBram, ZWOLLE_STAFF)).doesNotThrowAnyException();

        assertThat(reads.get()).isEqualTo(readsOnceBothAreKnown);
        Actor annaForTheInitiative = new Actor("p-anna", ASSENDORP, ActorRole.BOARD_MEMBER);
        assertThat(catchThrowableOfType(
                                () -> checked.check(meeting(annaForTheInitiative), ADMINISTRATOR),
                                UnacceptablePerson.class)
                        .rule())
                .as("the kept registration still holds the person to their party")
                .isEqualTo("party-not-registered");
    }

    private static void register(EmbeddedEventStore store, Actor a) {
        store.publish(new GenericDomainEventMessage<>(
                "Person",
                PersonCommand.streamId(a.personId()),
                0,
                new PersonRegistered(a.personId(), a, DAY, a.party(), a.role())));
    }
}
