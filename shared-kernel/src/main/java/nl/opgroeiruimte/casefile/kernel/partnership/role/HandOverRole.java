package nl.opgroeiruimte.casefile.kernel.partnership.role;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A key role passes from its holder to a successor, with a hand-over or explicitly without one. */
public record HandOverRole(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotNull CaseRole role,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String successorId,

        @Size(max = 200) String department,
        @NotNull @Valid Handover handover)
        implements CaseCommand {}
