package nl.opgroeiruimte.casefile.kernel.initiative;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.RuleOn;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a resident initiative (bewonersinitiatief): its name, legal form, working area and domains.
 * {@code occurredOn} is when it was founded or first became known; its legal form holds from then.
 */
public record RegisterInitiative(
        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String initiativeId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 200) String name,
        @NotNull LegalForm legalForm,

        @Pattern(regexp = "\\d{8}", message = "must be a Chamber of Commerce (KvK) number of 8 digits")
        String chamberOfCommerceNumber,

        @NotNull @Valid WorkingArea workingArea,
        @NotEmpty Set<@NotNull Domain> domains)
        implements InitiativeCommand {

    @TargetAggregateIdentifier
    public String streamId() {
        return InitiativeCommand.streamId(initiativeId);
    }

    @JsonIgnore
    @AssertTrue(message = "an informal group is not a legal person and has no Chamber of Commerce number")
    @RuleOn("chamberOfCommerceNumber")
    public boolean isValidRegistration() {
        return legalForm == null || legalForm.isLegalPerson() || chamberOfCommerceNumber == null;
    }
}
