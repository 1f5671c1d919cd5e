package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries.StoredIndicator;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where each role starts: "/" sends everyone to the page made for their role. The administrator to
 * the country, municipal staff to their municipality, an auditor or council member to the audit trails
 * of their municipality's cases, an initiative's member to their initiative, a facilitator to the cases
 * they are appointed to, a researcher to the exports and series (never to a case: they read
 * pseudonymised data only).
 */
@Controller
public class LandingPages {
    private final CurrentCaller callers;
    private final CaseQueries cases;
    private final IndicatorQueries indicators;
    private final Names names;
    private final PersonOptions personOptions;
    private final DutchWords nl;
    private final java.time.Clock clock;

    public LandingPages(
            CurrentCaller callers,
            CaseQueries cases,
            IndicatorQueries indicators,
            Names names,
            PersonOptions personOptions,
            DutchWords nl,
            java.time.Clock clock) {
        this.personOptions = personOptions;
        this.nl = nl;
        this.clock = clock;
        this.callers = callers;
        this.cases = cases;
        this.indicators = indicators;
        this.names = names;
    }

    /** One case in a landing page's list. */
    public record CaseRow(
            String caseId,
            String municipalityName,
            String initiativeName,
            String activity,
            String area,
            String status,
            String indicator,
            String reasons,
            java.time.LocalDate lastEventOn) {}

    @GetMapping("/")
    public String start() {
        Caller caller = callers.require();
        return "redirect:" + Viewer.of(caller, names).home();
    }

    @GetMapping("/onderzoek")
    public String research(Model model) {
        Caller caller = callers.require();
        if (caller.role() != CallerRole.RESEARCHER && !caller.isAdministrator()) {
            throw new NotPermitted("The research page is for researchers");
        }
        model.addAttribute("municipalities", municipalitiesWithCases());
        return "pages/research";
    }

    @GetMapping("/controle")
    public String audit(Model model) {
        Caller caller = callers.require();
        if (caller.role() != CallerRole.AUDITOR || caller.municipality() == null) {
            throw new NotPermitted("The audit page is for auditors and council members");
        }
        model.addAttribute("cbsCode", caller.municipality());
        model.addAttribute("municipalityName", names.municipality(caller.municipality()));
        model.addAttribute(
                "rows", rows(new CaseQueries.Visibility(caller.municipality(), null, null), caller.municipality()));
        return "pages/audit";
    }

    @GetMapping("/mijn-trajecten")
    public String facilitated(Model model) {
        Caller caller = callers.require();
        if (caller.role() != CallerRole.FACILITATOR) {
            throw new NotPermitted("This page lists the cases a facilitator is appointed to");
        }
        model.addAttribute("rows", rows(new CaseQueries.Visibility(null, null, caller.personId()), null));
        return "pages/facilitator";
    }

    @GetMapping("/initiatieven/{initiativeId}")
    public String initiative(@PathVariable String initiativeId, Model model) {
        Caller caller = callers.require();
        if (!Viewer.of(caller, names).seesInitiative(initiativeId)) {
            throw new NotPermitted("You may not see the cases of initiative " + initiativeId);
        }
        InitiativeView view = justRegistered(initiativeId)
                .orElseThrow(() -> new PageNotFound("Er is geen initiatief met kenmerk ‘" + initiativeId + "’."));
        model.addAttribute("initiative", view);
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("rows", rows(new CaseQueries.Visibility(null, initiativeId, null), null));
        boolean mayRecord = caller.mayRecordForInitiative(initiativeId);
        model.addAttribute("mayRecord", mayRecord);
        if (mayRecord) {
            String municipality = view.workingArea() == null
                            || view.workingArea().municipalities().isEmpty()
                    ? null
                    : view.workingArea().municipalities().get(0).cbsCode();
            model.addAttribute("initiativeForms", CommandForms.forInitiative(initiativeId, nl));
            model.addAttribute(
                    "personForm",
                    CommandForms.personRegistration(
                            List.of(new CasePage.Option(
                                    CommandForms.partyJson("initiative", initiativeId), view.name())),
                            nl));
            model.addAttribute(
                    "people",
                    municipality == null ? List.of() : personOptions.forParties(municipality, List.of(initiativeId)));
            model.addAttribute("today", java.time.LocalDate.now(clock));
        }
        return "pages/initiative";
    }

    /**
     * The initiative as its read model shows it. Right after it is registered (the municipality page's form
     * opens this page) it may still be on its way there: an unknown initiative gets a moment (at most 3 s).
     */
    private java.util.Optional<InitiativeView> justRegistered(String initiativeId) {
        return ReadModelPatience.awaitPresent(() -> names.initiativeView(initiativeId), 30);
    }

    private List<CaseRow> rows(CaseQueries.Visibility visibility, String municipality) {
        List<CaseSummary> visible = cases.list(new CaseQueries.Filter(municipality, null, null), visibility, 1, 1000)
                .items();
        Map<String, Map<String, StoredIndicator>> stored = new HashMap<>();
        List<CaseRow> rows = new ArrayList<>();
        for (CaseSummary c : visible) {
            StoredIndicator indicator = stored.computeIfAbsent(c.municipality(), indicators::storedOf)
                    .getOrDefault(c.caseId(), StoredIndicator.PENDING);
            rows.add(new CaseRow(
                    c.caseId(),
                    names.municipality(c.municipality()),
                    names.initiative(c.initiative()),
                    c.activity(),
                    c.area(),
                    c.status(),
                    indicator.status(),
                    String.join("; ", indicator.reasonsNl()),
                    c.lastEventOn()));
        }
        rows.sort(Comparator.comparing(CaseRow::municipalityName).thenComparing(CaseRow::initiativeName));
        return rows;
    }

    private List<Viewer.Link> municipalitiesWithCases() {
        return cases.countsPerMunicipality().keySet().stream()
                .map(cbs -> new Viewer.Link(cbs, names.municipality(cbs)))
                .sorted(Comparator.comparing(Viewer.Link::label))
                .toList();
    }
}
