package nl.opgroeiruimte.casefile.kernel.partnership.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sign an intent agreement (intentieovereenkomst): the intent-agreement case of SignAgreement. */
public record SignIntentAgreement(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String agreementId,

        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Signatory> signatories,
        @NotNull @Valid ValidityPeriod validity,
        @NotNull Set<@NotNull AgreementTopic> topics,
        @Size(max = 500) String documentReference,
        @Size(max = 4000) String summary)
        implements CaseCommand {

    public SignAgreement asSignAgreement() {
        return new SignAgreement(
                caseId,
                actor,
                occurredOn,
                agreementId,
                AgreementKind.INTENT_AGREEMENT,
                title,
                signatories,
                validity,
                topics,
                documentReference,
                summary);
    }
}
