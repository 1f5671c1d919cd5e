package nl.opgroeiruimte.casefile.query.indicators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.municipality.NationalElections;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyAdopted;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreachResolved;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityBreached;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingCommitted;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingEnded;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingRefused;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOutcomeRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneRescheduled;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAsked;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionFollowedUp;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionWithdrawn;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleAssigned;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleHandedOver;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleVacated;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CasePaused;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseResumed;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MaturityDeclared;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteGranted;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeClarified;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.ElectionDay;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorContext.PolicyAnchor;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Builds a case file from real kernel events, the way the command side records them: each event gets
 * an id (returned, so a test can check that a reason points at it) and the next sequence number of its
 * stream. {@link #stateOn} folds the case as {@code IndicatorService} does: what happened by the day,
 * in the order it happened, then the order it was recorded.
 */
public final class CaseFileBuilder {
    public static final String MUNICIPALITY = "GM0193";
    public static final String INITIATIVE = "warmte-assendorp";
    public static final Actor CIVIL_SERVANT =
            new Actor("p-anna", Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT);
    public static final Actor BOARD_MEMBER = new Actor("p-cor", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);

    private final String caseId;
    private final List<RecordedEvent> caseEvents = new ArrayList<>();
    private final List<RecordedEvent> municipalityEvents = new ArrayList<>();

    private CaseFileBuilder(String caseId) {
        this.caseId = caseId;
    }

    public static CaseFileBuilder aCase() {
        return new CaseFileBuilder("case-assendorp");
    }

    public static CaseFileBuilder aCase(String caseId) {
        return new CaseFileBuilder(caseId);
    }

    public String caseId() {
        return caseId;
    }

    // ---- the track ----

    public String requested(LocalDate on) {
        return record(new OpgroeiruimteRequested(
                caseId,
                BOARD_MEMBER,
                on,
                MUNICIPALITY,
                INITIATIVE,
                new Scope("collectief warmtenet", "Assendorp"),
                "we willen samen een warmtenet ontwikkelen"));
    }

    /** Granted with two years of exclusivity from the day of the grant. */
    public String granted(LocalDate on) {
        return granted(on, on.plusYears(2).minusDays(1));
    }

    public String granted(LocalDate on, LocalDate exclusivityUntil) {
        return record(new OpgroeiruimteGranted(
                caseId,
                CIVIL_SERVANT,
                on,
                new Preconditions(true, true),
                new Exclusivity("collectief warmtenet", "Assendorp", on, exclusivityUntil)));
    }

    public String paused(LocalDate on) {
        return record(new CasePaused(caseId, CIVIL_SERVANT, on, "wachten op de raadsbehandeling"));
    }

    public String resumed(LocalDate on) {
        return record(new CaseResumed(caseId, CIVIL_SERVANT, on, "de raad heeft besloten"));
    }

    public String matured(LocalDate on) {
        return record(new MaturityDeclared(
                caseId, CIVIL_SERVANT, on, "samenwerkingsovereenkomst getekend, procesbegeleider vertrokken"));
    }

    public String stopped(LocalDate on) {
        return record(new CaseStopped(caseId, CIVIL_SERVANT, on, "partijen lopen te ver uiteen"));
    }

    // ---- people ----

    public String roleAssigned(LocalDate on, CaseRole role, String personId, String department) {
        return record(new RoleAssigned(caseId, CIVIL_SERVANT, on, role, personId, department));
    }

    public String roleVacated(LocalDate on, CaseRole role, String previousHolder) {
        return record(new RoleVacated(caseId, CIVIL_SERVANT, on, role, previousHolder, "vertrokken"));
    }

    public String roleHandedOver(
            LocalDate on,
            CaseRole role,
            String previousHolder,
            String successor,
            String department,
            boolean documented) {
        Handover handover = documented
                ? new Handover("overdrachtsnotitie met alle toezeggingen", null, false)
                : new Handover(null, null, true);
        return record(
                new RoleHandedOver(caseId, CIVIL_SERVANT, on, role, previousHolder, successor, department, handover));
    }

    /** A meeting of a civil servant ({@code p-anna}) and the initiative's chair. */
    public String meeting(LocalDate on) {
        return meeting(on, municipal("p-anna"), initiative("p-cor"));
    }

    public String meeting(LocalDate on, Attendee... attendees) {
        return record(new MeetingRecorded(
                caseId,
                CIVIL_SERVANT,
                on,
                "meeting-" + (caseEvents.size() + 1),
                MeetingKind.MEETING,
                List.of(attendees),
                List.of("voortgang"),
                null,
                "overleg"));
    }

    public static Attendee municipal(String personId) {
        return new Attendee(personId, Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT);
    }

    public static Attendee initiative(String personId) {
        return new Attendee(personId, Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);
    }

    // ---- milestones ----

    public String milestonePlanned(LocalDate on, String milestoneId, LocalDate due) {
        return record(new MilestonePlanned(
                caseId,
                CIVIL_SERVANT,
                on,
                milestoneId,
                "haalbaarheidsstudie " + milestoneId,
                due,
                new MilestoneOwners("p-anna", "p-cor"),
                new Guarantee("procesfinanciering voor de planontwikkeling", List.of("€ 40.000 procesgeld"))));
    }

    /** A milestone whose guarantee is backed by money: {@code amount} euros once it is met. */
    public String milestonePlannedWithMoney(LocalDate on, String milestoneId, LocalDate due, String amount) {
        return record(new MilestonePlanned(
                caseId,
                CIVIL_SERVANT,
                on,
                milestoneId,
                "haalbaarheidsstudie " + milestoneId,
                due,
                new MilestoneOwners("p-anna", "p-cor"),
                new Guarantee(
                        "procesfinanciering voor de planontwikkeling",
                        List.of("€ " + amount + " procesgeld"),
                        List.of("haalbaarheidsstudie door beide partijen aanvaard"),
                        new BigDecimal(amount),
                        null)));
    }

    public String milestoneRescheduled(LocalDate on, String milestoneId, LocalDate previousDue, LocalDate newDue) {
        return record(new MilestoneRescheduled(
                caseId, CIVIL_SERVANT, on, milestoneId, previousDue, newDue, "netbeheerder vertraagd"));
    }

    public String milestoneDecided(
            LocalDate on, String milestoneId, MilestoneResult result, Boolean continuationDelivered) {
        return record(new MilestoneOutcomeRecorded(
                caseId, CIVIL_SERVANT, on, milestoneId, result, continuationDelivered, "geëvalueerd"));
    }

    /** The case file records that the due date passed without an outcome (the day after it). */
    public String dueDatePassed(String milestoneId, LocalDate due) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed(
                caseId,
                nl.opgroeiruimte.casefile.kernel.common.SystemActor.CASE_FILE,
                due.plusDays(1),
                milestoneId,
                due));
    }

    /** The case file records that a later fact, of {@code on}, made the milestone's overdue untrue. */
    public String overdueSuperseded(LocalDate on, String milestoneId, LocalDate due) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded(
                caseId,
                nl.opgroeiruimte.casefile.kernel.common.SystemActor.CASE_FILE,
                on,
                nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind.MILESTONE_DUE,
                milestoneId,
                due,
                nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact.MILESTONE_OUTCOME_RECORDED));
    }

    // ---- exclusivity ----

    public String breached(LocalDate on, String breachId) {
        return record(new ExclusivityBreached(
                caseId,
                BOARD_MEMBER,
                on,
                breachId,
                Party.municipality(MUNICIPALITY),
                "marktconsultatie warmtenet Assendorp",
                "aankondiging op TenderNed"));
    }

    public String exclusivityExtended(LocalDate on, LocalDate previousUntil, LocalDate newUntil) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ExclusivityExtended(
                caseId, CIVIL_SERVANT, on, previousUntil, newUntil, "warmtewet vertraagd"));
    }

    /** The municipality puts its tender on hold for the case ("pauzeknop"). */
    public String processHeld(LocalDate on, String holdId) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessHeld(
                caseId,
                CIVIL_SERVANT,
                on,
                holdId,
                nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind.TENDER,
                "aanbesteding warmtebedrijf Assendorp",
                "B&W " + holdId));
    }

    public String processReleased(LocalDate on, String holdId) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.process.MunicipalProcessReleased(
                caseId, CIVIL_SERVANT, on, holdId, "coöperatie koos zelf een warmtebedrijf"));
    }

    public String breachResolved(LocalDate on, String breachId) {
        return record(
                new ExclusivityBreachResolved(caseId, CIVIL_SERVANT, on, breachId, "marktconsultatie ingetrokken"));
    }

    // ---- agreements ----

    public String agreementSigned(
            LocalDate on, String agreementId, AgreementKind kind, LocalDate from, LocalDate until) {
        List<Signatory> signatories = kind.isMutual()
                ? List.of(
                        new Signatory("p-wethouder", Party.municipality(MUNICIPALITY), "collegebesluit"),
                        new Signatory("p-cor", Party.initiative(INITIATIVE), "bestuur"))
                : List.of(new Signatory("p-wethouder", Party.municipality(MUNICIPALITY), "collegebesluit"));
        return record(new AgreementSigned(
                caseId,
                CIVIL_SERVANT,
                on,
                agreementId,
                kind,
                kind.name().toLowerCase() + " " + agreementId,
                signatories,
                new ValidityPeriod(from, until),
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                "doc-" + agreementId,
                "afspraken over rollen"));
    }

    public String agreementRenewed(LocalDate on, String agreementId, LocalDate previousUntil, LocalDate newUntil) {
        return record(new AgreementRenewed(
                caseId,
                CIVIL_SERVANT,
                on,
                agreementId,
                previousUntil,
                newUntil,
                "doc-" + agreementId + "-2",
                List.of(
                        new Signatory("p-wethouder", Party.municipality(MUNICIPALITY), "collegebesluit"),
                        new Signatory("p-cor", Party.initiative(INITIATIVE), "bestuur"))));
    }

    public String agreementTerminated(LocalDate on, String agreementId) {
        return record(new AgreementTerminated(caseId, CIVIL_SERVANT, on, agreementId, "opgezegd"));
    }

    /** Terminated by one side, without the other agreeing. */
    public String agreementTerminatedBy(
            LocalDate on, String agreementId, nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide side) {
        return record(
                new AgreementTerminated(caseId, CIVIL_SERVANT, on, agreementId, "eenzijdig opgezegd", side, false));
    }

    // ---- themes and funding ----

    public String themeClarified(LocalDate on, Theme theme, ThemeStatus status) {
        return record(new ThemeClarified(
                caseId,
                CIVIL_SERVANT,
                on,
                theme,
                status,
                List.of("afspraak over " + theme.name().toLowerCase())));
    }

    public String fundingCommitted(LocalDate on, String fundingId, LocalDate from, LocalDate until) {
        return record(new FundingCommitted(
                caseId,
                CIVIL_SERVANT,
                on,
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                new BigDecimal("40000"),
                new FundingPeriod(from, until),
                "besluit-" + fundingId));
    }

    /** Funding committed as what delivers the guarantee of {@code milestoneId}. */
    public String fundingCommittedFor(LocalDate on, String fundingId, String milestoneId) {
        return record(new FundingCommitted(
                caseId,
                CIVIL_SERVANT,
                on,
                fundingId,
                FundingSource.MUNICIPAL,
                FundingInstrument.PROCESS_FINANCING,
                new BigDecimal("40000"),
                new FundingPeriod(on, on.plusYears(1)),
                "besluit-" + fundingId,
                milestoneId));
    }

    public String fundingEnded(LocalDate on, String fundingId) {
        return record(new FundingEnded(caseId, CIVIL_SERVANT, on, fundingId, "middelen anders verdeeld"));
    }

    public String fundingRefused(LocalDate on, String fundingId) {
        return record(new FundingRefused(
                caseId,
                CIVIL_SERVANT,
                on,
                fundingId,
                FundingSource.PROVINCIAL,
                FundingInstrument.SUBSIDY,
                new BigDecimal("25000"),
                "regeling uitgeput"));
    }

    // ---- questions: now, later or never ----

    /** The initiative asks the municipality about land. */
    public String questionAsked(LocalDate on, String questionId) {
        return record(new QuestionAsked(
                caseId,
                BOARD_MEMBER,
                on,
                questionId,
                BOARD_MEMBER,
                Party.municipality(MUNICIPALITY),
                QuestionTopic.LAND,
                "mogen we de gemeentegrond aan de Assendorperstraat gebruiken?"));
    }

    /** The municipality asks the initiative for data. */
    public String questionAskedByMunicipality(LocalDate on, String questionId) {
        return record(new QuestionAsked(
                caseId,
                CIVIL_SERVANT,
                on,
                questionId,
                CIVIL_SERVANT,
                Party.initiative(INITIATIVE),
                QuestionTopic.DATA,
                "hoeveel huishoudens hebben zich aangemeld?"));
    }

    /** The municipality answers "later", expected on the day given (null: only on a condition). */
    public String answeredLater(LocalDate on, String questionId, LocalDate expectedOn, AnswerStatus previous) {
        return record(new QuestionAnswered(
                caseId,
                CIVIL_SERVANT,
                on,
                questionId,
                CIVIL_SERVANT,
                AnswerStatus.LATER,
                "het bestemmingsplan staat het nog niet toe",
                "mandaat teamleider",
                expectedOn,
                expectedOn == null ? "zodra het omgevingsplan is vastgesteld" : null,
                previous));
    }

    /** The municipality answers "now" or "never". */
    public String answered(LocalDate on, String questionId, AnswerStatus status, AnswerStatus previous) {
        return record(new QuestionAnswered(
                caseId,
                CIVIL_SERVANT,
                on,
                questionId,
                CIVIL_SERVANT,
                status,
                "afgewogen in het college",
                "collegebesluit",
                null,
                null,
                previous));
    }

    public String followedUp(LocalDate on, String questionId) {
        return record(new QuestionFollowedUp(caseId, BOARD_MEMBER, on, questionId, "nagevraagd bij de wethouder"));
    }

    public String questionWithdrawn(LocalDate on, String questionId) {
        return record(new QuestionWithdrawn(caseId, BOARD_MEMBER, on, questionId, "niet meer nodig"));
    }

    // ---- the municipality ----

    public String electionRecorded(LocalDate resultOn, LocalDate electionDate) {
        return recordForMunicipality(new MunicipalElectionRecorded(
                MUNICIPALITY,
                CIVIL_SERVANT,
                resultOn,
                electionDate,
                NationalElections.isNationalElectionDay(electionDate),
                List.of()));
    }

    public String policyAdopted(LocalDate on, boolean opgroeiruimteIncluded) {
        return recordForMunicipality(new PolicyAdopted(
                MUNICIPALITY,
                CIVIL_SERVANT,
                on,
                "policy-" + on,
                PolicyKind.POLICY_DOCUMENT,
                "Transitievisie Warmte",
                AdoptingBody.COUNCIL,
                opgroeiruimteIncluded,
                null,
                "raadsbesluit " + on));
    }

    public String decided(LocalDate on, String decisionId, String subject, String decision) {
        return record(new nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionRecorded(
                caseId,
                CIVIL_SERVANT,
                on,
                decisionId,
                nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody.COLLEGE,
                subject,
                decision,
                "collegebesluit " + on));
    }

    public String collegeInstalled(LocalDate on, String collegeId, String aldermanId) {
        return recordForMunicipality(new nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled(
                MUNICIPALITY,
                CIVIL_SERVANT,
                on,
                collegeId,
                new nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember(
                        "p-burgemeester", List.of("openbare orde"), null),
                List.of(new nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember(
                        aldermanId, List.of("energietransitie"), "GroenLinks"))));
    }

    /** The case's events in the order they happened, as the read side folds them. */
    public List<RecordedEvent> caseEventsInOccurrenceOrder() {
        return caseEvents.stream()
                .sorted(Comparator.comparing(RecordedEvent::occurredOn).thenComparingLong(RecordedEvent::sequence))
                .toList();
    }

    public List<RecordedEvent> municipalityEvents() {
        return List.copyOf(municipalityEvents);
    }

    // ---- reading back ----

    /** The case as the world stood at the end of the day. */
    public CaseFileState stateOn(LocalDate day) {
        CaseFileState state = new CaseFileState();
        caseEvents.stream()
                .filter(e -> !e.occurredOn().isAfter(day))
                .sorted(Comparator.comparing(RecordedEvent::occurredOn).thenComparingLong(RecordedEvent::sequence))
                .forEach(state::apply);
        return state;
    }

    /** What a rule sees on the day: no election near, no policy, the default thresholds. */
    public IndicatorContext contextOn(LocalDate day) {
        return contextOn(day, List.of(), null);
    }

    public IndicatorContext contextOn(LocalDate day, List<ElectionDay> elections, PolicyAnchor policy) {
        return new IndicatorContext(
                stateOn(day), day, elections, policy, IndicatorDefaults.thresholds(), Labels.standalone());
    }

    /** Stores every event as the command side would, one stream for the case and one for its municipality. */
    public void publishTo(EventStore store) {
        store.publish(messages("Partnership", caseEvents));
        if (!municipalityEvents.isEmpty()) store.publish(messages("Municipality", municipalityEvents));
    }

    private static List<GenericDomainEventMessage<?>> messages(String type, List<RecordedEvent> events) {
        return events.stream()
                .<GenericDomainEventMessage<?>>map(e -> new GenericDomainEventMessage<>(
                        type, e.aggregateId(), e.sequence(), e.payload(), Map.of(), e.eventId(), e.recordedAt()))
                .toList();
    }

    private String record(CaseFileEvent payload) {
        return append(caseEvents, caseId, "e", payload);
    }

    private String recordForMunicipality(CaseFileEvent payload) {
        return append(municipalityEvents, MunicipalityCommand.streamId(MUNICIPALITY), "m", payload);
    }

    private static String append(List<RecordedEvent> stream, String aggregateId, String prefix, CaseFileEvent payload) {
        long sequence = stream.size();
        String eventId = prefix + (sequence + 1) + "-" + RecordedEvent.kindOf(payload.getClass());
        // recorded on the day it happened; late recording plays no part in the indicators
        Instant recordedAt =
                payload.occurredOn().atTime(12, 0).toInstant(ZoneOffset.UTC).plusSeconds(sequence);
        stream.add(new RecordedEvent(eventId, aggregateId, sequence, recordedAt, payload));
        return eventId;
    }

    // ---- any event, for the rules of guarantees, aldermen, stops and breaches ----

    /** Records an event of the case as given; returns its id. */
    public String recorded(CaseFileEvent payload) {
        return record(payload);
    }

    /** Records an event of the case's municipality as given; returns its id. */
    public String recordedForMunicipality(CaseFileEvent payload) {
        return recordForMunicipality(payload);
    }
}
