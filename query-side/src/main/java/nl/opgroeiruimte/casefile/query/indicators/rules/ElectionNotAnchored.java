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

/** An election ahead or just held while nothing anchors the case: a new college may not know what the old one agreed. */
@Component
public class ElectionNotAnchored implements IndicatorRule {

    @Override
    public String id() {
        return "election-not-anchored";
    }

    @Override
    public String description() {
        return "An election lies within casefile.indicators.election-ahead-days ahead or election-behind-days behind, and neither a structural agreement nor municipal policy with opgroeiruimte anchors the case";
    }

    @Override
    public String source() {
        return "003 §3.2.5: 'Een verkiezingsperiode kan voor meerdere wisselingen zorgen van personen die een sleutelrol vervullen'; 001 'Hoe werken we veerkrachtig samen?': 'ook politieke kleur kan veranderen'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null || s.anchoredByAgreementOn(c.day()) || c.policy() != null) return List.of();
        return c.elections().stream()
                .filter(e -> {
                    long ahead = ChronoUnit.DAYS.between(c.day(), e.date());
                    return (ahead >= 0 && ahead <= c.thresholds().electionAheadDays())
                            || (ahead < 0 && -ahead <= c.thresholds().electionBehindDays());
                })
                .map(e -> Rules.attention(
                        id(),
                        c.labels()
                                .en(
                                        e.date().isAfter(c.day())
                                                ? "reason.election-not-anchored.ahead"
                                                : "reason.election-not-anchored",
                                        e.date()),
                        c.labels()
                                .nl(
                                        e.date().isAfter(c.day())
                                                ? "reason.election-not-anchored.ahead"
                                                : "reason.election-not-anchored",
                                        e.date()),
                        Rules.ids(e.eventId(), s.grantEventId)))
                .toList();
    }

    /** An election window opens or closes, or an agreement starts or stops anchoring the case. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        // a policy, once adopted, stays in force; without a grant only a new fact changes anything
        if (c.state().grantedOn == null || c.policy() != null) return Optional.empty();
        if (c.state().anchoredByAgreementOn(c.day()))
            return Rules.firstAfter(c.day(), Rules.agreementBoundaries(c.state()));
        return Rules.firstAfter(
                c.day(),
                Stream.concat(
                        Rules.agreementBoundaries(c.state()),
                        c.elections().stream()
                                .flatMap(e -> Stream.of(
                                        e.date().minusDays(c.thresholds().electionAheadDays()),
                                        e.date().plusDays(c.thresholds().electionBehindDays() + 1L)))));
    }
}
