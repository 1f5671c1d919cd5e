package nl.opgroeiruimte.casefile.kernel.partnership.exclusivity;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the exclusivity was breached: who did what, and where that is known from (000 §3.1). */
public record BreachExclusivity(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String breachId,

        @NotNull @Valid Party committedBy,
        @NotBlank @Size(max = 4000) String what,
        @NotBlank @Size(max = 1000) String source,
        /* what the breach was: a tender or market consultation, another partner, the municipality's own project */
        BreachKind kind)
        implements CaseCommand {

    @JsonCreator
    public BreachExclusivity {}

    /** A breach whose kind is not said. */
    public BreachExclusivity(
            String caseId,
            Actor actor,
            LocalDate occurredOn,
            String breachId,
            Party committedBy,
            String what,
            String source) {
        this(caseId, actor, occurredOn, breachId, committedBy, what, source, null);
    }
}
