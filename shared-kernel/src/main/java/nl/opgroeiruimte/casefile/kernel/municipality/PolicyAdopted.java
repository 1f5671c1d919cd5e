package nl.opgroeiruimte.casefile.kernel.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import org.axonframework.serialization.Revision;

/** The municipality adopted policy on {@code occurredOn}. */
@Revision("1")
public record PolicyAdopted(
        String cbsCode,
        Actor actor,
        LocalDate occurredOn,
        String policyId,
        PolicyKind kind,
        String title,
        AdoptingBody adoptedBy,
        boolean opgroeiruimteIncluded,
        BigDecimal reservedBudgetInEuros,
        String documentReference)
        implements MunicipalityEvent {}
