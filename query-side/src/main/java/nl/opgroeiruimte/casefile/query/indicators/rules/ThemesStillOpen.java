package nl.opgroeiruimte.casefile.query.indicators.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorRule;
import nl.opgroeiruimte.casefile.query.indicators.Reason;
import org.springframework.stereotype.Component;

/** The four VERHELDEREN themes should come up during the track; still open long after the grant means a question nobody asked. */
@Component
public class ThemesStillOpen implements IndicatorRule {

    @Override
    public String id() {
        return "themes-still-open";
    }

    @Override
    public String description() {
        return "casefile.indicators.themes-open-months after the grant, a theme is still open (never clarified, or recorded as open)";
    }

    @Override
    public String source() {
        return "001 (verhelderen: vier thema's)";
    }

    @Override
    public List<Reason> evaluate(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null
                || c.day().isBefore(s.grantedOn.plusMonths(c.thresholds().themesOpenMonths()))) return List.of();
        List<String> open = new ArrayList<>();
        List<String> openNl = new ArrayList<>();
        List<String> eventIds = new ArrayList<>(Rules.ids(s.grantEventId));
        for (Theme theme : Theme.values()) {
            var state = s.themes.get(theme);
            if (state == null || state.status == ThemeStatus.OPEN) {
                open.add(theme.name().toLowerCase().replace('_', '-'));
                openNl.add(c.labels().nl(theme));
                if (state != null) eventIds.add(state.eventId);
            }
        }
        if (open.isEmpty()) return List.of();
        return List.of(Rules.attention(
                id(),
                c.labels()
                        .enCount(
                                "reason.themes-still-open",
                                open.size(),
                                Rules.monthsEn(c, s.grantedOn),
                                String.join(", ", open),
                                open.size()),
                c.labels()
                        .nlCount(
                                "reason.themes-still-open",
                                open.size(),
                                Rules.monthsNl(c, s.grantedOn),
                                String.join(", ", openNl),
                                open.size()),
                eventIds));
    }

    /** The months after the grant pass. */
    @Override
    public Optional<LocalDate> nextChange(IndicatorContext c) {
        var s = c.state();
        if (s.grantedOn == null) return Optional.empty();
        return Rules.firstAfter(c.day(), s.grantedOn.plusMonths(c.thresholds().themesOpenMonths()));
    }
}
