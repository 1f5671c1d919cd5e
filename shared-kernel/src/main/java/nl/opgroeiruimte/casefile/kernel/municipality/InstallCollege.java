package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Install a college of mayor and aldermen (college van B&W), in office from {@code occurredOn} until the
 * next college is installed. Every case of the municipality feels it: a new college does not know what
 * the old one agreed (003 §3.2.5).
 */
public record InstallCollege(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String collegeId,

        @NotNull @Valid CollegeMember mayor,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid CollegeMember> aldermen)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }

    @JsonIgnore
    @AssertTrue(message = "each person sits in the college once")
    public boolean isValidMembers() {
        if (mayor == null || aldermen == null) return true;
        Set<String> people = new HashSet<>();
        people.add(mayor.personId());
        for (CollegeMember alderman : aldermen) {
            if (alderman != null && !people.add(alderman.personId())) return false;
        }
        return true;
    }
}
