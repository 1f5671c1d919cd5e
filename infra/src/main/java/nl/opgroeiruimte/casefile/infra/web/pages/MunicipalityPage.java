package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries.StoredIndicator;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeProjection;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeListItem;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeView;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityProjection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard of one municipality: its cases with their stop-go status and reasons in one line,
 * filters, counts, and how the counts changed month by month; and the form to open a new case.
 */
@Controller
public class MunicipalityPage {
    private static final int CHART_MONTHS = 36;
    private final CaseQueries cases;
    private final CaseAccess access;
    private final IndicatorQueries storedIndicators;
    private final IndicatorService indicators;
    private final InitiativeProjection initiatives;
    private final MunicipalityProjection municipalities;
    private final PersonOptions personOptions;
    private final Names names;
    private final DutchWords nl;
    private final Clock clock;

    public MunicipalityPage(
            CaseQueries cases,
            IndicatorQueries storedIndicators,
            IndicatorService indicators,
            InitiativeProjection initiatives,
            MunicipalityProjection municipalities,
            PersonOptions personOptions,
            Names names,
            DutchWords nl,
            Clock clock,
            CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.storedIndicators = storedIndicators;
        this.indicators = indicators;
        this.initiatives = initiatives;
        this.municipalities = municipalities;
        this.personOptions = personOptions;
        this.names = names;
        this.nl = nl;
        this.clock = clock;
    }

    /** The filters of the case list; null means any. */
    public record Filters(String indicator, String status, String initiative, String domain) {
        public boolean any() {
            return indicator != null || status != null || initiative != null || domain != null;
        }
    }

    /** One case in the list. */
    public record CaseRow(
            String caseId,
            String initiativeName,
            String activity,
            String area,
            String status,
            String indicator,
            String reasons,
            LocalDate requestedOn,
            LocalDate lastEventOn) {}

    public record Option(String value, String label) {}

    @GetMapping("/gemeenten")
    public String choose(@RequestParam(name = "gemeente", required = false) String cbsCode) {
        if (cbsCode == null || !DutchMunicipalities.isCurrent(cbsCode)) return "redirect:/overzicht";
        return "redirect:/gemeenten/" + cbsCode;
    }

    @GetMapping("/gemeenten/{cbsCode}")
    public String dashboard(
            @PathVariable String cbsCode,
            @RequestParam(name = "stoplicht", required = false) String indicator,
            @RequestParam(required = false) String status,
            @RequestParam(name = "initiatief", required = false) String initiative,
            @RequestParam(name = "domein", required = false) String domain,
            Model model) {
        var caller = requireMunicipality(cbsCode);
        boolean mayRecord = caller.mayRecordForMunicipality(cbsCode);
        List<CaseSummary> all = casesOf(cbsCode);
        caseList(cbsCode, all, new Filters(blank(indicator), blank(status), blank(initiative), blank(domain)), model);
        chart(cbsCode, all, model);
        List<InitiativeListItem> working = initiatives.list(cbsCode, 1, 200).items();
        List<String> initiativeIds = new ArrayList<>(
                working.stream().map(InitiativeListItem::initiativeId).toList());
        all.stream()
                .map(CaseSummary::initiative)
                .filter(id -> !initiativeIds.contains(id))
                .distinct()
                .forEach(initiativeIds::add);
        model.addAttribute(
                "initiativesForRequest",
                initiativeIds.stream()
                        .map(id -> new Option(id, names.initiative(id)))
                        .toList());
        model.addAttribute("people", personOptions.forParties(cbsCode, initiativeIds));
        model.addAttribute("today", LocalDate.now(clock));
        // auditors and council members read only: no form to request a case
        model.addAttribute("mayRecord", mayRecord);
        List<CasePage.Option> parties = new ArrayList<>();
        parties.add(new CasePage.Option(
                CommandForms.partyJson("municipality", cbsCode), "Gemeente " + names.municipality(cbsCode)));
        initiativeIds.forEach(
                id -> parties.add(new CasePage.Option(CommandForms.partyJson("initiative", id), names.initiative(id))));
        model.addAttribute("personForm", CommandForms.personRegistration(parties, nl));
        // an initiative is registered by its own members or an administrator (Initiative, docs/security.md)
        model.addAttribute("mayRegisterInitiative", caller.isAdministrator());
        model.addAttribute("legalForms", CommandForms.options(LegalForm.values(), nl));
        model.addAttribute("domains", CommandForms.options(Domain.values(), nl));
        model.addAttribute(
                "municipalityForms",
                mayRecord
                        ? CommandForms.forMunicipality(
                                cbsCode, municipalities.find(cbsCode), caller.isAdministrator(), nl)
                        : List.of());
        return "pages/municipality";
    }

    @GetMapping("/gemeenten/{cbsCode}/fragmenten/trajecten")
    public String casesFragment(
            @PathVariable String cbsCode,
            @RequestParam(name = "stoplicht", required = false) String indicator,
            @RequestParam(required = false) String status,
            @RequestParam(name = "initiatief", required = false) String initiative,
            @RequestParam(name = "domein", required = false) String domain,
            Model model) {
        requireMunicipality(cbsCode);
        caseList(
                cbsCode,
                casesOf(cbsCode),
                new Filters(blank(indicator), blank(status), blank(initiative), blank(domain)),
                model);
        return "pages/municipality :: cases";
    }

