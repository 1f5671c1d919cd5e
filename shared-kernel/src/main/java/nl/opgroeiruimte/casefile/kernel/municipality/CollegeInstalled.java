package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** A college was installed on {@code occurredOn}; the college before it left office that day. */
@Revision("1")
public record CollegeInstalled(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        String collegeId,
        CollegeMember mayor,
        List<CollegeMember> aldermen)
        implements MunicipalityEvent {}
