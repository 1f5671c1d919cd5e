package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** A municipality was registered, with its name as the reference list gave it then. */
@Revision("1")
public record MunicipalityRegistered(String cbsCode, Actor actor, LocalDate occurredOn, String name)
        implements MunicipalityEvent {}
