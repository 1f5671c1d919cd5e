package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A pause that lasts: a track on hold too long tends not to restart. */
@Component
public class PausedTooLong implements IndicatorRule {

    @Override
    public String id() {
        return "paused-too-long";
    }

    @Override
    public String description() {
        return "The track has been paused for more than casefile.indicators.paused-too-long-days";
    }

    @Override
    public String source() {
        return "001 (de pauzeknop)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.status != CaseFileState.Status.PAUSED
                || ChronoUnit.DAYS.between(s.pausedOn, c.day())
                        <= c.thresholds().pausedTooLongDays()) return List.of();
        return List.of(Rules.attention(
                id(),
                c.labels().en("reason.paused-too-long", s.pausedOn),
                c.labels().nl("reason.paused-too-long", s.pausedOn),
                Rules.ids(s.pauseEventId)));
    }

    /** The pause grows too long. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.status != CaseFileState.Status.PAUSED) return Optional.empty();
        return Rules.firstAfter(
                c.day(), Rules.plusDays(s.pausedOn, c.thresholds().pausedTooLongDays() + 1L));
    }
}
