package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
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
        return "A milestone was (partly) met without the promised continuation, and no new step (milestone or funding) has been taken since";
    }

    @Override
    public String source() {
        return "001 (piketpaaltjes met garanties tegen de stop-go-dynamiek)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        return s.milestones.values().stream()
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
