package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.municipality.NationalElections;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus;
import nl.opgroeiruimte.casefile.query.indicators.StatusChange;

/**
 * How many cases of a municipality were go, attention, stop risk or closed at the end of each month
 * (today for the current month), drawn as stacked bars in an inline SVG on the server; the same
 * numbers are offered as a table for screen readers and keyboard users.
 */
public record StatusChart(
        int width, int height, List<Bar> bars, List<Tick> ticks, List<Marker> markers, List<Row> rows) {
    static final List<String> STATUSES = List.of("go", "attention", "stop-risk", "closed");
    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 36;
    private static final int RIGHT = 34;
    private static final int TOP = 30;
    private static final int BOTTOM = 30;

    /** One case's history: when it was requested, when it closed (if it did) and its status changes. */
    public record CaseHistory(LocalDate requestedOn, LocalDate closedOn, List<StatusChange> changes) {
        String statusOn(LocalDate day) {
            if (requestedOn == null || day.isBefore(requestedOn)) return null;
            if (closedOn != null && !day.isBefore(closedOn)) return "closed";
            IndicatorStatus status = null;
            for (StatusChange change : changes) {
                if (change.from().isAfter(day)) break;
                status = change.status();
            }
            return status == null ? "go" : status.name().toLowerCase().replace('_', '-');
        }
    }

    public record Segment(String status, double y, double height, long count) {}

    public record Bar(String label, LocalDate on, double x, double width, List<Segment> segments, boolean labelled) {}

    public record Tick(long value, double y) {}

    public record Marker(String label, double x) {}

    /** One month of the table: the day counted and the number of cases per status. */
    public record Row(LocalDate on, Map<String, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The months from the first request (at most {@code months} back) up to today. */
    public static StatusChart of(List<CaseHistory> cases, LocalDate today, int months, DutchWords nl) {
        LocalDate first = cases.stream()
                .map(CaseHistory::requestedOn)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (first == null) return new StatusChart(WIDTH, HEIGHT, List.of(), List.of(), List.of(), List.of());
        YearMonth end = YearMonth.from(today);
        YearMonth start = YearMonth.from(first);
        if (start.isBefore(end.minusMonths(months - 1L))) start = end.minusMonths(months - 1L);
        List<Row> rows = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(end); month = month.plusMonths(1)) {
            LocalDate day = month.equals(end) ? today : month.atEndOfMonth();
            Map<String, Long> counts = new LinkedHashMap<>();
            STATUSES.forEach(s -> counts.put(s, 0L));
            for (CaseHistory history : cases) {
                String status = history.statusOn(day);
                if (status != null) counts.merge(status, 1L, Long::sum);
            }
            rows.add(new Row(day, counts));
        }
        long max = Math.max(1, rows.stream().mapToLong(Row::total).max().orElse(1));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / rows.size();
        double barWidth = Math.max(2, slot * 0.7);
        int labelEvery = rows.size() <= 12 ? 1 : rows.size() <= 24 ? 3 : 6;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double base = TOP + plotHeight;
            List<Segment> segments = new ArrayList<>();
            for (String status : STATUSES) {
                long n = row.counts().get(status);
                if (n == 0) continue;
                double h = plotHeight * n / max;
                base -= h;
                segments.add(new Segment(status, base, h, n));
            }
            boolean labelled = (rows.size() - 1 - i) % labelEvery == 0;
            bars.add(new Bar(nl.month(row.on()), row.on(), x, barWidth, segments, labelled));
        }
        List<Tick> ticks = new ArrayList<>();
        long step = Math.max(1, (long) Math.ceil(max / 4.0));
        for (long v = 0; v <= max; v += step) ticks.add(new Tick(v, TOP + plotHeight - plotHeight * v / max));
        List<Marker> markers = new ArrayList<>();
        LocalDate firstDay = start.atDay(1);
        for (LocalDate election : NationalElections.DAYS) {
            if (election.isBefore(firstDay) || election.isAfter(today)) continue;
            int index = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, YearMonth.from(election));
            double within = (election.getDayOfMonth() - 1)
                    / (double) YearMonth.from(election).lengthOfMonth();
            markers.add(new Marker("verkiezingen " + nl.month(election), LEFT + (index + within) * slot));
        }
        return new StatusChart(WIDTH, HEIGHT, bars, ticks, markers, rows);
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int plotTop() {
        return TOP;
    }
}
