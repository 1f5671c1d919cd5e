package nl.opgroeiruimte.casefile.kernel.partnership.track;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The track stops, always with a reason (004): who stopped it, whether it was mutual, and a category of
 * the reason that can be counted across cases. The three are optional for clients that do not know them.
 */
public record StopCase(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 4000) String reason,
        /* who stopped: the municipality, the initiative, or both */
        ActingSide stoppedBy,
        /* whether both agreed to stop; true when both stopped */
        Boolean mutual,
        StopReasonCategory reasonCategory)
        implements CaseCommand {

    @JsonCreator
    public StopCase {}

    /** A stop that says only its reason. */
    public StopCase(String caseId, Actor actor, LocalDate occurredOn, String reason) {
        this(caseId, actor, occurredOn, reason, null, null, null);
    }
}
