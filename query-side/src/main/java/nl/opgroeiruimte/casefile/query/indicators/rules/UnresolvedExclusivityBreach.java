package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A breach of exclusivity that nobody has resolved: the quiet tender or market consultation that kills a partnership. */
@Component
public class UnresolvedExclusivityBreach implements IndicatorRule {

    @Override
    public String id() {
        return "unresolved-exclusivity-breach";
    }

    @Override
    public String description() {
        return "An exclusivity breach is recorded and not resolved";
    }

    @Override
    public String source() {
        return "000 §3.1 (exclusiviteit)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().breaches.values().stream()
                .filter(b -> b.resolvedOn == null)
                .map(b -> Rules.stopRisk(
                        id(),
                        c.labels().en("reason.unresolved-exclusivity-breach", b.occurredOn, b.what),
                        c.labels().nl("reason.unresolved-exclusivity-breach", b.occurredOn, b.what),
                        List.copyOf(b.eventIds)))
                .toList();
    }

    /** Only a fact records or resolves a breach. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Optional.empty();
    }
}
