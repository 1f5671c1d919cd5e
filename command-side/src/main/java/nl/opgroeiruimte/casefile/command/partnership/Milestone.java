package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.DUE_DATE_BEFORE_OCCURRENCE;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.DUE_DATE_UNCHANGED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.GUARANTEE_DELIVERY_NOT_RECORDED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.MILESTONE_ALREADY_DECIDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.GuaranteeBudgetDecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A milestone of the case, from the day it was planned: it is decided once (its outcome) and may be
 * rescheduled until then; its due date passes by itself. A guarantee backed by money is delivered by
 * the funding linked to it, a fact recorded with the funding, not a claim made with the outcome.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Milestone {
    @EntityId
    private final String milestoneId;

    private final LocalDate plannedOn;
    private LocalDate dueDate;
    private boolean decided;
    private LocalDate overdueSince;
    private boolean backedByMoney;
    private String budgetDecisionId;
    private final Set<String> deliveringFunding = new HashSet<>();

    private Milestone() {
        this(null, null, null, null);
    }

    Milestone(String milestoneId, LocalDate plannedOn, LocalDate dueDate, Guarantee guarantee) {
        this.milestoneId = milestoneId;
        this.plannedOn = plannedOn;
        this.dueDate = dueDate;
        this.backedByMoney = guarantee != null && guarantee.backedByMoney();
        this.budgetDecisionId = guarantee == null ? null : guarantee.budgetDecisionId();
    }

    @CommandHandler
    void handle(RecordMilestoneOutcome cmd) {
        requireUndecided();
        Require.notBefore(cmd.occurredOn(), plannedOn, "the milestone was planned");
        if (backedByMoney && Boolean.TRUE.equals(cmd.continuationDelivered()) && deliveringFunding.isEmpty()) {
            throw GUARANTEE_DELIVERY_NOT_RECORDED.violatedOn(
                    "continuationDelivered",
                    "The guarantee of milestone %s promises money; it is delivered when the funding that delivers it is committed. "
                            + "Commit that funding with deliversGuaranteeOf %s, or record the outcome with continuationDelivered false",
                    milestoneId,
                    milestoneId);
        }
        boolean overdueBeforeItWasDecided = overdueOn(cmd.occurredOn());
        apply(new MilestoneOutcomeRecorded(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                milestoneId,
                cmd.result(),
                cmd.continuationDelivered(),
                cmd.evaluation()));
        if (overdueBeforeItWasDecided)
            supersedeOverdue(cmd.caseId(), cmd.occurredOn(), SupersedingFact.MILESTONE_OUTCOME_RECORDED);
    }

    @CommandHandler
    void handle(RescheduleMilestone cmd, DeadlineManager deadlines, Clock clock) {
        requireUndecided();
        Require.notBefore(cmd.occurredOn(), plannedOn, "the milestone was planned");
        if (cmd.newDueDate().equals(dueDate)) {
            throw DUE_DATE_UNCHANGED.violatedOn("newDueDate", "The milestone is already due on %s", dueDate);
        }
        requireDueDateFrom(cmd.newDueDate(), cmd.occurredOn());
        LocalDate previousDueDate = dueDate;
        boolean overdueBeforeItWasRescheduled = overdueOn(cmd.occurredOn());
        apply(new MilestoneRescheduled(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), milestoneId, dueDate, cmd.newDueDate(), cmd.reason()));
        if (overdueBeforeItWasRescheduled) {
            apply(superseded(cmd.caseId(), cmd.occurredOn(), previousDueDate, SupersedingFact.MILESTONE_RESCHEDULED));
        }
        TimeLimits.schedule(deadlines, clock, TimeLimits.MILESTONE_DUE, milestoneId, cmd.newDueDate());
    }

    /**
     * The case file recorded this milestone overdue, yet a fact that happened on {@code day}, on or before
     * the due date, is only now recorded: the milestone was never overdue on that due date.
     */
    private boolean overdueOn(LocalDate day) {
        return overdueSince != null && !day.isAfter(dueDate);
    }

    private void supersedeOverdue(String caseId, LocalDate day, SupersedingFact by) {
        apply(superseded(caseId, day, dueDate, by));
    }

    private DeadlineFactSuperseded superseded(String caseId, LocalDate day, LocalDate lastDay, SupersedingFact by) {
        return new DeadlineFactSuperseded(
                caseId, SystemActor.CASE_FILE, day, DeadlineKind.MILESTONE_DUE, milestoneId, lastDay, by);
    }

    /** The due date this milestone was recorded overdue for, if that happened after {@code day}. */
    LocalDate overdueAfter(LocalDate day) {
        return !decided && overdueSince != null && overdueSince.isAfter(day) ? dueDate : null;
    }

    /** A milestone is due on or after the day its due date was set. */
    static void requireDueDateFrom(LocalDate dueDate, LocalDate occurredOn) {
        if (dueDate.isBefore(occurredOn)) {
            throw DUE_DATE_BEFORE_OCCURRENCE.violatedOn(
                    "dueDate", "The due date %s lies before the day it was set, %s", dueDate, occurredOn);
        }
    }

    /** The deadline set for this last day still finds the milestone undecided, not yet overdue, and due then. */
    boolean fallsDueAfter(LocalDate lastDay) {
        return !decided && overdueSince == null && lastDay.equals(dueDate);
    }

    LocalDate plannedOn() {
        return plannedOn;
    }

    String budgetDecisionId() {
        return budgetDecisionId;
    }

    /** Committed funding linked to this milestone's guarantee: the fact that delivers it. */
    void deliveredBy(String fundingId) {
        deliveringFunding.add(fundingId);
    }

    private void requireUndecided() {
        if (decided)
            throw MILESTONE_ALREADY_DECIDED.violatedOn(
                    "milestoneId", "Milestone %s already has its outcome", milestoneId);
    }

    @EventSourcingHandler
    void on(MilestoneOutcomeRecorded e) {
        decided = true;
    }

    @EventSourcingHandler
    void on(GuaranteeBudgetDecisionRecorded e) {
        budgetDecisionId = e.decisionId();
    }

    @EventSourcingHandler
    void on(MilestoneRescheduled e) {
        dueDate = e.newDueDate();
        overdueSince = null;
    }

    @EventSourcingHandler
    void on(MilestoneDueDatePassed e) {
        overdueSince = e.occurredOn();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Milestone other
                && Objects.equals(milestoneId, other.milestoneId)
                && Objects.equals(plannedOn, other.plannedOn)
                && Objects.equals(dueDate, other.dueDate)
                && decided == other.decided
                && Objects.equals(overdueSince, other.overdueSince)
                && backedByMoney == other.backedByMoney
                && Objects.equals(budgetDecisionId, other.budgetDecisionId)
                && deliveringFunding.equals(other.deliveringFunding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                milestoneId,
                plannedOn,
                dueDate,
                decided,
                overdueSince,
                backedByMoney,
                budgetDecisionId,
                deliveringFunding);
    }
}
