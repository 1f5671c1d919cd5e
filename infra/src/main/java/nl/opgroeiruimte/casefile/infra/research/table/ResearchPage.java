package nl.opgroeiruimte.casefile.infra.research.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.web.pages.DutchWords;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The researcher's page: the cases compared by cohort (year in which opgroeiruimte was offered, municipality
 * size, route, legal form) as a chart drawn on the server and a table, with the downloads next to it: the case
 * table and its codebook, the indicator series and the exports. Only the cohorts' numbers, never a case.
 */
@Controller
public class ResearchPage {
    private static final Map<String, String> DIMENSIONS = Map.of(
            "grant-year", "jaar waarin opgroeiruimte werd aangeboden",
            "size-class", "gemeentegrootte",
            "route", "route",
            "legal-form", "rechtsvorm van het initiatief");
    private static final Map<String, String> SIZE_CLASSES = Map.of(
            "up-to-20k", "tot 20.000 inwoners",
            "20k-50k", "20.000 tot 50.000 inwoners",
            "50k-100k", "50.000 tot 100.000 inwoners",
            "100k-200k", "100.000 tot 200.000 inwoners",
            "above-200k", "meer dan 200.000 inwoners",
            "unknown", "onbekend (geen verkiezingsuitslag vastgelegd)");

    private final CurrentCaller callers;
    private final ResearchCasesController research;
    private final DutchWords nl;

    public ResearchPage(CurrentCaller callers, ResearchCasesController research, DutchWords nl) {
        this.callers = callers;
        this.research = research;
        this.nl = nl;
    }

    /** One cohort as the page shows it: its Dutch label and the numbers (absent when suppressed). */
    public record Row(String label, Cohorts.Cohort cohort) {}

    @GetMapping("/onderzoek/cohorten")
    public String cohorts(@RequestParam(name = "op", defaultValue = "grant-year") String by, Model model) {
        Caller caller = callers.require();
        if (caller.role() != CallerRole.RESEARCHER && !caller.isAdministrator()) {
            throw new NotPermitted("The research pages are for researchers");
        }
        String dimension = DIMENSIONS.containsKey(by) ? by : "grant-year";
        Cohorts cohorts = research.cohortsOf(dimension, null, null);
        List<Row> rows = new ArrayList<>();
        for (Cohorts.Cohort c : cohorts.cohorts()) rows.add(new Row(label(dimension, c.value()), c));
        model.addAttribute("by", dimension);
        model.addAttribute("dimensions", List.of("grant-year", "size-class", "route", "legal-form"));
        model.addAttribute("dimensionLabels", DIMENSIONS);
        model.addAttribute("rows", rows);
        model.addAttribute("chart", CohortChart.of(rows));
        model.addAttribute("k", cohorts.k());
        model.addAttribute("ruleSet", cohorts.ruleSet());
        return "pages/research-cohorts";
    }

    private String label(String by, String value) {
        if (value.equals("none")) return "niet vastgelegd";
        if (value.equals("not-granted")) return "(nog) niet aangeboden";
        return switch (by) {
            case "size-class" -> SIZE_CLASSES.getOrDefault(value, value);
            case "route" ->
                nl.route(CooperationRoute.valueOf(value.toUpperCase().replace('-', '_')));
            case "legal-form" ->
                nl.legalForm(LegalForm.valueOf(value.toUpperCase().replace('-', '_')));
            default -> value;
        };
    }

    /** Horizontal bars, one per cohort, as long as its number of cases; a suppressed cohort gets no bar. */
    public record CohortChart(int width, int height, int labelWidth, List<Bar> bars) {
        private static final int WIDTH = 720;
        private static final int LABEL = 280;
        private static final int ROW = 28;
        private static final int TOP = 10;

        public record Bar(String label, double y, double width, Integer cases, boolean suppressed) {}

        static CohortChart of(List<Row> rows) {
            int max = rows.stream()
                    .map(r -> r.cohort().cases())
                    .filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(1);
            double room = WIDTH - LABEL - 60;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Cohorts.Cohort c = rows.get(i).cohort();
                double length = c.suppressed() ? 0 : room * c.cases() / Math.max(1, max);
                bars.add(new Bar(rows.get(i).label(), TOP + i * ROW, length, c.cases(), c.suppressed()));
            }
            return new CohortChart(WIDTH, TOP * 2 + rows.size() * ROW, LABEL, bars);
        }

        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }
}
