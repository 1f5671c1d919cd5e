package nl.opgroeiruimte.casefile.query.indicators.rules;

import static nl.opgroeiruimte.casefile.query.indicators.rules.QuestionUnanswered.capitalised;
import static nl.opgroeiruimte.casefile.query.indicators.rules.QuestionUnanswered.word;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.AnswerState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.FollowUpState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.QuestionState;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/**
 * A "later" whose expected moment has passed while nobody came back to it: neither a newer answer nor a
 * follow-up since the moment, or the last follow-up is long ago. This is the "later" that silently expires.
 */
@Component
public class LaterPastDue implements IndicatorRule {

    @Override
    public String id() {
        return "later-past-due";
    }

    @Override
    public String description() {
        return "A question answered 'later' is past its expected moment without a newer answer, and without a follow-up since the moment "
                + "in the last casefile.indicators.later-follow-up-days";
    }

    @Override
    public String source() {
        return "002 Les 4, Stap 4.2: 'Laat de initiatiefnemer weten of het nu, ooit of nooit kan.' and 'Het gaat om heldere en frequente communicatie,'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        List<Reason> reasons = new ArrayList<>();
        for (QuestionState q : c.state().questions.values()) {
            if (!q.laterInForce()) continue;
            AnswerState later = q.latestAnswer();
            // a "later" on a condition only has no moment to pass
            if (later.expectedOn == null || !later.expectedOn.isBefore(c.day())) continue;
            List<FollowUpState> since = later.followUpsSince(later.expectedOn);
            Optional<LocalDate> lastFollowUp =
                    since.stream().map(FollowUpState::on).reduce((a, b) -> b);
            if (lastFollowUp.isPresent()
                    && ChronoUnit.DAYS.between(lastFollowUp.get(), c.day())
                            <= c.thresholds().laterFollowUpDays()) continue;
            List<String> eventIds = new ArrayList<>(Rules.ids(q.askedEventId, later.eventId));
            since.forEach(f -> eventIds.add(f.eventId()));
            CaseRole.Side promisedBy = QuestionUnanswered.side(later.answeredBy.party());
            String key = lastFollowUp.isPresent() ? "reason.later-past-due.followed-up" : "reason.later-past-due";
            Object followedUp = lastFollowUp.map(Object.class::cast).orElse("");
            reasons.add(Rules.attention(
                    id(),
                    c.labels()
                            .en(
                                    key,
                                    c.labels().en(promisedBy),
                                    later.answeredOn,
                                    q.askedOn,
                                    word(q.topic),
                                    later.expectedOn,
                                    followedUp),
                    capitalised(c.labels()
                            .nl(
                                    key,
                                    c.labels().nl(promisedBy),
                                    later.answeredOn,
                                    q.askedOn,
                                    c.labels().nl(q.topic),
                                    later.expectedOn,
                                    followedUp)),
                    List.copyOf(eventIds)));
        }
        return reasons;
    }

    /** A "later" passes its moment, or its last follow-up grows too old. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        return Rules.firstAfter(
                c.day(),
                c.state().questions.values().stream()
                        .filter(QuestionState::laterInForce)
                        .map(QuestionState::latestAnswer)
                        .filter(later -> later.expectedOn != null)
                        .flatMap(later -> Stream.concat(
                                Stream.of(later.expectedOn.plusDays(1)),
                                later.followUpsSince(later.expectedOn).stream()
                                        .flatMap(f -> Stream.of(
                                                f.on(),
                                                f.on().plusDays(c.thresholds().laterFollowUpDays() + 1L))))));
    }
}
