package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The country: every municipality with cases, with its cases per stop-go status and per phase of the
 * track, for the national programme and the provinces; filterable by province.
 */
@Controller
public class OverviewPage {
    private final CaseAccess access;
    private final CaseQueries cases;
    private final IndicatorQueries indicators;
    private final Names names;
    private final DutchWords nl;

    public OverviewPage(CaseQueries cases, IndicatorQueries indicators, Names names, CaseAccess access, DutchWords nl) {
        this.nl = nl;
        this.access = access;
        this.cases = cases;
        this.indicators = indicators;
        this.names = names;
    }

    /** One municipality of the overview. */
    public record MunicipalityRow(
            String cbsCode,
            String name,
            String province,
            long total,
            Map<String, Long> indicators,
            Map<String, Long> statuses) {}

    @GetMapping("/overzicht")
    public String overview(@RequestParam(name = "provincie", required = false) String province, Model model) {
        // the country is for administrators; everyone else goes to their own landing page
        Caller caller = access.requireCaseReader();
        if (!caller.isAdministrator()) {
            if (caller.municipality() != null) return "redirect:/gemeenten/" + caller.municipality();
            return "redirect:/";
        }
        results(province, model);
        model.addAttribute("provinces", Provinces.all());
        model.addAttribute("municipalities", DutchMunicipalities.all());
        return "pages/overview";
    }

    @GetMapping("/overzicht/fragmenten/resultaten")
    public String resultsFragment(@RequestParam(name = "provincie", required = false) String province, Model model) {
        if (!access.requireCaseReader().isAdministrator())
            throw new NotPermitted("The country overview is for administrators");
        results(province, model);
        return "pages/overview :: results";
    }

    private void results(String province, Model model) {
        String chosen =
                province == null || province.isBlank() || !Provinces.all().contains(province) ? null : province;
        Map<String, Map<String, Long>> perStatus = cases.countsPerMunicipality();
        Map<String, Map<String, Long>> perIndicator = indicators.countsPerMunicipality(null);
        List<MunicipalityRow> rows = new ArrayList<>();
        for (var entry : perStatus.entrySet()) {
            String cbs = entry.getKey();
            String inProvince = Provinces.of(cbs).orElse("");
            if (chosen != null && !chosen.equals(inProvince)) continue;
            long total = entry.getValue().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            rows.add(new MunicipalityRow(
                    cbs,
                    names.municipality(cbs),
                    inProvince,
                    total,
                    perIndicator.getOrDefault(cbs, IndicatorQueries.zeroPerStatus()),
                    entry.getValue()));
        }
        rows.sort(Comparator.comparing(MunicipalityRow::name, String.CASE_INSENSITIVE_ORDER));
        Map<String, Long> indicatorTotals = IndicatorQueries.zeroPerStatus();
        Map<String, Long> statusTotals = CaseQueries.zeroPerStatus();
        rows.forEach(row -> {
            row.indicators().forEach((k, v) -> indicatorTotals.merge(k, v, Long::sum));
            row.statuses().forEach((k, v) -> statusTotals.merge(k, v, Long::sum));
        });
        Map<String, Long> casesPerProvince = new TreeMap<>();
        perStatus.forEach((cbs, counts) -> Provinces.of(cbs)
                .ifPresent(p -> casesPerProvince.merge(
                        p, counts.values().stream().mapToLong(Long::longValue).sum(), Long::sum)));
        model.addAttribute("province", chosen);
        model.addAttribute("rows", rows);
        model.addAttribute("indicatorTotals", indicatorTotals);
        model.addAttribute("statusTotals", statusTotals);
        model.addAttribute(
                "caseTotal", rows.stream().mapToLong(MunicipalityRow::total).sum());
        model.addAttribute("casesPerProvince", casesPerProvince);
        model.addAttribute("countryChart", CountryChart.of(rows, nl));
    }
}
