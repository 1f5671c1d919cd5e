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

/** Money that stops with nothing after it: a committed funding whose period ends soon (or has just ended) while no other funding runs beyond it. */
@Component
public class FundingEndingWithoutFollowUp implements IndicatorRule {

    @Override
    public String id() {
        return "funding-ending-without-follow-up";
    }

    @Override
    public String description() {
        return "Committed funding ends within casefile.indicators.funding-ending-within-days (or ended as long ago) and no other funding covers the time after it";
    }

    @Override
    public String source() {
        return "001 'Hoe organiseren we financiering?!': 'Voorkom een stop-go situatie'; 003 §3.2.2: 'De financiering vanuit de gemeenten is gestopt'";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var all = c.state().funding.values();
        return all.stream()
                .filter(f -> !f.refused && f.period != null)
                .filter(f -> {
                    LocalDate end = f.endedOn != null ? f.endedOn : f.period.until();
                    long untilEnd = ChronoUnit.DAYS.between(c.day(), end);
                    return Math.abs(untilEnd) <= c.thresholds().fundingEndingWithinDays()
                            && all.stream()
                                    .noneMatch(other -> other != f
                                            && !other.refused
                                            && other.endedOn == null
                                            && other.period != null
                                            && other.period.until().isAfter(end));
                })
                .map(f -> {
                    LocalDate end = f.endedOn != null ? f.endedOn : f.period.until();
                    return Rules.attention(
                            id(),
                            c.labels()
                                    .en(
                                            "reason.funding-ending-without-follow-up",
                                            f.fundingId,
                                            c.labels().en(f.instrument),
                                            end),
                            c.labels()
                                    .nl(
                                            "reason.funding-ending-without-follow-up",
                                            f.fundingId,
                                            c.labels().en(f.instrument),
                                            end),
                            List.copyOf(f.eventIds));
                })
                .toList();
    }

    /** Funding's end comes within the window, or lies further behind than the window. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        int window = c.thresholds().fundingEndingWithinDays();
        return Rules.firstAfter(
                c.day(),
                c.state().funding.values().stream()
                        .filter(f -> !f.refused && f.period != null)
                        .map(f -> f.endedOn != null ? f.endedOn : f.period.until())
                        .flatMap(end -> Stream.of(end.minusDays(window), end.plusDays(window + 1L))));
    }
}
