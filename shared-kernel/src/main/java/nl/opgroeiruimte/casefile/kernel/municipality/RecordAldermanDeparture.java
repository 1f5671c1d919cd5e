package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that an alderman left the college, and who succeeded them in the college, if anyone did the
 * same day. The portfolio holder changes, the cases stay: this is the political counterpart of a role
 * hand-over.
 */
public record RecordAldermanDeparture(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String collegeId,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String personId,

        @NotNull DepartureReason reason,
        @Size(max = 4000) String note,
        @Valid CollegeMember successor)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }

    @JsonIgnore
    @AssertTrue(message = "an alderman does not succeed themselves")
    public boolean isValidSuccessor() {
        return successor == null || personId == null || !personId.equals(successor.personId());
    }
}
