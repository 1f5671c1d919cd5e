package nl.opgroeiruimte.casefile.kernel.people;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** A person's personal data was erased on {@code occurredOn}, on this ground; the record holds no personal data. */
@Revision("1")
public record PersonErased(String personId, Actor actor, LocalDate occurredOn, ErasureGround ground)
        implements PersonEvent {}