    @GetMapping("/gemeenten/{cbsCode}/fragmenten/grafiek")
    public String chartFragment(@PathVariable String cbsCode, Model model) {
        requireMunicipality(cbsCode);
        chart(cbsCode, casesOf(cbsCode), model);
        return "pages/municipality :: chart";
    }

    private nl.opgroeiruimte.casefile.kernel.common.Caller requireMunicipality(String cbsCode) {
        if (!DutchMunicipalities.isCurrent(cbsCode)) {
            throw new PageNotFound("Er is geen gemeente met CBS-code " + cbsCode + ".");
        }
        return access.requireMunicipality(cbsCode);
    }

    private List<CaseSummary> casesOf(String cbsCode) {
        return cases.list(new CaseQueries.Filter(cbsCode, null, null), CaseQueries.Visibility.ALL, 1, 1000)
                .items();
    }

    private void caseList(String cbsCode, List<CaseSummary> all, Filters filters, Model model) {
        Map<String, StoredIndicator> stored = storedIndicators.storedOf(cbsCode);
        Map<String, Set<Domain>> domains = new TreeMap<>();
        for (String id : all.stream().map(CaseSummary::initiative).distinct().toList()) {
            domains.put(
                    id, names.initiativeView(id).map(InitiativeView::domains).orElse(Set.of()));
        }
        Map<String, Long> indicatorCounts = IndicatorQueries.zeroPerStatus();
        Map<String, Long> statusCounts = CaseQueries.zeroPerStatus();
        List<CaseRow> rows = new ArrayList<>();
        for (CaseSummary c : all) {
            StoredIndicator indicator = stored.getOrDefault(c.caseId(), StoredIndicator.PENDING);
            indicatorCounts.merge(indicator.status(), 1L, Long::sum);
            statusCounts.merge(c.status(), 1L, Long::sum);
            if (filters.indicator() != null && !filters.indicator().equals(indicator.status())) continue;
            if (filters.status() != null && !filters.status().equals(c.status())) continue;
            if (filters.initiative() != null && !filters.initiative().equals(c.initiative())) continue;
            if (filters.domain() != null
                    && domains.get(c.initiative()).stream()
                            .noneMatch(d -> d.name().equals(filters.domain()))) continue;
            rows.add(new CaseRow(
                    c.caseId(),
                    names.initiative(c.initiative()),
                    c.activity(),
                    c.area(),
                    c.status(),
                    indicator.status(),
                    String.join("; ", indicator.reasonsNl()),
                    c.requestedOn(),
                    c.lastEventOn()));
        }
        rows.sort(Comparator.comparing((CaseRow r) -> severity(r.indicator())).thenComparing(CaseRow::initiativeName));
        Map<String, String> initiativeOptions = new LinkedHashMap<>();
        all.stream()
                .map(CaseSummary::initiative)
                .distinct()
                .sorted(Comparator.comparing(names::initiative))
                .forEach(id -> initiativeOptions.put(id, names.initiative(id)));
        Set<Domain> domainOptions = new TreeSet<>();
        domains.values().forEach(domainOptions::addAll);

        model.addAttribute("cbsCode", cbsCode);
        model.addAttribute("municipalityName", names.municipality(cbsCode));
        model.addAttribute("province", names.province(cbsCode));
        model.addAttribute("filters", filters);
        model.addAttribute("rows", rows);
        model.addAttribute("caseTotal", all.size());
        model.addAttribute("indicatorCounts", indicatorCounts);
        model.addAttribute("statusCounts", statusCounts);
        model.addAttribute(
                "initiativeOptions",
                initiativeOptions.entrySet().stream()
                        .map(e -> new Option(e.getKey(), e.getValue()))
                        .toList());
        model.addAttribute(
                "domainOptions",
                domainOptions.stream()
                        .map(d -> new Option(d.name(), nl.domain(d)))
                        .toList());
        model.addAttribute(
                "fragmentUrl",
                UriComponentsBuilder.fromPath("/gemeenten/{cbs}/fragmenten/trajecten")
                        .queryParamIfPresent("stoplicht", java.util.Optional.ofNullable(filters.indicator()))
                        .queryParamIfPresent("status", java.util.Optional.ofNullable(filters.status()))
                        .queryParamIfPresent("initiatief", java.util.Optional.ofNullable(filters.initiative()))
                        .queryParamIfPresent("domein", java.util.Optional.ofNullable(filters.domain()))
                        .buildAndExpand(cbsCode)
                        .encode()
                        .toUriString());
    }

    private void chart(String cbsCode, List<CaseSummary> all, Model model) {
        LocalDate today = LocalDate.now(clock);
        // only the months the chart shows are evaluated, however long ago a case began
        LocalDate shownFrom = today.minusMonths(CHART_MONTHS - 1L).withDayOfMonth(1);
        List<StatusChart.CaseHistory> histories = all.stream()
                .map(c -> new StatusChart.CaseHistory(
                        c.requestedOn(), c.closedOn(), indicators.history(c.caseId(), shownFrom, today)))
                .toList();
        model.addAttribute("cbsCode", cbsCode);
        model.addAttribute("municipalityName", names.municipality(cbsCode));
        model.addAttribute("chart", StatusChart.of(histories, today, CHART_MONTHS, nl));
    }

    private static int severity(String indicator) {
        return switch (Objects.requireNonNullElse(indicator, "")) {
            case "stop-risk" -> 0;
            case "attention" -> 1;
            case "pending" -> 2;
            case "go" -> 3;
            default -> 4;
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
