package nl.opgroeiruimte.casefile.command.people;

import static nl.opgroeiruimte.casefile.command.people.PersonRule.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.command.people.PeopleRegister.PersonalData;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.people.ErasePerson;
import nl.opgroeiruimte.casefile.kernel.people.PersonCommand;
import nl.opgroeiruimte.casefile.kernel.people.PersonErased;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person in the people register: registered, and perhaps one day erased (GDPR/AVG art. 17). The
 * events say only that a person with this pseudonymous id acts for a party in a role, and when the
 * personal data was erased; the personal data itself goes to the {@link PeopleRegister}, in the same
 * transaction, and this aggregate never holds it, so no snapshot can either.
 */
@Aggregate
public class Person extends VersionedAggregate {

    @AggregateIdentifier
    private String streamId;

    private String personId;
    private LocalDate registeredOn;
    private LocalDate erasedOn;

    protected Person() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Person(RegisterPerson cmd, Clock clock, PeopleRegister register, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (caller.role() == CallerRole.AUDITOR || caller.role() == CallerRole.RESEARCHER) {
                throw new NotPermitted("Readers do not register people");
            }
        });
        requireNotInFuture(cmd, clock);
        register.enter(cmd.personId(), new PersonalData(cmd.name(), cmd.email(), cmd.organisation()));
        apply(new PersonRegistered(cmd.personId(), cmd.actor(), cmd.occurredOn(), cmd.party(), cmd.role()));
    }

    @CommandHandler
    public void handle(ErasePerson cmd, Clock clock, PeopleRegister register, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.isAdministrator()) throw new NotPermitted("Only an administrator erases personal data");
        });
        requireNotInFuture(cmd, clock);
        if (erasedOn != null) {
            throw ALREADY_ERASED.violatedOn("personId", "The personal data of %s was erased on %s", personId, erasedOn);
        }
        if (cmd.occurredOn().isBefore(registeredOn)) {
            throw OCCURRED_BEFORE_REGISTRATION.violatedOn(
                    "occurredOn", "%s lies before the person was registered, on %s", cmd.occurredOn(), registeredOn);
        }
        register.erase(cmd.personId(), cmd.occurredOn());
        apply(new PersonErased(cmd.personId(), cmd.actor(), cmd.occurredOn(), cmd.ground()));
    }

    private static void requireNotInFuture(CaseFileCommand cmd, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (cmd.occurredOn().isAfter(today)) {
            throw OCCURRED_IN_FUTURE.violatedOn(
                    "occurredOn", "%s lies in the future (today is %s)", cmd.occurredOn(), today);
        }
    }

    @EventSourcingHandler
    void on(PersonRegistered e) {
        streamId = PersonCommand.streamId(e.personId());
        personId = e.personId();
        registeredOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(PersonErased e) {
        erasedOn = e.occurredOn();
    }
}
