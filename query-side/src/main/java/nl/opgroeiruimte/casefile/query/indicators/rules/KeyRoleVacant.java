package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A key role that was held and is now empty: nobody carries the case on that side. */
@Component
public class KeyRoleVacant implements IndicatorRule {

    @Override
    public String id() {
        return "key-role-vacant";
    }

    @Override
    public String description() {
        return "A key role of the case was held and is vacant on the day";
    }

    @Override
    public String source() {
        return "003 §3.2.5: 'is de doorstroom relatief hoog'; 003 §7.2.2; 001 'Hoe werken we veerkrachtig samen?': 'Mensen komen en mensen gaan'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        List<Reason> reasons = new ArrayList<>();
        c.state().roles.forEach((role, holdings) -> {
            if (!holdings.isEmpty() && c.state().holderOf(role) == null) {
                var last = holdings.get(holdings.size() - 1);
                reasons.add(Rules.stopRisk(
                        id(),
                        c.labels().en("reason.key-role-vacant", Rules.kebab(role), last.until),
                        c.labels().nl("reason.key-role-vacant", c.labels().nl(role), last.until),
                        // the vacancy caused it, not the earlier assignment
                        Rules.ids(last.endEventId != null ? last.endEventId : last.eventId)));
            }
        });
        return reasons;
    }

    /** Only a fact fills or vacates a role. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Optional.empty();
    }
}
