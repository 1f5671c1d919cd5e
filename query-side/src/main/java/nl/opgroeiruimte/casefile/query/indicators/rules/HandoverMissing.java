package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A key role changed hands without a hand-over: what was promised may be lost with the person who left. */
@Component
public class HandoverMissing implements IndicatorRule {

    @Override
    public String id() {
        return "handover-missing";
    }

    @Override
    public String description() {
        return "A key role changed hands without hand-over within casefile.indicators.missing-handover-window-days";
    }

    @Override
    public String source() {
        return "003 §3.2.5: 'Wisseling van personen kan ervoor zorgen dat afspraken niet nagekomen worden'; 001 'Hoe werken we veerkrachtig samen?': 'Investeer tijd in het inwerken van nieuwe mensen'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().handoversMissing.stream()
                .filter(g -> ChronoUnit.DAYS.between(g.on(), c.day())
                        <= c.thresholds().missingHandoverWindowDays())
                .map(g -> Rules.attention(
                        id(),
                        c.labels().en("reason.handover-missing", Rules.kebab(g.role()), g.on()),
                        c.labels().nl("reason.handover-missing", c.labels().nl(g.role()), g.on()),
                        Rules.ids(g.eventId())))
                .toList();
    }

    /** A missing hand-over is reported no longer. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().handoversMissing.stream()
                        .map(g -> g.on().plusDays(c.thresholds().missingHandoverWindowDays() + 1L)));
    }
}
