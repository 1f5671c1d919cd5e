package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/**
 * A reorganisation (herindeling) took effect on {@code occurredOn}: the {@code formerMunicipalities}
 * ceased to exist and this municipality succeeded them. Their cases move to it as of that day, each by an
 * event in its own history.
 */
@Revision("1")
public record MunicipalReorganisationRecorded(
        String cbsCode, Actor actor, LocalDate occurredOn, List<String> formerMunicipalities)
        implements MunicipalityEvent {}
