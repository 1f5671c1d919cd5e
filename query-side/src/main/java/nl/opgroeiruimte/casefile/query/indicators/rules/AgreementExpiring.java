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

/** An agreement that is about to run out; renewing it in time keeps the partnership anchored. */
@Component
public class AgreementExpiring implements IndicatorRule {

    @Override
    public String id() {
        return "agreement-expiring";
    }

    @Override
    public String description() {
        return "An agreement in force ends within casefile.indicators.agreement-expiring-days";
    }

    @Override
    public String source() {
        return "003 §2.5.2: 'duidelijkheid doorgaans geldt voor de korte termijn'; 000 §4: 'vastgestelde evaluatiemomenten'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().agreements.values().stream()
                .filter(a -> a.inForceOn(c.day())
                        && a.validity.until() != null
                        && ChronoUnit.DAYS.between(c.day(), a.validity.until())
                                <= c.thresholds().agreementExpiringDays())
                .map(a -> Rules.attention(
                        id(),
                        c.labels().en("reason.agreement-expiring", a.title, a.validity.until()),
                        c.labels().nl("reason.agreement-expiring", a.title, a.validity.until()),
                        List.copyOf(a.eventIds)))
                .toList();
    }

    /** An agreement enters the last stretch, ends, starts or is terminated. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                Stream.concat(
                        Rules.agreementBoundaries(c.state()),
                        c.state().agreements.values().stream()
                                .map(a -> a.validity.until() == null
                                        ? null
                                        : a.validity
                                                .until()
                                                .minusDays(c.thresholds().agreementExpiringDays()))));
    }
}
