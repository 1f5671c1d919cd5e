package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The country's stop-go counts as a picture: one stacked bar per municipality (stop risk, attention, go,
 * closed, in that order), drawn as an inline SVG on the server; the table beside it has the numbers.
 */
public record CountryChart(int width, int height, int labelWidth, List<Row> rows) {
    static final List<String> ORDER = List.of("stop-risk", "attention", "go", "closed");
    private static final int WIDTH = 720;
    private static final int LABEL = 170;
    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final int TOP = 6;

    public record Segment(String status, double x, double width, long count, String title) {}

    public record Row(String label, double y, double textY, List<Segment> segments, long total, double totalX) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int barHeight() {
        return BAR;
    }

    static CountryChart of(List<OverviewPage.MunicipalityRow> municipalities, DutchWords nl) {
        long most = municipalities.stream()
                .mapToLong(m -> ORDER.stream()
                        .mapToLong(s -> m.indicators().getOrDefault(s, 0L))
                        .sum())
                .max()
                .orElse(0);
        double scale = most == 0 ? 0 : (WIDTH - LABEL - 40) / (double) most;
        List<Row> rows = new ArrayList<>();
        int i = 0;
        for (OverviewPage.MunicipalityRow m : municipalities) {
            double y = TOP + i * ROW;
            double x = LABEL;
            List<Segment> segments = new ArrayList<>();
            long total = 0;
            Map<String, Long> counts = m.indicators();
            for (String status : ORDER) {
                long count = counts.getOrDefault(status, 0L);
                if (count == 0) continue;
                double w = count * scale;
                segments.add(new Segment(status, x, w, count, count + " " + nl.indicator(status)));
                x += w;
                total += count;
            }
            rows.add(new Row(m.name(), y, y + BAR - 4, List.copyOf(segments), total, x + 6));
            i++;
        }
        return new CountryChart(WIDTH, TOP * 2 + Math.max(1, rows.size()) * ROW, LABEL - 8, List.copyOf(rows));
    }
}
