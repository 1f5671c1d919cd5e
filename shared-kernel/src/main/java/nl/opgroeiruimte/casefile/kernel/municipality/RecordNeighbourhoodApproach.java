package nl.opgroeiruimte.casefile.kernel.municipality;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the municipality's approach for one neighbourhood from {@code occurredOn} (004, "Stappen voor de
 * gemeente"): the role it takes there, as a set of the four government roles, in its own words, or both;
 * its goals for the short, middle and long term; the intended intensity of partnerships; and, where the
 * Wijkkompas is used, which tracks each party works on. A new record for the same neighbourhood replaces
 * the earlier one from its day: the approach is versioned, never overwritten.
 */
public record RecordNeighbourhoodApproach(
        @NotNull
        @Pattern(regexp = CbsCode.PATTERN, message = "must be a CBS municipality code: GM followed by four digits")
        String cbsCode,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String approachId,

        @NotNull @Valid Neighbourhood neighbourhood,
        Set<@NotNull GovernmentRole> governmentRoles,
        @Size(max = 2000) String role,
        @NotNull @Valid NeighbourhoodGoals goals,
        @NotNull PartnershipIntensity intensity,
        @Size(max = 20) List<@NotNull @Valid WijkkompasWork> wijkkompas,
        @Size(max = 4000) String considerations)
        implements MunicipalityCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return MunicipalityCommand.streamId(cbsCode);
    }

    @JsonIgnore
    @AssertTrue(message = "name the role the municipality takes: governmentRoles, role (in its own words), or both")
    public boolean isValidRole() {
        return (governmentRoles != null && !governmentRoles.isEmpty()) || (role != null && !role.isBlank());
    }
}
