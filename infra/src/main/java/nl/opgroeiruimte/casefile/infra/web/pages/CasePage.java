package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicators;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.timeline.TimelineEntry;
import nl.opgroeiruimte.casefile.query.timeline.TimelineQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page: the stop-go indicator with each reason linked to the timeline entries that caused it,
 * the agreements, milestones and roles at a glance, the timeline with its late recordings, the audit
 * trail as of a chosen date, and the forms to record what happens most. Each part is also served as a
 * fragment, so that htmx can refresh it when something is recorded.
 */
@Controller
public class CasePage {
    private static final int TIMELINE_LIMIT = 2000;
    private final CaseQueries cases;
    private final CaseAccess access;
    private final CaseHistory history;
    private final TimelineQueries timeline;
    private final AuditTrailService auditTrail;
    private final IndicatorService indicators;
    private final PersonOptions personOptions;
    private final Names names;
    private final DutchWords nl;
    private final Clock clock;

    public CasePage(
            CaseQueries cases,
            CaseHistory history,
            TimelineQueries timeline,
            AuditTrailService auditTrail,
            IndicatorService indicators,
            PersonOptions personOptions,
            Names names,
            DutchWords nl,
            Clock clock,
            CaseAccess access) {
        this.access = access;
        this.cases = cases;
        this.history = history;
        this.timeline = timeline;
        this.auditTrail = auditTrail;
        this.indicators = indicators;
        this.personOptions = personOptions;
        this.names = names;
        this.nl = nl;
        this.clock = clock;
    }

    /** A link from a reason to a timeline entry (absent from the timeline: no anchor). */
    public record EventLink(String eventId, String label, boolean onTimeline) {}

    public record ReasonView(String severity, String message, List<EventLink> events) {}

    public record IndicatorView(String status, LocalDate asOf, List<ReasonView> reasons) {}

    public record Option(String value, String label) {}

