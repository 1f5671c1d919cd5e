package nl.opgroeiruimte.casefile.command.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.UnacceptablePerson;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignIntentAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
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
 * The people a command names must be registered: its actor, and the attendees, milestone owners and
 * signatories it lists, each for the party the command says. The actor must moreover be of the recorder's
 * own party, unless the recorder's role lets them record for others: an administrator, or a facilitator
 * (whom the case itself admits only when appointed to it). Runs on every command from a signed-in caller,
 * after the aggregate's own checks (so who may not record in a case learns nothing about it) and before
 * anything is stored: a refusal rolls the unit of work back. Registrations are read from the people's own
 * streams in the event store, in the command's transaction, never from a projection that may lag.
 */
@Component
public class RegisteredPeople implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final EventStore eventStore;

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
        for (Named named : othersNamedIn(command)) {
            Party registered = requireRegistered(named.field(), named.personId(), named.party());
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
        Optional<PersonRegistered> registration = registration(personId);
        if (registration.isEmpty()) {
            throw new UnacceptablePerson(
                    "unknown-person",
                    field + ".personId",
                    "No person " + personId + " is registered in the people register; register them first");
        }
        Party registered = registration.get().party();
        if (stated != null) requireSameParty(field + ".party", stated, registered, personId);
        return registered;
    }

    private static void requireSameParty(String field, Party stated, Party registered, String personId) {
        if (!stated.equals(registered)) {
            throw new UnacceptablePerson(
                    "party-not-registered",
                    field,
                    personId + " is registered to act for " + registered + ", not for " + stated);
        }
    }

    private Optional<PersonRegistered> registration(String personId) {
        return eventStore
                .readEvents(PersonCommand.streamId(personId))
                .asStream()
                .map(event -> event.getPayload())
                .filter(PersonRegistered.class::isInstance)
                .map(PersonRegistered.class::cast)
                .findFirst();
    }

    /** A person a command names in {@code field}, for the party it says, or for a side the field implies. */
    private record Named(String field, String personId, Party party, Predicate<Party> side) {
        Named(String field, String personId, Party party) {
            this(field, personId, party, registered -> true);
        }
    }

    /** The attendees, owners and signatories a command lists, with the field that names each. */
    private static List<Named> othersNamedIn(CaseFileCommand command) {
        List<Named> named = new ArrayList<>();
        if (command instanceof RecordMeeting meeting) {
            List<Attendee> attendees = meeting.attendees();
            for (int i = 0; i < attendees.size(); i++) {
                named.add(new Named(
                        "attendees[" + i + "]",
                        attendees.get(i).personId(),
                        attendees.get(i).party()));
            }
        }
        if (command instanceof RecordMilestone milestone) {
            named.add(new Named(
                    "owners.municipalOwner", milestone.owners().municipalOwner(), null, Party::representsMunicipality));
            named.add(new Named(
                    "owners.initiativeOwner", milestone.owners().initiativeOwner(), null, Party::representsInitiative));
        }
        List<Signatory> signatories = List.of();
        if (command instanceof SignAgreement sign) signatories = sign.signatories();
        if (command instanceof SignIntentAgreement sign) signatories = sign.signatories();
        if (command instanceof AmendAgreement amend) signatories = amend.signatories();
        if (command instanceof RenewAgreement renew) signatories = renew.signatories();
        for (int i = 0; signatories != null && i < signatories.size(); i++) {
            named.add(new Named(
                    "signatories[" + i + "]",
                    signatories.get(i).personId(),
                    signatories.get(i).party()));
        }
        return named;
    }
}
