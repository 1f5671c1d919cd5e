package nl.opgroeiruimte.casefile.kernel.people;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import org.axonframework.serialization.Revision;

/** A person was registered to act for {@code party} in {@code role}; who they are is in the people register only. */
@Revision("1")
public record PersonRegistered(String personId, Actor actor, LocalDate occurredOn, Party party, ActorRole role)
        implements PersonEvent {}
