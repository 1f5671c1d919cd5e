package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;

/** Snapshotted with the case (fields, not getters). What the case must remember of a milestone to decide on it. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class Milestone {
    final LocalDate plannedOn;
    LocalDate dueDate;
    boolean decided;
    LocalDate overdueSince;

    private Milestone() {
        this(null, null);
    }

    Milestone(LocalDate plannedOn, LocalDate dueDate) {
        this.plannedOn = plannedOn;
        this.dueDate = dueDate;
    }
}
