package nl.opgroeiruimte.casefile.kernel.partnership.process;

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
import java.util.Objects;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the neighbourhoods the case is about from {@code occurredOn}; a new record replaces the list. */
public record RecordNeighbourhoods(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Neighbourhood> neighbourhoods)
        implements CaseCommand {

    @JsonIgnore
    @AssertTrue(message = "name each neighbourhood once: no code and no name twice")
    public boolean isValidNeighbourhoods() {
        if (neighbourhoods == null) return true;
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        return neighbourhoods.stream()
                .filter(Objects::nonNull)
                .allMatch(n -> (n.code() == null || codes.add(n.code()))
                        && (n.name() == null || names.add(n.name().strip().toLowerCase())));
    }
}
