package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/**
 * A guarantee that promises money, whose milestone falls due soon, with no budget decision behind it: when
 * the milestone is met, the money may not be there, and the stop-go dynamic begins.
 */
@Component
public class GuaranteeWithoutBudgetDecision implements IndicatorRule {

    @Override
    public String id() {
        return "guarantee-without-budget-decision";
    }

    @Override
    public String description() {
        return "A milestone without outcome whose guarantee promises money falls due within casefile.indicators.guarantee-budget-days (or is past due), and no budget decision is behind the guarantee";
    }

    @Override
    public String source() {
        return "001 'Hoe organiseren we financiering?!': 'Voorkom een stop-go situatie, door aan het begin doorkijk te geven naar alle middelen die gegarandeerd vrijkomen als aan bepaalde eisen is voldaan'; "
                + "'Zorg dat samenwerking met initiatieven in beleid en op termijn ook in de begroting wordt opgenomen'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().milestones.values().stream()
                .filter(m -> m.guarantee != null && m.guarantee.backedByMoney())
                .filter(m -> m.result == null && m.budgetDecisionId == null)
                .filter(m ->
                        !c.day().isBefore(m.dueDate.minusDays(c.thresholds().guaranteeBudgetDays())))
                .map(m -> {
                    String amount = m.guarantee.amountInEuros().toPlainString();
                    return Rules.attention(
                            id(),
                            c.labels().en("reason.guarantee-without-budget-decision", m.title, amount, m.dueDate),
                            c.labels().nl("reason.guarantee-without-budget-decision", m.title, amount, m.dueDate),
                            List.copyOf(m.eventIds));
                })
                .toList();
    }

    /** The day a guarantee without budget decision comes within the period before its due date. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().milestones.values().stream()
                        .filter(m -> m.guarantee != null && m.guarantee.backedByMoney())
                        .filter(m -> m.result == null && m.budgetDecisionId == null)
                        .map(m -> m.dueDate.minusDays(c.thresholds().guaranteeBudgetDays())));
    }
}
