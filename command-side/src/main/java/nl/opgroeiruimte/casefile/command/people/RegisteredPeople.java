package nl.opgroeiruimte.casefile.command.people;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnacceptablePerson;
import nl.opgroeiruimte.casefile.kernel.common.UnregisteredParty;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeCommand;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeRegistered;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityRegistered;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The people a command names must be registered: its actor, and every other person it names (attendees,
 * milestone owners, signatories, role holders and successors, facilitators, college members, board
 * mandates: see {@link #othersNamedIn}), each for the party the command says; and a case must be
 * requested for a registered municipality and a registered initiative. The actor must moreover be of the recorder's
 * own party, unless the recorder's role lets them record for others: an administrator, or a facilitator
 * (whom the case itself admits only when appointed to it). Runs on every command from a signed-in caller,
 * after the aggregate's own checks (so who may not record in a case learns nothing about it) and before
 * anything is stored: a refusal rolls the unit of work back. Registrations are read from the people's own
 * streams in the event store, in the command's transaction, never from a projection that may lag. As a
 * handler interceptor bean it is put on the command bus by Axon's Spring Boot auto-configuration, once (it
 * was also registered by hand, and so ran twice per command).
 *
 * <p>A registration once stored never changes: a stream's first registration stays its first (erasure
 * records {@code PersonErased} beside it and keeps the party), and only committed events are read. So a
 * registration found is kept in memory ({@link #KEPT} at most) and the stream is not read again for it;
 * what was not found is read again each time, so a person registered meanwhile, on any instance, is
 * found. Before, a meeting with two attendees read six streams (two queries each) per command
 * ({@code BENCHMARKS.md}, "The command path").
 */
@Component
public class RegisteredPeople implements MessageHandlerInterceptor<CommandMessage<?>> {
    /** Registrations kept in memory at most; beyond that the memory starts afresh (and fills again). */
    static final int KEPT = 100_000;

    private final EventStore eventStore;
    private final Map<String, Party> registeredPeople = new ConcurrentHashMap<>();
    private final Set<String> registeredStreams = ConcurrentHashMap.newKeySet();

    public RegisteredPeople(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> message = unitOfWork.getMessage();
        Object result = chain.proceed();
        if (message.getPayload() instanceof CaseFileCommand command) {
            Caller.fromMetaData(message.getMetaData()).ifPresent(recorder -> check(command, recorder));
        }
        return result;
    }

    void check(CaseFileCommand command, Caller recorder) {
        Actor actor = command.actor();
        boolean registersThemselves = command instanceof RegisterPerson registration
                && registration.personId().equals(actor.personId());
        if (registersThemselves) {
            requireSameParty("actor.party", actor.party(), ((RegisterPerson) command).party(), actor.personId());
        } else {
            requireRegistered("actor", actor.personId(), actor.party());
        }
        requireRecordableBy(recorder, actor);
        if (command instanceof RequestOpgroeiruimte request) {
            requireRegisteredParties(request);
        }
        for (Named named : othersNamedIn(command)) {
            Party registered = requireRegisteredAt(named.field(), named.personId(), named.party(), named.field());
            if (!named.side().test(registered)) {
                throw new UnacceptablePerson(
                        "party-not-registered",
                        named.field(),
                        named.personId() + " is registered to act for " + registered + ", not for this side");
            }
        }
    }

    /** What each role may record in whose name (docs/security.md). */
    private static void requireRecordableBy(Caller recorder, Actor actor) {
        Party party = actor.party();
        boolean own = switch (recorder.role()) {
            case ADMINISTRATOR, FACILITATOR -> true;
            case MUNICIPAL_STAFF ->
                recorder.municipality() != null && recorder.municipality().equals(party.municipality());
            case INITIATIVE_MEMBER ->
                recorder.initiative() != null && recorder.initiative().equals(party.initiative());
            case AUDITOR, RESEARCHER -> false;
        };
        if (!own) {
            throw new UnacceptablePerson(
                    "actor-not-of-recorders-party",
                    "actor.party",
                    "You record for " + ownParty(recorder) + " and may not record in the name of " + actor.personId()
                            + " of " + party);
        }
    }

    private static String ownParty(Caller recorder) {
        if (recorder.municipality() != null) return "municipality " + recorder.municipality();
        if (recorder.initiative() != null) return "initiative " + recorder.initiative();
        return "no party";
    }

    private Party requireRegistered(String field, String personId, Party stated) {
        return requireRegisteredAt(field + ".personId", personId, stated, field);
    }

    /** {@code idField} names the id, {@code field} the object whose {@code party} is the one stated. */
    private Party requireRegisteredAt(String idField, String personId, Party stated, String field) {
        Party registered = registeredParty(personId);
        if (registered == null) {
            throw new UnacceptablePerson(
                    "unknown-person",
                    idField,
                    "No person " + personId + " is registered in the people register; register them first");
        }
        if (stated != null) requireSameParty(partyField(field), stated, registered, personId);
        return registered;
    }

    /** {@code attendees[1].personId} → {@code attendees[1].party}; {@code actor} → {@code actor.party}. */
    /** A case is between a registered municipality and a registered initiative. */
    private void requireRegisteredParties(RequestOpgroeiruimte request) {
        if (!registered(MunicipalityCommand.streamId(request.municipality()), MunicipalityRegistered.class)) {
            throw new UnregisteredParty(
                    "unknown-municipality",
                    "municipality",
                    "Municipality " + request.municipality()
                            + " is not registered in the case file; register it first");
        }
        if (!registered(InitiativeCommand.streamId(request.initiative()), InitiativeRegistered.class)) {
            throw new UnregisteredParty(
                    "unknown-initiative",
                    "initiative",
                    "Initiative " + request.initiative() + " is not registered in the case file; register it first");
        }
    }

    private boolean registered(String streamId, Class<?> registration) {
        if (registeredStreams.contains(streamId)) return true;
        boolean registered = eventStore
                .readEvents(streamId)
                .asStream()
                .anyMatch(event -> registration.isInstance(event.getPayload()));
        if (registered) keep(registeredStreams).add(streamId);
        return registered;
    }

    private static String partyField(String field) {
        if (field.endsWith(".personId")) return field.substring(0, field.length() - ".personId".length()) + ".party";
        if (field.equals("personId")) return "party";
        return field + ".party";
    }

    private static void requireSameParty(String field, Party stated, Party registered, String personId) {
        if (!stated.equals(registered)) {
            throw new UnacceptablePerson(
                    "party-not-registered",
                    field,
                    personId + " is registered to act for " + registered + ", not for " + stated);
        }
    }

    /** The party the person is registered for, or null when no registration is stored (yet). */
    private Party registeredParty(String personId) {
        Party kept = registeredPeople.get(personId);
        if (kept != null) return kept;
        Optional<PersonRegistered> registration = eventStore
                .readEvents(PersonCommand.streamId(personId))
                .asStream()
                .map(event -> event.getPayload())
                .filter(PersonRegistered.class::isInstance)
                .map(PersonRegistered.class::cast)
                .findFirst();
        if (registration.isEmpty()) return null;
        keep(registeredPeople.keySet());
        registeredPeople.put(personId, registration.get().party());
        return registration.get().party();
    }

    /** A bounded memory: when full it is emptied, and the registrations are read (and kept) again. */
    private static <E> Set<E> keep(Set<E> kept) {
        if (kept.size() >= KEPT) kept.clear();
        return kept;
    }

    /** A person a command names in {@code field}, for the party it says, or for a side the field implies. */
    private record Named(String field, String personId, Party party, Predicate<Party> side) {}

    /**
     * The names of the fields that hold a person id, in commands as in the facts they record (the research
     * export's field policy pseudonymises the same names). A person id in a field of another name would go
     * unchecked: {@code EveryPersonFieldIsCheckedTest} holds the commands to these names.
     */
    public static final Set<String> PERSON_FIELDS = Set.of(
            "personId", "successorId", "successorPersonId", "municipalOwner", "initiativeOwner", "previousHolder");

    /** The side of the partnership a field names its person for, where the field implies one. */
    private static final Map<String, Predicate<Party>> SIDES =
            Map.of("municipalOwner", Party::representsMunicipality, "initiativeOwner", Party::representsInitiative);

    /**
     * Every person a command names besides its actor, wherever in the command: role holders, successors,
     * facilitators, attendees, owners, signatories, college members, board mandates. Found by walking the
     * command's record components for {@link #PERSON_FIELDS}, so that a new command is checked without being
     * listed here; a {@code party} beside the id is the party the command says the person acts for. A
     * person command's own {@code personId} is the person it registers or erases, and not checked here.
     */
    static List<Named> othersNamedIn(CaseFileCommand command) {
        List<Named> named = new ArrayList<>();
        walk(command, "", command instanceof PersonCommand, named);
        return named;
    }

    private static void walk(Object value, String path, boolean skipOwnPersonId, List<Named> named) {
        Class<?> type = value.getClass();
        if (!type.isRecord()) return;
        RecordComponent[] components = type.getRecordComponents();
        Party party = null;
        for (RecordComponent component : components) {
            if (component.getName().equals("party") && read(component, value) instanceof Party stated) party = stated;
        }
        for (RecordComponent component : components) {
            Object field = read(component, value);
            if (field == null || field instanceof Actor) continue;
            String name = component.getName();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            if (field instanceof String personId && PERSON_FIELDS.contains(name)) {
                if (skipOwnPersonId && path.isEmpty() && name.equals("personId")) continue;
                named.add(new Named(fieldPath, personId, party, SIDES.getOrDefault(name, registered -> true)));
            } else if (field instanceof Collection<?> elements) {
                int i = 0;
                for (Object element : elements) {
                    if (element != null) walk(element, fieldPath + "[" + i + "]", false, named);
                    i++;
                }
            } else if (field.getClass().isRecord()) {
                walk(field, fieldPath, false, named);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
