package nl.opgroeiruimte.casefile.kernel.partnership.process;

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
 * Record that the municipality started a tender or a market consultation on the case's scope. While
 * the exclusivity runs that is exactly a breach of it (000 §3.1), so the user must say so:
 * {@code recordAsExclusivityBreach} records the breach in the same command; without it the command is
 * refused with the explanation.
 */
public record RecordMarketApproach(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String approachId,

        @NotNull MarketApproachKind kind,
        @NotBlank @Size(max = 4000) String description,
        @Size(max = 500) String reference,
        boolean recordAsExclusivityBreach)
        implements CaseCommand {}
