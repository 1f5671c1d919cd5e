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

/** Regular contact is a success factor (003); weeks without a meeting are a warning, twice as long a stop risk. */
@Component
public class NoContact implements IndicatorRule {

    @Override
    public String id() {
        return "no-contact";
    }

    @Override
    public String description() {
        return "No meeting recorded for casefile.indicators.no-contact-weeks weeks since the last meeting (or the grant); twice that is a stop risk";
    }

    @Override
    public String source() {
        return "003 (regelmatig contact als succesfactor)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null || s.status == CaseFileState.Status.PAUSED) return List.of();
        var last = s.contacts.isEmpty() ? null : s.contacts.get(s.contacts.size() - 1);
        LocalDate since = last != null ? last.on() : s.grantedOn;
        String eventId = last != null ? last.eventId() : s.grantEventId;
        long weeks = ChronoUnit.WEEKS.between(since, c.day());
        int threshold = c.thresholds().noContactWeeks();
        if (weeks < threshold) return List.of();
        String en = c.labels().en("reason.no-contact", Rules.weeksEn(c, weeks), since);
        String nl = c.labels().nl("reason.no-contact", Rules.weeksNl(c, weeks), since);
        return List.of(
                weeks >= 2L * threshold
                        ? Rules.stopRisk(id(), en, nl, Rules.ids(eventId))
                        : Rules.attention(id(), en, nl, Rules.ids(eventId)));
    }

    /** The weeks since the last meeting (or the grant) reach the threshold, or twice it. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null || s.status == CaseFileState.Status.PAUSED) return Optional.empty();
        LocalDate since = s.contacts.isEmpty()
                ? s.grantedOn
                : s.contacts.get(s.contacts.size() - 1).on();
        int threshold = c.thresholds().noContactWeeks();
        return Rules.firstAfter(c.day(), since.plusWeeks(threshold), since.plusWeeks(2L * threshold));
    }
}
