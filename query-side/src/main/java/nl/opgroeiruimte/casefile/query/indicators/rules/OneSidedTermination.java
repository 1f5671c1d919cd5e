package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/**
 * An agreement terminated by one side without the other's consent: the partnership's written ground is
 * gone, and nothing has replaced it.
 */
@Component
public class OneSidedTermination implements IndicatorRule {

    @Override
    public String id() {
        return "one-sided-termination";
    }

    @Override
    public String description() {
        return "An agreement was terminated by the municipality or the initiative alone, not mutually, and no agreement has been signed on or after that day";
    }

    @Override
    public String source() {
        return "003 §2.4.2 (quote of an initiative): 'Eenzijdig opgezegd, we zijn er gewoon uit geschreven.'; 001 'Borg het partnerschap': "
                + "'Afspraken vastleggen maakt dat je elkaar erop kunt aanspreken'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        return s.agreements.values().stream()
                .filter(a -> a.terminatedOn != null
                        && Boolean.FALSE.equals(a.terminatedMutually)
                        && a.terminatedBy != null
                        && a.terminatedBy != ActingSide.BOTH)
                .filter(a -> s.agreements.values().stream()
                        .noneMatch(next -> next != a && !next.signedOn.isBefore(a.terminatedOn)))
                .map(a -> Rules.stopRisk(
                        id(),
                        c.labels()
                                .en(
                                        "reason.one-sided-termination",
                                        a.title,
                                        c.labels().en(a.terminatedBy),
                                        a.terminatedOn),
                        c.labels()
                                .nl(
                                        "reason.one-sided-termination",
                                        a.title,
                                        c.labels().nl(a.terminatedBy),
                                        a.terminatedOn),
                        Rules.ids(a.eventIds.get(0), a.terminationEventId)))
                .toList();
    }

    /** A termination or a new signature takes effect on its own day, even when it was entered ahead. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().agreements.values().stream()
                        .flatMap(a -> java.util.stream.Stream.of(a.terminatedOn, a.signedOn))
                        .filter(java.util.Objects::nonNull));
    }
}
