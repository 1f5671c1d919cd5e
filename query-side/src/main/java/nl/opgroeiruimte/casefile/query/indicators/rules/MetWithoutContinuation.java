package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.MilestoneState;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** The stop-go pattern itself: a milestone was met, but the continuation its guarantee promised did not come. */
@Component
public class MetWithoutContinuation implements IndicatorRule {

    @Override
    public String id() {
        return "met-without-continuation";
    }

    @Override
    public String description() {
        return "A milestone was (partly) met without the promised continuation, and no new step (milestone or funding) has been taken since; "
                + "for a guarantee backed by money, until the funding linked to the guarantee is committed";
    }

    @Override
    public String source() {
        return "001 (piketpaaltjes met garanties tegen de stop-go-dynamiek); 001 'Hoe organiseren we financiering?!': "
                + "'Voorkom een stop-go situatie, door aan het begin doorkijk te geven naar alle middelen die gegarandeerd vrijkomen'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        List<Reason> money = s.milestones.values().stream()
                .filter(MilestoneState::guaranteeBackedByMoney)
                .filter(m -> m.result != null && m.result != MilestoneResult.NOT_MET)
                .filter(m -> ChronoUnit.DAYS.between(m.decidedOn, c.day())
                        <= c.thresholds().stopGoWindowDays())
                .filter(m -> m.deliveringFunding.stream().map(s.funding::get).noneMatch(f -> f != null && !f.refused))
                .map(m -> {
                    Object amount = m.guarantee.amountInEuros() == null
                            ? "?"
                            : m.guarantee.amountInEuros().toPlainString();
                    return Rules.stopRisk(
                            id(),
                            c.labels().en("reason.met-without-continuation.linked", m.title, m.decidedOn, amount),
                            c.labels().nl("reason.met-without-continuation.linked", m.title, m.decidedOn, amount),
                            List.copyOf(m.eventIds));
                })
                .toList();
        List<Reason> words = s.milestones.values().stream()
                .filter(m -> !m.guaranteeBackedByMoney())
                .filter(m -> m.result != null
                        && m.result != MilestoneResult.NOT_MET
                        && !Boolean.TRUE.equals(m.continuationDelivered))
                .filter(m -> ChronoUnit.DAYS.between(m.decidedOn, c.day())
                        <= c.thresholds().stopGoWindowDays())
                .filter(m -> s.milestones.values().stream().noneMatch(next -> next.plannedOn.isAfter(m.decidedOn))
                        && s.funding.values().stream().noneMatch(f -> !f.refused && f.recordedOn.isAfter(m.decidedOn)))
                .map(m -> Rules.stopRisk(
                        id(),
                        c.labels()
                                .en(
                                        "reason.met-without-continuation",
                                        m.title,
                                        m.decidedOn,
                                        m.guarantee.whatContinues()),
                        c.labels()
                                .nl(
                                        "reason.met-without-continuation",
                                        m.title,
                                        m.decidedOn,
                                        m.guarantee.whatContinues()),
                        List.copyOf(m.eventIds)))
                .toList();
        return java.util.stream.Stream.concat(money.stream(), words.stream()).toList();
    }

    /** The stop-go window after a milestone's outcome closes. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().milestones.values().stream()
                        .map(m -> Rules.plusDays(m.decidedOn, c.thresholds().stopGoWindowDays() + 1L)));
    }
}
