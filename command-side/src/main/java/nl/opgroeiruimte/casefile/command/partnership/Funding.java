package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Snapshotted with the case (fields, not getters). What the case must remember of committed (or refused) funding to decide on it. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Funding {
    final LocalDate recordedOn;
    final BigDecimal committed;
    BigDecimal paid = BigDecimal.ZERO;
    boolean active;

    private Funding() {
        this(null, null, false);
    }

    Funding(LocalDate recordedOn, BigDecimal committed, boolean active) {
        this.recordedOn = recordedOn;
        this.committed = committed;
        this.active = active;
    }

    BigDecimal remaining() {
        return committed.subtract(paid);
    }
}
