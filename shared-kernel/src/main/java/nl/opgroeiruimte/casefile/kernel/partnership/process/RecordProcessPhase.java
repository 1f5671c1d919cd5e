package nl.opgroeiruimte.casefile.kernel.partnership.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the phase of the municipal process the case is in from {@code occurredOn}. Phases are not
 * a ladder: a case may go back, or skip one (002: support "bij één of meer van de volgende fases").
 */
public record RecordProcessPhase(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotNull ProcessPhase phase,
        @Size(max = 4000) String note)
        implements CaseCommand {}
