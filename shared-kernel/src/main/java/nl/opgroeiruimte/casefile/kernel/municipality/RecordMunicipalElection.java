package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a municipal election (gemeenteraadsverkiezing): its day, by default the latest national
 * election day (see {@link NationalElections}), and optionally the seats each party won.
 * {@code occurredOn} is when the result was established, on or after the election day. {@code kind}
 * says which election it was: the regular one lies on a national election day; a reorganisation election
 * (herindelingsverkiezing) on another day, which must then be given. Without a kind, the day decides.
 */
public record RecordMunicipalElection(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        LocalDate electionDate,
        @Size(max = 45) List<@NotNull @Valid SeatsWon> seats,
        ElectionKind kind)
        implements MunicipalityCommand {

    @JsonCreator
    public RecordMunicipalElection {}

    /** An election whose kind follows from its day. */
    public RecordMunicipalElection(
            String cbsCode, Actor actor, LocalDate occurredOn, LocalDate electionDate, List<SeatsWon> seats) {
        this(cbsCode, actor, occurredOn, electionDate, seats, null);
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }

    @JsonIgnore
    @AssertTrue(message = "the election cannot lie after the day its result was established (occurredOn)")
    public boolean isValidElectionDate() {
        return electionDate == null || occurredOn == null || !electionDate.isAfter(occurredOn);
    }

    /** Gemeentewet art. 8: a council has an odd number of seats, from 9 to 45; each party is named once. */
    @JsonIgnore
    @AssertTrue(message = "name each party once; the seats add up to an odd number from 9 to 45 (Gemeentewet art. 8)")
    public boolean isValidSeats() {
        if (seats == null || seats.isEmpty()) return true;
        Set<String> parties = new HashSet<>();
        int total = 0;
        for (SeatsWon won : seats) {
            // a missing party or number is reported by its own constraint
            if (won == null || won.politicalParty() == null || won.seats() == null) return true;
            if (!parties.add(won.politicalParty().strip().toLowerCase())) return false;
            total += won.seats();
        }
        return total >= 9 && total <= 45 && total % 2 == 1;
    }
}
