package nl.opgroeiruimte.casefile.query.timeline;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.ElectionKind;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalReorganisationRecorded;
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
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.work.*;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.springframework.stereotype.Component;

/**
 * One line per fact, in English for the API and in Dutch for the web pages, with the words of
 * {@code messages*.properties} (keys {@code summary.*}). Summaries never contain a person's name: names
 * are looked up when shown, so an erased person disappears from every view.
 */
@Component
public class Summaries {
    private final Labels labels;

    public record Summary(String en, String nl) {}

    public Summaries(Labels labels) {
        this.labels = labels;
    }

    public Summary of(CaseFileEvent e) {
        if (e instanceof OpgroeiruimteRequested r)
            return s("OpgroeiruimteRequested", r.scope().activity(), r.scope().area());
        if (e instanceof OpgroeiruimteGranted g)
            return s(
                    "OpgroeiruimteGranted",
                    g.exclusivity().from(),
                    g.exclusivity().until());
        if (e instanceof CasePaused p) return s("CasePaused", p.reason());
        if (e instanceof CaseResumed) return s("CaseResumed");
        if (e instanceof MaturityDeclared m) return s("MaturityDeclared", m.justification());
        if (e instanceof CaseStopped c)
            return c.stoppedBy() == null
                    ? s("CaseStopped", c.reason())
                    : s(
                            Boolean.TRUE.equals(c.mutual()) ? "CaseStopped.mutual" : "CaseStopped.by",
                            c.stoppedBy(),
                            c.reason());
        if (e instanceof FacilitatorAppointed f) return s("FacilitatorAppointed", f.organisation());
        if (e instanceof FacilitatorReleased) return s("FacilitatorReleased");
        if (e instanceof RoleAssigned r) return s("RoleAssigned", r.role());
        if (e instanceof RoleVacated v) return s("RoleVacated", v.role(), v.reason());
        if (e instanceof RoleHandedOver h)
            return s(h.handover().withoutHandover() ? "RoleHandedOver.withoutHandover" : "RoleHandedOver", h.role());
        if (e instanceof MilestonePlanned p) return s("MilestonePlanned", p.title(), p.dueDate());
        if (e instanceof MilestoneRescheduled r)
            return s("MilestoneRescheduled", r.previousDueDate(), r.newDueDate(), r.reason());
        if (e instanceof MilestoneOutcomeRecorded o)
            return s(
                    o.continuationDelivered() ? "MilestoneOutcomeRecorded.continued" : "MilestoneOutcomeRecorded",
                    o.result());
        if (e instanceof ExclusivityBreached b)
            return b.kind() == null
                    ? s("ExclusivityBreached", b.what())
                    : s("ExclusivityBreached.kind", b.kind(), b.what());
        if (e instanceof ExclusivityBreachResolved r) return s("ExclusivityBreachResolved", r.resolution());
        if (e instanceof AgreementSigned a) return s("AgreementSigned", a.kind(), a.title());
        if (e instanceof AgreementAmended a) return s("AgreementAmended", a.changes());
        if (e instanceof AgreementRenewed r) return s("AgreementRenewed", r.newUntil());
        if (e instanceof AgreementTerminated t)
            return t.oneSided()
                    ? s("AgreementTerminated.oneSided", t.terminatedBy(), t.reason())
                    : s("AgreementTerminated", t.reason());
        if (e instanceof DoenWorkRecorded w) return s("DoenWorkRecorded", w.part(), w.description());
        if (e instanceof ThemeClarified c) return s("ThemeClarified", c.theme(), c.status());
        if (e instanceof JointStoryRecorded) return s("JointStoryRecorded");
        if (e instanceof MeetingRecorded m)
            return m.kind() == MeetingKind.GUIDED_SESSION
                    ? s(
                            "MeetingRecorded.guidedSession",
                            m.sessionNumber(),
                            m.attendees().size())
                    : s("MeetingRecorded", m.attendees().size());
        if (e instanceof DecisionRecorded d) return s("DecisionRecorded", d.body(), d.subject());
        if (e instanceof DocumentAdded d) return s("DocumentAdded", d.fileName(), d.mediaType());
        if (e instanceof DocumentLinked l)
            return s("DocumentLinked", l.link().kind(), l.link().id());
        if (e instanceof FundingCommitted f)
            return f.deliversGuaranteeOf() == null
                    ? s("FundingCommitted", f.instrument(), f.amountInEuros(), f.source())
                    : s(
                            "FundingCommitted.guarantee",
                            f.instrument(),
                            f.amountInEuros(),
                            f.source(),
                            f.deliversGuaranteeOf());
        if (e instanceof FundingPaid p) return s("FundingPaid", p.amountInEuros());
        if (e instanceof FundingEnded f) return s("FundingEnded", f.reason());
        if (e instanceof FundingRefused f) return s("FundingRefused", f.amountInEuros(), f.reason());
        if (e instanceof ExclusivityPeriodEnded x) return s("ExclusivityPeriodEnded", x.until());
        if (e instanceof AgreementExpired x) return s("AgreementExpired", x.until());
        if (e instanceof MilestoneDueDatePassed x) return s("MilestoneDueDatePassed", x.dueDate());
        if (e instanceof DeadlineFactSuperseded x) return new Summary(superseded(x, false), superseded(x, true));
        if (e instanceof QuestionAsked q)
            return s("QuestionAsked", side(q.askedBy().party()), side(q.addressedTo()), q.topic(), q.question());
        if (e instanceof QuestionAnswered a) return new Summary(answered(a, false), answered(a, true));
        if (e instanceof QuestionFollowedUp f) return s("QuestionFollowedUp", f.note());
        if (e instanceof QuestionWithdrawn w) return s("QuestionWithdrawn", w.reason());
        if (e instanceof ProcessPhaseRecorded p) return s("ProcessPhaseRecorded", p.phase());
        if (e instanceof GovernmentRolesRecorded g)
            return new Summary(
                    truncate(labels.en("summary.GovernmentRolesRecorded", list(g.roles(), labels::en))),
                    truncate(labels.nl("summary.GovernmentRolesRecorded", list(g.roles(), labels::nl))));
        if (e instanceof RouteRecorded r) return s("RouteRecorded", r.route(), r.decisionReference());
        if (e instanceof MarketApproachRecorded m)
            return s(
                    m.exclusivityBreachId() != null ? "MarketApproachRecorded.breach" : "MarketApproachRecorded",
                    m.kind(),
                    m.description());
        if (e instanceof NeighbourhoodsRecorded n)
            return s("NeighbourhoodsRecorded", neighbourhoods(n.neighbourhoods()));
        if (e instanceof MunicipalElectionRecorded m)
            return s(
                    m.kind() == ElectionKind.REORGANISATION
                            ? "MunicipalElectionRecorded.reorganisation"
                            : "MunicipalElectionRecorded",
                    m.electionDate());
        if (e instanceof MunicipalReorganisationRecorded r)
            return s(
                    "MunicipalReorganisationRecorded",
                    String.join(
                            ", ",
                            r.formerMunicipalities().stream()
                                    .map(Summaries::municipalityName)
                                    .toList()));
        if (e instanceof CaseMovedToSuccessor c)
            return s("CaseMovedToSuccessor", municipalityName(c.formerMunicipality()), municipalityName(c.successor()));
        if (e instanceof CollegeInstalled c)
            return s("CollegeInstalled", c.aldermen().size());
        if (e instanceof AldermanDeparted d)
            return s(d.successor() != null ? "AldermanDeparted.succeeded" : "AldermanDeparted");
        if (e instanceof PolicyAdopted p)
            return s(p.opgroeiruimteIncluded() ? "PolicyAdopted.opgroeiruimte" : "PolicyAdopted", p.title());
        if (e instanceof NeighbourhoodApproachRecorded a) return new Summary(approach(a, false), approach(a, true));
        if (e instanceof MunicipalityRegistered) return s("MunicipalityRegistered");
        if (e instanceof GuaranteeBudgetDecisionRecorded b) return s("GuaranteeBudgetDecisionRecorded", b.decisionId());
        if (e instanceof ExclusivityExtended x)
            return s("ExclusivityExtended", x.previousUntil(), x.newUntil(), x.reason());
        if (e instanceof MunicipalProcessHeld h) return s("MunicipalProcessHeld", h.process(), h.description());
        if (e instanceof MunicipalProcessReleased r) return s("MunicipalProcessReleased", r.reason());
        // a new event must get its own line here (SummariesCoverEveryEventTest walks every type): no fallback
        throw new IllegalArgumentException(
                "No timeline summary for " + e.getClass().getName());
    }

