package nl.opgroeiruimte.casefile.query.timeline;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityRegistered;
import nl.opgroeiruimte.casefile.kernel.municipality.NeighbourhoodApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyAdopted;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.*;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.*;
import nl.opgroeiruimte.casefile.kernel.partnership.document.*;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.*;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.*;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.*;
import nl.opgroeiruimte.casefile.kernel.partnership.process.*;
import nl.opgroeiruimte.casefile.kernel.partnership.question.*;
import nl.opgroeiruimte.casefile.kernel.partnership.role.*;
import nl.opgroeiruimte.casefile.kernel.partnership.track.*;
import nl.opgroeiruimte.casefile.kernel.partnership.work.*;

/**
 * One line per fact, in English for the API and in Dutch for the web pages. Summaries never contain a
 * person's name: names are looked up when shown, so an erased person disappears from every view.
 */
public final class Summaries {

    public record Summary(String en, String nl) {
    }

    private Summaries() {
    }

    public static Summary of(Object e) {
        if (e instanceof OpgroeiruimteRequested r) return s("Opgroeiruimte requested for " + r.scope().activity() + " in " + r.scope().area(),
                "Opgroeiruimte gevraagd voor " + r.scope().activity() + " in " + r.scope().area());
        if (e instanceof OpgroeiruimteGranted g) return s("Opgroeiruimte granted; exclusivity from " + g.exclusivity().from() + " until " + g.exclusivity().until(),
                "Opgroeiruimte verleend; exclusiviteit van " + g.exclusivity().from() + " tot " + g.exclusivity().until());
        if (e instanceof CasePaused p) return s("Track paused: " + p.reason(), "Traject gepauzeerd: " + p.reason());
        if (e instanceof CaseResumed) return s("Track resumed", "Traject hervat");
        if (e instanceof MaturityDeclared m) return s("Partnership declared mature: " + m.justification(), "Volwassen partnerschap vastgesteld: " + m.justification());
        if (e instanceof CaseStopped c) return s("Track stopped: " + c.reason(), "Traject gestopt: " + c.reason());
        if (e instanceof FacilitatorAppointed f) return s("Facilitator appointed (" + f.organisation() + ")", "Procesbegeleider aangesteld (" + f.organisation() + ")");
        if (e instanceof FacilitatorReleased) return s("Facilitator stepped back", "Procesbegeleider teruggetreden");
        if (e instanceof RoleAssigned r) return s("Role " + word(r.role()) + " assigned", "Rol " + Dutch.role(r.role()) + " toegewezen");
        if (e instanceof RoleVacated v) return s("Role " + word(v.role()) + " vacant: " + v.reason(), "Rol " + Dutch.role(v.role()) + " vacant: " + v.reason());
        if (e instanceof RoleHandedOver h) return h.handover().withoutHandover()
                ? s("Role " + word(h.role()) + " changed hands without hand-over", "Rol " + Dutch.role(h.role()) + " gewisseld zonder overdracht")
                : s("Role " + word(h.role()) + " handed over", "Rol " + Dutch.role(h.role()) + " overgedragen");
        if (e instanceof MilestonePlanned p) return s("Milestone planned: " + p.title() + " (due " + p.dueDate() + ")",
                "Mijlpaal gepland: " + p.title() + " (uiterlijk " + p.dueDate() + ")");
        if (e instanceof MilestoneRescheduled r) return s("Milestone moved from " + r.previousDueDate() + " to " + r.newDueDate() + ": " + r.reason(),
                "Mijlpaal verschoven van " + r.previousDueDate() + " naar " + r.newDueDate() + ": " + r.reason());
        if (e instanceof MilestoneOutcomeRecorded o) return s("Milestone " + word(o.result()) + (o.continuationDelivered() ? ", continuation delivered" : ", promised continuation NOT delivered"),
                "Mijlpaal " + Dutch.result(o.result()) + (o.continuationDelivered() ? ", vervolg geleverd" : ", beloofd vervolg NIET geleverd"));
        if (e instanceof ExclusivityBreached b) return s("Exclusivity breached: " + b.what(), "Exclusiviteit geschonden: " + b.what());
        if (e instanceof ExclusivityBreachResolved r) return s("Exclusivity breach resolved: " + r.resolution(), "Schending van exclusiviteit opgelost: " + r.resolution());
        if (e instanceof AgreementSigned a) return s(word(a.kind()) + " signed: " + a.title(), Dutch.kind(a.kind()) + " getekend: " + a.title());
        if (e instanceof AgreementAmended a) return s("Agreement amended: " + a.changes(), "Afspraak gewijzigd: " + a.changes());
        if (e instanceof AgreementRenewed r) return s("Agreement renewed until " + r.newUntil(), "Afspraak verlengd tot " + r.newUntil());
        if (e instanceof AgreementTerminated t) return s("Agreement terminated: " + t.reason(), "Afspraak beëindigd: " + t.reason());
        if (e instanceof DoenWorkRecorded w) return s("Work on " + word(w.part()) + ": " + w.description(), "Gewerkt aan " + Dutch.part(w.part()) + ": " + w.description());
        if (e instanceof ThemeClarified c) return s("Theme " + word(c.theme()) + " " + word(c.status()), "Thema " + Dutch.theme(c.theme()) + ": " + Dutch.status(c.status()));
        if (e instanceof JointStoryRecorded) return s("Joint story recorded", "Gezamenlijk verhaal vastgelegd");
        if (e instanceof MeetingRecorded m) return m.kind() == MeetingKind.GUIDED_SESSION
                ? s("Guided session " + m.sessionNumber() + " with " + m.attendees().size() + " attendees", "Begeleide sessie " + m.sessionNumber() + " met " + m.attendees().size() + " deelnemers")
                : s("Meeting with " + m.attendees().size() + " attendees", "Overleg met " + m.attendees().size() + " deelnemers");
        if (e instanceof DecisionRecorded d) return s("Decision of the " + word(d.body()) + ": " + d.subject(), "Besluit van " + Dutch.body(d.body()) + ": " + d.subject());
        if (e instanceof DocumentAdded d) return s("Document added: " + d.fileName() + " (" + d.mediaType() + ")",
                "Document toegevoegd: " + d.fileName() + " (" + d.mediaType() + ")");
        if (e instanceof DocumentLinked l) return s("Document linked to " + word(l.link().kind()) + " " + l.link().id(),
                "Document gekoppeld aan " + Dutch.linkedRecord(l.link().kind()) + " " + l.link().id());
        if (e instanceof FundingCommitted f) return s(word(f.instrument()) + " of € " + f.amountInEuros().toPlainString() + " committed (" + word(f.source()) + ")",
                Dutch.instrument(f.instrument()) + " van € " + f.amountInEuros().toPlainString() + " toegezegd");
        if (e instanceof FundingPaid p) return s("€ " + p.amountInEuros().toPlainString() + " paid", "€ " + p.amountInEuros().toPlainString() + " uitbetaald");
        if (e instanceof FundingEnded f) return s("Funding ended: " + f.reason(), "Financiering beëindigd: " + f.reason());
        if (e instanceof FundingRefused f) return s("Funding of € " + f.amountInEuros().toPlainString() + " refused: " + f.reason(),
                "Financiering van € " + f.amountInEuros().toPlainString() + " afgewezen: " + f.reason());
        if (e instanceof ExclusivityPeriodEnded x) return s("Exclusivity ran out (it held until " + x.until() + ")", "Exclusiviteit verlopen (gold tot en met " + x.until() + ")");
        if (e instanceof AgreementExpired x) return s("Agreement expired (valid until " + x.until() + ")", "Afspraak verlopen (geldig tot en met " + x.until() + ")");
        if (e instanceof MilestoneDueDatePassed x) return s("Milestone due date " + x.dueDate() + " passed without an outcome", "Mijlpaal niet beoordeeld op de afgesproken datum " + x.dueDate());
        if (e instanceof QuestionAsked q) return s("Question of the " + side(q.askedBy().party().representsMunicipality())
                        + " to the " + side(q.addressedTo().representsMunicipality()) + " (" + word(q.topic()) + "): " + q.question(),
                "Vraag van " + kant(q.askedBy().party().representsMunicipality()) + " aan " + kant(q.addressedTo().representsMunicipality())
                        + " (" + Dutch.topic(q.topic()) + "): " + q.question());
        if (e instanceof QuestionAnswered a) return s("Question answered: " + word(a.status()) + later(a, false)
                        + (a.previousStatus() != null ? " (was: " + word(a.previousStatus()) + ")" : "") + "; mandate: " + a.mandate(),
                "Vraag beantwoord: " + Dutch.answer(a.status()) + later(a, true)
                        + (a.previousStatus() != null ? " (was: " + Dutch.answer(a.previousStatus()) + ")" : "") + "; mandaat: " + a.mandate());
        if (e instanceof QuestionFollowedUp f) return s("A 'later' followed up: " + f.note(), "Een 'ooit' opgevolgd: " + f.note());
        if (e instanceof QuestionWithdrawn w) return s("Question withdrawn: " + w.reason(), "Vraag ingetrokken: " + w.reason());
        if (e instanceof ProcessPhaseRecorded p) return s("Phase of the municipal process: " + word(p.phase()),
                "Fase van het gemeentelijk proces: " + Dutch.phase(p.phase()));
        if (e instanceof GovernmentRolesRecorded g) return s("Government roles taken: " + list(g.roles(), Summaries::word),
                "Overheidsrollen: " + list(g.roles(), Dutch::governmentRole));
        if (e instanceof RouteRecorded r) return s("Route of the cooperation: " + word(r.route()) + " (" + r.decisionReference() + ")",
                "Route van de samenwerking: " + Dutch.route(r.route()) + " (" + r.decisionReference() + ")");
        if (e instanceof MarketApproachRecorded m) return s(
                (m.kind() == MarketApproachKind.TENDER ? "Tender" : "Market consultation") + " started: " + m.description()
                        + (m.exclusivityBreachId() != null ? " (recorded as a breach of exclusivity)" : ""),
                Dutch.marketApproach(m.kind()) + " gestart: " + m.description()
                        + (m.exclusivityBreachId() != null ? " (vastgelegd als schending van de exclusiviteit)" : ""));
        if (e instanceof NeighbourhoodsRecorded n) return s("Neighbourhoods of the case: " + neighbourhoods(n.neighbourhoods()),
                "Buurten van de casus: " + neighbourhoods(n.neighbourhoods()));
        if (e instanceof MunicipalElectionRecorded m) return s("Municipal election held on " + m.electionDate(), "Gemeenteraadsverkiezingen gehouden op " + m.electionDate());
        if (e instanceof CollegeInstalled c) return s("New college installed: mayor and " + c.aldermen().size() + " aldermen", "Nieuw college geïnstalleerd: burgemeester en " + c.aldermen().size() + " wethouders");
        if (e instanceof AldermanDeparted d) return s("An alderman left the college" + (d.successor() != null ? "; a successor joined" : ""),
                "Een wethouder vertrok uit het college" + (d.successor() != null ? "; een opvolger trad aan" : ""));
        if (e instanceof PolicyAdopted p) return s("Policy adopted: " + p.title() + (p.opgroeiruimteIncluded() ? " (includes opgroeiruimte)" : ""),
                "Beleid vastgesteld: " + p.title() + (p.opgroeiruimteIncluded() ? " (met opgroeiruimte)" : ""));
        if (e instanceof NeighbourhoodApproachRecorded a) return s("Approach for " + neighbourhood(a.neighbourhood()) + ": "
                        + word(a.intensity()) + " partnerships" + (a.governmentRoles().isEmpty() ? "" : "; roles " + list(a.governmentRoles(), Summaries::word)),
                "Wijkaanpak voor " + neighbourhood(a.neighbourhood()) + ": " + Dutch.intensity(a.intensity())
                        + (a.governmentRoles().isEmpty() ? "" : "; rollen " + list(a.governmentRoles(), Dutch::governmentRole)));
        if (e instanceof MunicipalityRegistered) return s("Municipality registered in the case file", "Gemeente geregistreerd in het dossier");
        String kind = e.getClass().getSimpleName();
        return s(kind, kind);
    }

