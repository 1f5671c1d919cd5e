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

/** The exclusivity runs out soon while nothing structural has replaced it. */
@Component
public class ExclusivityEnding implements IndicatorRule {

    @Override
    public String id() {
        return "exclusivity-ending";
    }

    @Override
    public String description() {
        return "The exclusivity ends within casefile.indicators.exclusivity-ending-days and no structural agreement is in force";
    }

    @Override
    public String source() {
        return "000 §3.1 and 001 (exclusiviteit voor een periode)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.exclusivity == null || s.anchoredByAgreementOn(c.day()) || !s.exclusivity.coversDay(c.day()))
            return List.of();
        long left = ChronoUnit.DAYS.between(c.day(), s.exclusivity.until());
        if (left > c.thresholds().exclusivityEndingDays()) return List.of();
        return List.of(Rules.attention(
                id(),
                c.labels().en("reason.exclusivity-ending", s.exclusivity.until()),
                c.labels().nl("reason.exclusivity-ending", s.exclusivity.until()),
                Rules.ids(s.grantEventId)));
    }

    /** The exclusivity starts, enters its last stretch or ends, or an agreement starts or stops anchoring. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var exclusivity = c.state().exclusivity;
        if (exclusivity == null) return Optional.empty();
        return Rules.firstAfter(
                c.day(),
                Stream.concat(
                        Rules.agreementBoundaries(c.state()),
                        Stream.of(
                                exclusivity.from(),
                                exclusivity.until().minusDays(c.thresholds().exclusivityEndingDays()),
                                exclusivity.until().plusDays(1))));
    }
}