    /** The side a party is on as the lines name it; a facilitator's bureau counts with the initiative. */
    private static CaseRole.Side side(Party party) {
        return party.representsMunicipality() ? CaseRole.Side.MUNICIPALITY : CaseRole.Side.INITIATIVE;
    }

    private String answered(QuestionAnswered a, boolean dutch) {
        String text = word(dutch, "summary.QuestionAnswered", a.status());
        if (a.expectedOn() != null) text += word(dutch, "summary.QuestionAnswered.expectedOn", a.expectedOn());
        if (a.condition() != null) text += word(dutch, "summary.QuestionAnswered.condition", a.condition());
        if (a.previousStatus() != null) text += word(dutch, "summary.QuestionAnswered.previously", a.previousStatus());
        return truncate(text + word(dutch, "summary.QuestionAnswered.mandate", a.mandate()));
    }

    /** "The milestone was not overdue after 1 May after all: its outcome was recorded as of 26 April". */
    private String superseded(DeadlineFactSuperseded x, boolean dutch) {
        return truncate(word(
                dutch,
                "summary.DeadlineFactSuperseded." + x.deadline().name(),
                x.lastDay(),
                x.supersededBy(),
                x.occurredOn()));
    }

    private String approach(NeighbourhoodApproachRecorded a, boolean dutch) {
        String text =
                word(dutch, "summary.NeighbourhoodApproachRecorded", neighbourhood(a.neighbourhood()), a.intensity());
        if (!a.governmentRoles().isEmpty()) {
            text += word(
                    dutch,
                    "summary.NeighbourhoodApproachRecorded.roles",
                    list(a.governmentRoles(), dutch ? labels::nl : labels::en));
        }
        return truncate(text);
    }

