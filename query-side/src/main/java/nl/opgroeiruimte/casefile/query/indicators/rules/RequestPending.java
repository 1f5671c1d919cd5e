package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A request for opgroeiruimte that waits for an answer: the initiative needs to know where it stands. */
@Component
public class RequestPending implements IndicatorRule {

    @Override
    public String id() {
        return "request-pending";
    }

    @Override
    public String description() {
        return "Opgroeiruimte was requested casefile.indicators.request-pending-days ago and not granted";
    }

    @Override
    public String source() {
        return "001 'Elkaar ruimte geven': 'Opgroeiruimte is iets dat je vraagt en aanbiedt'; 002 Les 4: 'Laat de initiatiefnemer weten of het nu, ooit of nooit kan'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn != null
                || ChronoUnit.DAYS.between(s.requestedOn, c.day())
                        <= c.thresholds().requestPendingDays()) return List.of();
        return List.of(Rules.attention(
                id(),
                c.labels().en("reason.request-pending", s.requestedOn),
                c.labels().nl("reason.request-pending", s.requestedOn),
                Rules.ids(s.requestEventId)));
    }

    /** The request waits too long for its grant. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn != null) return Optional.empty();
        return Rules.firstAfter(
                c.day(), Rules.plusDays(s.requestedOn, c.thresholds().requestPendingDays() + 1L));
    }
}
