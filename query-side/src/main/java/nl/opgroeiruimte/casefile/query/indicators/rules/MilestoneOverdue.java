package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A milestone past its due date without an outcome; long overdue it becomes a stop risk. */
@Component
public class MilestoneOverdue implements IndicatorRule {

    @Override
    public String id() {
        return "milestone-overdue";
    }

    @Override
    public String description() {
        return "A milestone is past its due date without a recorded outcome (stop risk after casefile.indicators.milestone-overdue-stop-risk-days)";
    }

    @Override
    public String source() {
        return "001 'Stapsgewijs aan de slag' (piketpaaltjes): 'Als het op die momenten goed ging gingen ze verder, zo niet dan was er een moment om te evalueren en nieuwe afspraken te maken'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().milestones.values().stream()
                .filter(m -> m.result == null && m.dueDate.isBefore(c.day()))
                .map(m -> {
                    long days = ChronoUnit.DAYS.between(m.dueDate, c.day());
                    String en = c.labels().en("reason.milestone-overdue", m.title, m.dueDate, Rules.daysEn(c, days));
                    String nl = c.labels().nl("reason.milestone-overdue", m.title, m.dueDate, Rules.daysNl(c, days));
                    return days > c.thresholds().milestoneOverdueStopRiskDays()
                            ? Rules.stopRisk(id(), en, nl, List.copyOf(m.eventIds))
                            : Rules.attention(id(), en, nl, List.copyOf(m.eventIds));
                })
                .toList();
    }

    /** A milestone without outcome becomes overdue, and later a stop risk. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().milestones.values().stream()
                        .filter(m -> m.result == null)
                        .flatMap(m -> Stream.of(
                                m.dueDate.plusDays(1),
                                m.dueDate.plusDays(c.thresholds().milestoneOverdueStopRiskDays() + 1L))));
    }
}
