package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** An alderman left the college on {@code occurredOn}; {@code successor}, when given, joined it that day. */
@Revision("1")
public record AldermanDeparted(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        String collegeId,
        String personId,
        DepartureReason reason,
        String note,
        CollegeMember successor)
        implements MunicipalityEvent {}