    @GetMapping("/dossiers/{caseId}")
    public String page(
            @PathVariable String caseId,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(name = "weergave", required = false) String view,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "van", required = false) String from,
            @RequestParam(name = "tot", required = false) String until,
            Model model) {
        access.requireRead(caseId);
        CaseSummary summary = requireCase(caseId);
        List<TimelineEntry> entries = timelineOf(summary);
        model.addAttribute("timelineFilter", TimelineFilter.of(kind, from, until));
        header(summary, model);
        indicator(summary, entries, model);
        strip(summary, model);
        glance(summary, model);
        timeline(entries, summary, model);
        audit(summary, asOf, view, model);
        forms(summary, model);
        return "pages/case";
    }

    @GetMapping("/dossiers/{caseId}/fragmenten/{fragment}")
    public String fragment(
            @PathVariable String caseId,
            @PathVariable String fragment,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(name = "weergave", required = false) String view,
            @RequestParam(name = "soort", required = false) String kind,
            @RequestParam(name = "van", required = false) String from,
            @RequestParam(name = "tot", required = false) String until,
            @RequestParam(name = "persoon", required = false) String registeredPerson,
            Model model) {
        access.requireRead(caseId);
        CaseSummary summary = requireCase(caseId);
        // the forms asked for right after registering a person: once the person is there to choose (at most 3 s)
        if ("vastleggen".equals(fragment) && registeredPerson != null)
            personOptions.awaitRegistered(registeredPerson, 30);
        model.addAttribute("timelineFilter", TimelineFilter.of(kind, from, until));
        switch (fragment) {
            case "kop" -> header(summary, model);
            case "stoplicht" -> indicator(summary, timelineOf(summary), model);
            case "verloop" -> strip(summary, model);
            case "overzicht" -> glance(summary, model);
            case "tijdlijn" -> {
                List<TimelineEntry> entries = timelineOf(summary);
                indicator(summary, entries, model);
                timeline(entries, summary, model);
            }
            case "borgingsdossier" -> audit(summary, asOf, view, model);
            case "vastleggen" -> forms(summary, model);
            default -> throw new PageNotFound("Dit deel van de pagina bestaat niet.");
        }
        model.addAttribute("caseId", caseId);
        return "pages/case :: "
                + switch (fragment) {
                    case "kop" -> "caseHeader";
                    case "stoplicht" -> "indicator";
                    case "verloop" -> "strip";
                    case "overzicht" -> "glance";
                    case "tijdlijn" -> "timeline";
                    case "borgingsdossier" -> "audit";
                    default -> "forms";
                };
    }

    /**
     * The case as its summary shows it. Right after a case is requested (the form redirects here) its
     * summary may still be on its way from the event store: a case that has events gets a moment.
     */
    private CaseSummary requireCase(String caseId) {
        Optional<CaseSummary> found = cases.find(caseId);
        if (found.isEmpty() && !history.of(caseId).isEmpty()) {
            found = ReadModelPatience.awaitPresent(() -> cases.find(caseId), 50);
        }
        return found.orElseThrow(() -> new PageNotFound("Er is geen traject met kenmerk ‘" + caseId + "’."));
    }

    private List<TimelineEntry> timelineOf(CaseSummary summary) {
        return timeline.timeline(
                        summary.caseId(),
                        summary.municipality(),
                        summary.requestedOn(),
                        new TimelineQueries.Filter(Set.of(), null, null),
                        1,
                        TIMELINE_LIMIT)
                .items();
    }

    private void header(CaseSummary summary, Model model) {
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("summary", summary);
        model.addAttribute("municipalityName", names.municipality(summary.municipality()));
        model.addAttribute("province", names.province(summary.municipality()));
        model.addAttribute("initiativeName", names.initiative(summary.initiative()));
        CaseIndicators today = indicators.evaluate(summary.caseId(), LocalDate.now(clock));
        model.addAttribute("headerStatus", today.closed() ? "closed" : word(today.status()));
    }

    private void indicator(CaseSummary summary, List<TimelineEntry> entries, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("indicator", indicatorView(indicators.evaluate(summary.caseId(), today), entries));
    }

    /** The stop-go status over the last three years at most (only those days are evaluated), as a strip. */
    private void strip(CaseSummary summary, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusYears(3);
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("strip", IndicatorStrip.of(indicators.history(summary.caseId(), from, today), today, nl));
    }

    private IndicatorView indicatorView(CaseIndicators result, List<TimelineEntry> entries) {
        Map<String, TimelineEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.eventId(), e));
        List<ReasonView> reasons = result.reasons().stream()
                .map(r -> new ReasonView(
                        word(r.severity()),
                        r.messageNl(),
                        r.eventIds().stream()
                                .distinct()
                                .map(id -> link(id, byId.get(id)))
                                .toList()))
                .toList();
        return new IndicatorView(result.closed() ? "closed" : word(result.status()), result.asOf(), reasons);
    }

    private EventLink link(String eventId, TimelineEntry entry) {
        if (entry == null) return new EventLink(eventId, "gebeurtenis buiten deze tijdlijn", false);
        String summary = nl.dates(entry.summaryNl());
        if (summary.length() > 70) summary = summary.substring(0, 67) + "…";
        return new EventLink(eventId, nl.shortDate(entry.occurredOn()) + ": " + summary, true);
    }

    private void glance(CaseSummary summary, Model model) {
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute(
                "now", auditTrail.auditTrail(summary.caseId(), LocalDate.now(clock), AuditTrail.View.AS_KNOWN_NOW));
    }

    private void timeline(List<TimelineEntry> entries, CaseSummary summary, Model model) {
        Set<String> causes = new LinkedHashSet<>();
        IndicatorView indicator = (IndicatorView) model.getAttribute("indicator");
        if (indicator != null) indicator.reasons().forEach(r -> r.events().forEach(e -> causes.add(e.eventId())));
        TimelineFilter filter = (TimelineFilter) model.getAttribute("timelineFilter");
        if (filter == null) filter = TimelineFilter.of(null, null, null);
        model.addAttribute("timelineFilter", filter);
        model.addAttribute("timelineUrl", filter.fragmentUrl(summary.caseId()));
        model.addAttribute("allEntries", entries.size());
        TimelineFilter shown = filter;
        entries = entries.stream().filter(shown::shows).toList();
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("entries", entries);
        model.addAttribute("causes", causes);
        model.addAttribute(
                "lateCount",
                entries.stream().filter(TimelineEntry::recordedLate).count());
    }

    private void audit(CaseSummary summary, String asOf, String view, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today;
        String notice = null;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
                if (day.isAfter(today)) {
                    notice = "De peildatum ligt in de toekomst; de stand van vandaag wordt getoond.";
                    day = today;
                }
            } catch (DateTimeParseException e) {
                notice = "‘" + asOf
                        + "’ is geen geldige datum (gebruik jjjj-mm-dd); de stand van vandaag wordt getoond.";
            }
        }
        boolean recordedThen = "toen-vastgelegd".equals(view);
        AuditTrail trail = auditTrail.auditTrail(
                summary.caseId(), day, recordedThen ? AuditTrail.View.AS_RECORDED_THEN : AuditTrail.View.AS_KNOWN_NOW);
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("summary", summary);
        model.addAttribute("asOf", day);
        model.addAttribute("today", today);
        model.addAttribute("viewRecordedThen", recordedThen);
        model.addAttribute("auditNotice", notice);
        model.addAttribute("trail", trail);
        model.addAttribute("indicatorThen", indicatorView(indicators.evaluate(summary.caseId(), day), List.of()));
    }

    private void forms(CaseSummary summary, Model model) {
        LocalDate today = LocalDate.now(clock);
        // auditors, council members and new aldermen read only: they are offered no form at all
        Caller caller = access.requireRead(summary.caseId());
        CaseFileState state = new CaseFileState();
        history.ofCase(summary.caseId()).forEach(state::apply);
        model.addAttribute(
                "mayRecord", caller.mayRecord(state.municipality, state.initiative, state.facilitators.keySet()));
        AuditTrail now = auditTrail.auditTrail(summary.caseId(), today, AuditTrail.View.AS_KNOWN_NOW);
        List<Option> openMilestones = new ArrayList<>();
        now.milestones().stream()
                .filter(m -> "open".equals(m.state()) || "overdue".equals(m.state()))
                .forEach(m -> openMilestones.add(
                        new Option(m.milestoneId(), m.title() + " (uiterlijk " + nl.shortDate(m.dueDate()) + ")")));
        List<Option> openBreaches = new ArrayList<>();
        if (now.exclusivity() != null) {
            now.exclusivity().breaches().stream()
                    .filter(b -> !b.resolved())
                    .forEach(b ->
                            openBreaches.add(new Option(b.breachId(), nl.shortDate(b.occurredOn()) + ": " + b.what())));
        }
        List<Option> heldRoles = CommandForms.heldRoles(now, nl);
        model.addAttribute("caseId", summary.caseId());
        model.addAttribute("summary", summary);
        // from the event store, not the summary: right after a command the forms must show the new state
        model.addAttribute("caseStatus", now.status());
        model.addAttribute("closedOn", now.closedOn());
        model.addAttribute("today", today);
        model.addAttribute("people", personOptions.forParties(summary.municipality(), List.of(summary.initiative())));
        model.addAttribute("openMilestones", openMilestones);
        model.addAttribute("openBreaches", openBreaches);
        model.addAttribute("heldRoles", heldRoles);
        List<CommandForms.Form> commandForms = new ArrayList<>(CommandForms.forCase(summary.caseId(), now, nl));
        List<Option> linkable = linkable(now, state);
        List<Option> documents = now.documents().stream()
                .map(d -> new Option(d.documentId(), d.fileName() + " (" + nl.shortDate(d.addedOn()) + ")"))
                .toList();
        if (!documents.isEmpty() && !linkable.isEmpty()) {
            commandForms.add(CommandForms.documentLink(summary.caseId(), documents, linkable));
        }
        model.addAttribute("commandForms", commandForms);
        model.addAttribute("linkable", linkable);
        // registering someone the meeting, agreement or role forms then offer: for the case's two parties
        model.addAttribute(
                "personForm",
                CommandForms.personRegistration(
                        List.of(
                                new Option(
                                        CommandForms.partyJson("municipality", summary.municipality()),
                                        "Gemeente " + names.municipality(summary.municipality())),
                                new Option(
                                        CommandForms.partyJson("initiative", summary.initiative()),
                                        names.initiative(summary.initiative()))),
                        nl));
        model.addAttribute("exclusivity", now.exclusivity());
        model.addAttribute(
                "agreementKinds",
                Arrays.stream(AgreementKind.values())
                        .map(k -> new Option(KebabCaseEnums.wordFor(k), nl.agreementKind(k)))
                        .toList());
        model.addAttribute(
                "agreementTopics",
                Arrays.stream(AgreementTopic.values())
                        .map(t -> new Option(KebabCaseEnums.wordFor(t), nl.topic(t)))
                        .toList());
        model.addAttribute("municipalityName", names.municipality(summary.municipality()));
        model.addAttribute("initiativeName", names.initiative(summary.initiative()));
    }

    /** The records of the case a document can be evidence of, each option's value the link's JSON. */
    private List<Option> linkable(AuditTrail now, CaseFileState state) {
        List<Option> records = new ArrayList<>();
        java.util.stream.Stream.concat(now.agreementsInForce().stream(), now.agreementsNotInForce().stream())
                .forEach(a -> records.add(new Option(
                        CommandForms.linkJson("agreement", a.agreementId()),
                        "Afspraak: " + a.title() + " (" + nl.shortDate(a.signedOn()) + ")")));
        now.decisions()
                .forEach(d -> records.add(new Option(
                        CommandForms.linkJson("decision", d.decisionId()),
                        "Besluit: " + d.subject() + " (" + nl.shortDate(d.occurredOn()) + ")")));
        state.contacts.stream()
                .filter(c -> c.meetingId() != null)
                .forEach(c -> records.add(new Option(
                        CommandForms.linkJson("meeting", c.meetingId()), "Overleg van " + nl.shortDate(c.on()))));
        return List.copyOf(records);
    }

    private static String word(Enum<?> value) {
        return KebabCaseEnums.wordFor(value);
    }
}
