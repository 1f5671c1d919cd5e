package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.query.indicators.StatusChange;

/**
 * One case's stop-go history as a strip: a band per period with the same status, from the first day shown
 * to today, drawn as an inline SVG on the server, with a tick at each new year; the same periods follow as
 * a table with their reasons.
 */
public record IndicatorStrip(int width, int height, List<Band> bands, List<Tick> ticks, List<Period> periods) {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 56;
    private static final int BAND_TOP = 6;
    private static final int BAND_HEIGHT = 26;

    public record Band(String status, double x, double width, String title) {}

    public record Tick(String label, double x) {}

    /** A period of the table: from, until (inclusive), the status and its reasons in Dutch. */
    public record Period(LocalDate from, LocalDate until, String status, List<String> reasons) {}

    public boolean isEmpty() {
        return bands.isEmpty();
    }

    public int bandTop() {
        return BAND_TOP;
    }

    public int bandHeight() {
        return BAND_HEIGHT;
    }

    static IndicatorStrip of(List<StatusChange> changes, LocalDate today, DutchWords nl) {
        if (changes.isEmpty()) return new IndicatorStrip(WIDTH, HEIGHT, List.of(), List.of(), List.of());
        LocalDate first = changes.get(0).from();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, today.plusDays(1)));
        List<Band> bands = new ArrayList<>();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            LocalDate until = i + 1 < changes.size() ? changes.get(i + 1).from().minusDays(1) : today;
            String status = change.closed()
                    ? "closed"
                    : change.status().name().toLowerCase().replace('_', '-');
            double x = x(first, change.from(), days);
            double w = Math.max(1, x(first, until.plusDays(1), days) - x);
            List<String> reasons =
                    change.reasons().stream().map(r -> nl.dates(r.messageNl())).toList();
            bands.add(new Band(
                    status,
                    x,
                    w,
                    nl.indicator(status) + " van " + nl.shortDate(change.from()) + " tot en met "
                            + nl.shortDate(until)));
            periods.add(new Period(change.from(), until, status, reasons));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int year = first.getYear() + 1; year <= today.getYear(); year++) {
            ticks.add(new Tick(String.valueOf(year), x(first, LocalDate.of(year, 1, 1), days)));
        }
        return new IndicatorStrip(WIDTH, HEIGHT, List.copyOf(bands), List.copyOf(ticks), List.copyOf(periods));
    }

    private static double x(LocalDate first, LocalDate day, long days) {
        return Math.round(ChronoUnit.DAYS.between(first, day) * (double) WIDTH / days * 10) / 10.0;
    }
}
