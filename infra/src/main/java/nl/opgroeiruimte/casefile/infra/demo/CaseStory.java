package nl.opgroeiruimte.casefile.infra.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ClarifyTheme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;

/**
 * One demo case written as the story of its facts; each method records one command. A fact is
 * recorded on the day it happened unless {@link #recordedOn(LocalDate)} says otherwise for the next one.
 */
final class CaseStory {
    private final DemoRecorder recorder;
    final String caseId;
    final String municipality;
    final String initiative;
    private LocalDate lateRecording;
    private int meetings;

    CaseStory(DemoRecorder recorder, String caseId, String municipality, String initiative) {
        this.recorder = recorder;
        this.caseId = caseId;
        this.municipality = municipality;
        this.initiative = initiative;
    }

    /** The next fact was recorded on this day rather than on the day it happened. */
    CaseStory recordedOn(LocalDate day) {
        lateRecording = day;
        return this;
    }

    private void add(nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand command) {
        if (lateRecording != null) {
            recorder.recordOn(lateRecording, command);
            lateRecording = null;
        } else {
            recorder.record(command);
        }
    }

    /** Sends any command of the case (one without a helper here). */
    CaseStory then(nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand command) {
        add(command);
        return this;
    }

    CaseStory requested(LocalDate on, DemoPerson by, String activity, String area, String motivation) {
        add(new RequestOpgroeiruimte(
                caseId, by.actor(), on, municipality, initiative, new Scope(activity, area), motivation));
        return this;
    }

    CaseStory granted(LocalDate on, DemoPerson by, String activity, String area, LocalDate exclusiveUntil) {
        add(new GrantOpgroeiruimte(
                caseId,
                by.actor(),
                on,
                new Preconditions(true, true),
                new Exclusivity(activity, area, on, exclusiveUntil)));
        return this;
    }

    CaseStory facilitator(LocalDate on, DemoPerson by, DemoPerson facilitator) {
        add(new AppointFacilitator(caseId, by.actor(), on, facilitator.id(), facilitator.organisation()));
        return this;
    }

    CaseStory facilitatorReleased(LocalDate on, DemoPerson by, DemoPerson facilitator, String reason) {
        add(new ReleaseFacilitator(caseId, by.actor(), on, facilitator.id(), reason));
        return this;
    }

    CaseStory role(LocalDate on, DemoPerson by, CaseRole role, DemoPerson holder, String department) {
        add(new AssignRole(caseId, by.actor(), on, role, holder.id(), department));
        return this;
    }

    CaseStory handedOver(
            LocalDate on, DemoPerson by, CaseRole role, DemoPerson successor, String department, String note) {
        add(new HandOverRole(
                caseId, by.actor(), on, role, successor.id(), department, new Handover(note, null, false)));
        return this;
    }

    CaseStory changedHandsWithoutHandover(
            LocalDate on, DemoPerson by, CaseRole role, DemoPerson successor, String department) {
        add(new HandOverRole(caseId, by.actor(), on, role, successor.id(), department, new Handover(null, null, true)));
        return this;
    }

    CaseStory meeting(LocalDate on, DemoPerson by, List<DemoPerson> attendees, String summary, String... topics) {
        add(new RecordMeeting(
                caseId,
                by.actor(),
                on,
                caseId + "-overleg-" + (++meetings),
                MeetingKind.MEETING,
                attendees.stream().map(DemoPerson::attendee).toList(),
                Arrays.asList(topics),
                null,
                summary));
        return this;
    }

    CaseStory session(
            LocalDate on, int number, DemoPerson by, List<DemoPerson> attendees, String summary, String... topics) {
        add(new RecordMeeting(
                caseId,
                by.actor(),
                on,
                caseId + "-sessie-" + number,
                MeetingKind.GUIDED_SESSION,
                attendees.stream().map(DemoPerson::attendee).toList(),
                Arrays.asList(topics),
                number,
                summary));
        return this;
    }

    /** A standing meeting every {@code everyDays} days from {@code from} up to (not including) {@code until}. */
    CaseStory regularMeetings(
            LocalDate from, LocalDate until, int everyDays, DemoPerson by, List<DemoPerson> attendees, String topic) {
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(everyDays)) {
            meeting(day, by, attendees, "Periodiek overleg: voortgang, afspraken en knelpunten.", topic);
        }
        return this;
    }

    CaseStory work(LocalDate on, DemoPerson by, DoenPart part, String description) {
        add(new RecordDoenWork(caseId, by.actor(), on, part, description));
        return this;
    }

    CaseStory theme(LocalDate on, DemoPerson by, Theme theme, ThemeStatus status, String... agreements) {
        add(new ClarifyTheme(caseId, by.actor(), on, theme, status, Arrays.asList(agreements)));
        return this;
    }

    CaseStory milestone(
            LocalDate on,
            DemoPerson by,
            String milestoneId,
            String title,
            LocalDate due,
            DemoPerson municipalOwner,
            DemoPerson initiativeOwner,
            String whatContinues,
            String... means) {
        add(new RecordMilestone(
                caseId,
                by.actor(),
                on,
                milestoneId,
                title,
                due,
                new MilestoneOwners(municipalOwner.id(), initiativeOwner.id()),
                new Guarantee(whatContinues, Arrays.asList(means))));
        return this;
    }

    CaseStory outcome(
            LocalDate on,
            DemoPerson by,
            String milestoneId,
            MilestoneResult result,
            boolean continuationDelivered,
            String evaluation) {
        add(new RecordMilestoneOutcome(caseId, by.actor(), on, milestoneId, result, continuationDelivered, evaluation));
        return this;
    }

    CaseStory agreement(
            LocalDate on,
            DemoPerson by,
            String agreementId,
            AgreementKind kind,
            String title,
            List<Signatory> signatories,
            LocalDate from,
            LocalDate until,
            Set<AgreementTopic> topics,
            String documentReference,
            String summary) {
        add(new SignAgreement(
                caseId,
                by.actor(),
                on,
                agreementId,
                kind,
                title,
                signatories,
                new ValidityPeriod(from, until),
                topics,
                documentReference,
                summary));
        return this;
    }

    CaseStory funding(
            LocalDate on,
            DemoPerson by,
            String fundingId,
            FundingSource source,
            FundingInstrument instrument,
            long euros,
            LocalDate from,
            LocalDate until,
            String decisionReference) {
        add(new CommitFunding(
                caseId,
                by.actor(),
                on,
                fundingId,
                source,
                instrument,
                BigDecimal.valueOf(euros),
                new FundingPeriod(from, until),
                decisionReference));
        return this;
    }

    CaseStory decision(
            LocalDate on, DemoPerson by, String decisionId, DecisionBody body, String subject, String decision) {
        add(new RecordDecision(caseId, by.actor(), on, decisionId, body, subject, decision, null));
        return this;
    }

    CaseStory breach(LocalDate on, DemoPerson by, String breachId, Party committedBy, String what, String source) {
        add(new BreachExclusivity(caseId, by.actor(), on, breachId, committedBy, what, source));
        return this;
    }
}
