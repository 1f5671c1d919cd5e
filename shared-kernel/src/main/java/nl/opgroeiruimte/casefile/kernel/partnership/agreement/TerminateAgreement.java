package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

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
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Terminate an agreement before its end, with the reason, who terminated it and whether it was mutual. */
public record TerminateAgreement(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String agreementId,

        @NotBlank @Size(max = 4000) String reason,
        /* who terminated it: the municipality, the initiative, or both */
        ActingSide terminatedBy,
        /* whether both agreed to the termination; false: a one-sided termination */
        Boolean mutual)
        implements CaseCommand {

    @JsonCreator
    public TerminateAgreement {}

    /** A termination that says only its reason. */
    public TerminateAgreement(String caseId, Actor actor, LocalDate occurredOn, String agreementId, String reason) {
        this(caseId, actor, occurredOn, agreementId, reason, null, null);
    }
}
