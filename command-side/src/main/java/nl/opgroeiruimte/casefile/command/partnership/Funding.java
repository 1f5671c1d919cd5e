package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.FUNDING_NOT_ACTIVE;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.PAYMENT_EXCEEDS_COMMITMENT;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.EndFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPaid;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * A funding line of the case: committed (active) or refused (never active). Committed funding is paid
 * out up to the amount committed, until it ends.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Funding {
    @EntityId
    private final String fundingId;

    private final LocalDate recordedOn;
    private final BigDecimal committed;
    private BigDecimal paid = BigDecimal.ZERO;
    private boolean active;

    private Funding() {
        this(null, null, null, false);
    }

    Funding(String fundingId, LocalDate recordedOn, BigDecimal committed, boolean active) {
        this.fundingId = fundingId;
        this.recordedOn = recordedOn;
        this.committed = committed;
        this.active = active;
    }

    @CommandHandler
    void handle(RecordFundingPayment cmd) {
        requireActiveOn(cmd.occurredOn());
        BigDecimal remaining = committed.subtract(paid);
        if (cmd.amountInEuros().compareTo(remaining) > 0) {
            throw PAYMENT_EXCEEDS_COMMITMENT.violatedOn(
                    "amountInEuros",
                    "Only € %s of the committed € %s remains to be paid",
                    remaining.toPlainString(),
                    committed.toPlainString());
        }
        apply(new FundingPaid(cmd.caseId(), cmd.actor(), cmd.occurredOn(), fundingId, cmd.amountInEuros()));
    }

    @CommandHandler
    void handle(EndFunding cmd) {
        requireActiveOn(cmd.occurredOn());
        apply(new FundingEnded(cmd.caseId(), cmd.actor(), cmd.occurredOn(), fundingId, cmd.reason()));
    }

    private void requireActiveOn(LocalDate day) {
        if (!active) throw FUNDING_NOT_ACTIVE.violatedOn("fundingId", "Funding %s was refused or has ended", fundingId);
        Require.notBefore(day, recordedOn, "the funding was committed");
    }

    @EventSourcingHandler
    void on(FundingPaid e) {
        paid = paid.add(e.amountInEuros());
    }

    @EventSourcingHandler
    void on(FundingEnded e) {
        active = false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Funding other
                && Objects.equals(fundingId, other.fundingId)
                && Objects.equals(recordedOn, other.recordedOn)
                && Objects.equals(committed, other.committed)
                && Objects.equals(paid, other.paid)
                && active == other.active;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fundingId, recordedOn, committed, paid, active);
    }
}
