package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;

/** Snapshotted with the case (fields, not getters). What the case must remember of an agreement to decide on it. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Agreement {
    final AgreementKind kind;
    final LocalDate signedOn;
    ValidityPeriod validity;
    LocalDate terminatedOn;
    boolean expired;

    private Agreement() {
        this(null, null, null);
    }

    Agreement(AgreementKind kind, LocalDate signedOn, ValidityPeriod validity) {
        this.kind = kind;
        this.signedOn = signedOn;
        this.validity = validity;
    }

    boolean inForceOn(LocalDate day) {
        return validity.coversDay(day) && (terminatedOn == null || day.isBefore(terminatedOn));
    }
}
