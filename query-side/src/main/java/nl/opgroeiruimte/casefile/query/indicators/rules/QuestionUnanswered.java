package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.QuestionState;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** A question one party put to the other that waits long for its answer: the asker does not know where it stands. */
@Component
public class QuestionUnanswered implements IndicatorRule {

    @Override
    public String id() {
        return "question-unanswered";
    }

    @Override
    public String description() {
        return "A question put to the other party has had no answer (now, later or never) for more than casefile.indicators.question-unanswered-days";
    }

    @Override
    public String source() {
        return "002 Les 4, Stap 4.2: 'Laat de initiatiefnemer weten of het nu, ooit of nooit kan.' and 'is het cruciaal om te weten waar ze aan toe zijn'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        return c.state().questions.values().stream()
                .filter(QuestionState::unanswered)
                .filter(q -> ChronoUnit.DAYS.between(q.askedOn, c.day())
                        > c.thresholds().questionUnansweredDays())
                .map(q -> {
                    long days = ChronoUnit.DAYS.between(q.askedOn, c.day());
                    return Rules.attention(
                            id(),
                            c.labels()
                                    .en(
                                            "reason.question-unanswered",
                                            c.labels().en(side(q.addressedTo)),
                                            c.labels().en(side(q.askedBy.party())),
                                            q.askedOn,
                                            word(q.topic),
                                            Rules.daysEn(c, days)),
                            capitalised(c.labels()
                                    .nl(
                                            "reason.question-unanswered",
                                            c.labels().nl(side(q.addressedTo)),
                                            c.labels().nl(side(q.askedBy.party())),
                                            q.askedOn,
                                            c.labels().nl(q.topic),
                                            Rules.daysNl(c, days))),
                            Rules.ids(q.askedEventId));
                })
                .toList();
    }

    /** The side a party is on as the reasons name it; a facilitator's bureau counts with the initiative. */
    static CaseRole.Side side(Party party) {
        return party.representsMunicipality() ? CaseRole.Side.MUNICIPALITY : CaseRole.Side.INITIATIVE;
    }

    static String word(QuestionTopic topic) {
        return topic.name().toLowerCase();
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A question waits too long for its answer. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().questions.values().stream()
                        .filter(QuestionState::unanswered)
                        .map(q -> q.askedOn.plusDays(c.thresholds().questionUnansweredDays() + 1L)));
    }
}
