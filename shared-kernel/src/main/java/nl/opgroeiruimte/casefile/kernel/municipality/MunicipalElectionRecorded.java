package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/**
 * A municipal election took place on {@code electionDate}; its result was established on
 * {@code occurredOn}. {@code seats} is empty when the result per party was not recorded. {@code kind}
 * says whether it was the regular election or a reorganisation election (herindelingsverkiezing); an
 * event stored before the kind was recorded takes it from {@code nationalElectionDay}.
 */
@Revision("1")
public record MunicipalElectionRecorded(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        LocalDate electionDate,
        boolean nationalElectionDay,
        List<SeatsWon> seats,
        ElectionKind kind)
        implements MunicipalityEvent {

    @JsonCreator
    public MunicipalElectionRecorded {
        if (kind == null) kind = ElectionKind.ofDay(nationalElectionDay);
    }

    /** An election whose kind follows from its day: regular on a national election day, else a reorganisation election. */
    public MunicipalElectionRecorded(
            String cbsCode,
            Actor actor,
            LocalDate occurredOn,
            LocalDate electionDate,
            boolean nationalElectionDay,
            List<SeatsWon> seats) {
        this(cbsCode, actor, occurredOn, electionDate, nationalElectionDay, seats, null);
    }
}