    private static String side(boolean municipality) {
        return municipality ? "municipality" : "initiative";
    }

    private static String kant(boolean municipality) {
        return municipality ? "de gemeente" : "het initiatief";
    }

    /** The terms of a "later": when it is expected and on which condition. */
    private static String later(QuestionAnswered a, boolean dutch) {
        String text = "";
        if (a.expectedOn() != null) text += (dutch ? ", verwacht op " : ", expected on ") + a.expectedOn();
        if (a.condition() != null) text += (dutch ? ", als " : ", when ") + a.condition();
        return text;
    }

    private static <T extends Enum<T>> String list(Collection<T> values, Function<T, String> words) {
        return values.stream().sorted().map(words).collect(Collectors.joining(", "));
    }

    /** Names with their CBS code where known: "Assendorp (BU01930101), Schellerpark". */
    static String neighbourhoods(Collection<Neighbourhood> neighbourhoods) {
        return neighbourhoods.stream().map(Summaries::neighbourhood).collect(Collectors.joining(", "));
    }

    static String neighbourhood(Neighbourhood n) {
        if (n.name() == null) return n.code();
        return n.code() == null ? n.name() : n.name() + " (" + n.code() + ")";
    }

    private static Summary s(String en, String nl) {
        return new Summary(truncate(en), truncate(nl));
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    static String word(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