    /** One message in one language; a value of the domain (an enum) becomes its word in that language. */
    private String word(boolean dutch, String key, Object... args) {
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof java.math.BigDecimal amount) words[i] = amount(amount, dutch);
            else words[i] = arg instanceof Enum<?> value ? (dutch ? labels.nl(value) : labels.en(value)) : arg;
        }
        return dutch ? labels.nl(key, words) : labels.en(key, words);
    }

    /** An amount of euros as its language writes it: 25.000 and 12,50 in Dutch, 25,000 and 12.50 in English. */
    public static String amount(java.math.BigDecimal euros, boolean dutch) {
        java.text.NumberFormat format =
                java.text.NumberFormat.getNumberInstance(dutch ? Labels.DUTCH : java.util.Locale.ENGLISH);
        format.setGroupingUsed(true);
        boolean whole = euros.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(euros);
    }

    private Summary s(String event, Object... args) {
        return new Summary(
                truncate(word(false, "summary." + event, args)), truncate(word(true, "summary." + event, args)));
    }

    private static <T extends Enum<T>> String list(Collection<T> values, Function<Enum<?>, String> words) {
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

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    /** A municipality as the reference list names it, with its code: "Uden (GM0856)". */
    private static String municipalityName(String cbsCode) {
        return DutchMunicipalities.nameOf(cbsCode)
                .map(name -> name + " (" + cbsCode + ")")
                .orElse(cbsCode);
    }
}
