package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/**
 * A municipal election took place on {@code electionDate}; its result was established on
 * {@code occurredOn}. {@code seats} is empty when the result per party was not recorded.
 */
@Revision("1")
public record MunicipalElectionRecorded(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        LocalDate electionDate,
        boolean nationalElectionDay,
        List<SeatsWon> seats)
        implements MunicipalityEvent {}
