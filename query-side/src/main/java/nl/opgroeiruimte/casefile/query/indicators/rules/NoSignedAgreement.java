package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** Writing agreements down helped 59 of 70 initiatives (003); long after the grant there should be one. */
@Component
public class NoSignedAgreement implements IndicatorRule {

    @Override
    public String id() {
        return "no-signed-agreement";
    }

    @Override
    public String description() {
        return "casefile.indicators.no-agreement-months after the grant no agreement is in force";
    }

    @Override
    public String source() {
        return "003 (59 van de 70 initiatieven: vastleggen hielp); 001 (afsprakenladder)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null
                || c.day().isBefore(s.grantedOn.plusMonths(c.thresholds().noAgreementMonths()))) return List.of();
        boolean any = s.agreements.values().stream().anyMatch(a -> a.inForceOn(c.day()));
        if (any) return List.of();
        return List.of(Rules.attention(
                id(),
                // the actual time since the grant, not the threshold
                c.labels().en("reason.no-signed-agreement", Rules.monthsEn(c, s.grantedOn)),
                c.labels().nl("reason.no-signed-agreement", Rules.monthsNl(c, s.grantedOn)),
                Rules.ids(s.grantEventId)));
    }

    /** The months after the grant pass, or an agreement starts or stops being in force. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null) return Optional.empty();
        return Rules.firstAfter(
                c.day(),
                Stream.concat(
                        Stream.of(s.grantedOn.plusMonths(c.thresholds().noAgreementMonths())),
                        Rules.agreementBoundaries(s)));
    }
}
