package nl.opgroeiruimte.casefile.command.initiative;

import static nl.opgroeiruimte.casefile.command.initiative.InitiativeRule.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.command.support.VersionedAggregate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.initiative.*;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A resident initiative: registered with a legal form, a working area and domains; it may take another
 * legal form as it grows (an informal group becomes a cooperative), and records on whose behalf it
 * speaks and with which mandate of its members.
 */
@Aggregate
public class Initiative extends VersionedAggregate {

    @AggregateIdentifier
    private String streamId;

    private String initiativeId;
    private LocalDate registeredOn;
    /** The legal form by the day it took effect; the first entry is the form it was registered with. */
    private final TreeMap<LocalDate, LegalForm> legalForms = new TreeMap<>();

    private final Set<String> representations = new HashSet<>();

    protected Initiative() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Initiative(RegisterInitiative cmd, Clock clock, MetaData metaData) {
        Caller.fromMetaData(metaData).ifPresent(caller -> {
            if (!caller.mayRecordForInitiative(cmd.initiativeId())) {
                throw new NotPermitted("An initiative is registered by its own members or an administrator");
            }
        });
        requireNotInFuture(cmd, clock);
        requireActorOf(cmd.initiativeId(), cmd.actor());
        List<String> municipalities = cmd.workingArea().municipalities();
        for (int i = 0; i < municipalities.size(); i++) {
            if (!DutchMunicipalities.isCurrent(municipalities.get(i))) {
                throw NOT_A_CURRENT_MUNICIPALITY.violatedOn(
                        "workingArea.municipalities[" + i + "]",
                        "%s is not the CBS code of a current Dutch municipality",
                        municipalities.get(i));
            }
        }
        apply(new InitiativeRegistered(
                cmd.initiativeId(),
                cmd.actor(),
                cmd.occurredOn(),
                cmd.name(),
                cmd.legalForm(),
                cmd.chamberOfCommerceNumber(),
                cmd.workingArea(),
                Set.copyOf(cmd.domains())));
    }

    /** Every fact lies in the past but not before the initiative existed, and no other initiative records it. */
    @CommandHandlerInterceptor
    public Object checkEveryCommand(CommandMessage<?> message, InterceptorChain chain, Clock clock) throws Exception {
        Caller.fromMetaData(message.getMetaData()).ifPresent(caller -> {
            if (!caller.mayRecordForInitiative(initiativeId))
                throw new NotPermitted("Only members of the initiative record its facts");
        });
        if (message.getPayload() instanceof InitiativeCommand cmd) {
            requireNotInFuture(cmd, clock);
            requireActorOf(initiativeId, cmd.actor());
            if (cmd.occurredOn().isBefore(registeredOn)) {
                throw OCCURRED_BEFORE_REGISTRATION.violatedOn(
                        "occurredOn",
                        "%s lies before the initiative was registered, on %s",
                        cmd.occurredOn(),
                        registeredOn);
            }
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(ChangeLegalForm cmd) {
        Map.Entry<LocalDate, LegalForm> current = legalForms.lastEntry();
        if (!cmd.occurredOn().isAfter(current.getKey())) {
            throw OCCURRED_BEFORE_CURRENT_LEGAL_FORM.violatedOn(
                    "occurredOn",
                    "The initiative has been %s since %s; a later form starts after that",
                    word(current.getValue()),
                    current.getKey());
        }
        if (cmd.legalForm() == current.getValue()) {
            throw LEGAL_FORM_UNCHANGED.violatedOn(
                    "legalForm", "The initiative already is %s", word(current.getValue()));
        }
        apply(new LegalFormChanged(
                initiativeId,
                cmd.actor(),
                cmd.occurredOn(),
                current.getValue(),
                cmd.legalForm(),
                cmd.chamberOfCommerceNumber(),
                cmd.deedReference()));
    }

    @CommandHandler
    public void handle(RecordRepresentation cmd) {
        if (representations.contains(cmd.representationId())) {
            throw ALREADY_RECORDED.violatedOn(
                    "representationId", "A representation with id '%s' is already recorded", cmd.representationId());
        }
        LegalForm form = legalForms.floorEntry(cmd.occurredOn()).getValue();
        if (cmd.boardMandate() != null && !form.hasMembers()) {
            throw FOUNDATION_HAS_NO_MEMBERS.violatedOn(
                    "boardMandate",
                    "On %s the initiative was a foundation, which has no members' meeting to mandate its board",
                    cmd.occurredOn());
        }
        apply(new RepresentationRecorded(
                initiativeId,
                cmd.actor(),
                cmd.occurredOn(),
                cmd.representationId(),
                cmd.members(),
                cmd.householdsInArea(),
                cmd.boardMandate(),
                cmd.note()));
    }

    // ---------------------------------------------------------------- rules shared by handlers

    private static void requireNotInFuture(CaseFileCommand cmd, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (cmd.occurredOn().isAfter(today)) {
            throw OCCURRED_IN_FUTURE.violatedOn(
                    "occurredOn", "%s lies in the future (today is %s)", cmd.occurredOn(), today);
        }
    }

    /** A municipality or an outside party may record an initiative's facts; another initiative may not. */
    private static void requireActorOf(String initiativeId, Actor actor) {
        String actingFor = actor.party().initiative();
        if (actingFor != null && !actingFor.equals(initiativeId)) {
            throw PARTY_OF_OTHER_INITIATIVE.violatedOn(
                    "actor.party",
                    "Someone acting for initiative %s does not record the facts of %s",
                    actingFor,
                    initiativeId);
        }
    }

    private static String word(LegalForm form) {
        return form.name().toLowerCase().replace('_', ' ');
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(InitiativeRegistered e) {
        streamId = InitiativeCommand.streamId(e.initiativeId());
        initiativeId = e.initiativeId();
        registeredOn = e.occurredOn();
        legalForms.put(e.occurredOn(), e.legalForm());
    }

    @EventSourcingHandler
    void on(LegalFormChanged e) {
        legalForms.put(e.occurredOn(), e.legalForm());
    }

    @EventSourcingHandler
    void on(RepresentationRecorded e) {
        representations.add(e.representationId());
    }
}
