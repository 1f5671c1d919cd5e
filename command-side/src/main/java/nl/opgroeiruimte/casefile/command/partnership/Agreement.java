package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.AGREEMENT_ENDED;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.MUTUAL_AGREEMENT_NEEDS_BOTH_SIDES;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.ONE_SIDED_AGREEMENT_NEEDS_MUNICIPALITY;
import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.RENEWAL_NOT_LATER;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementAmended;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTerminated;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

/**
 * An agreement of the case, from the day it was signed: amended, renewed or terminated while it is in
 * force; its end date passes by itself.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class Agreement {
    @EntityId
    private final String agreementId;

    private final AgreementKind kind;
    private final LocalDate signedOn;
    private CaseParties parties;
    private ValidityPeriod validity;
    private LocalDate terminatedOn;
    private boolean expired;

    private Agreement() {
        this(null, null, null, null, null);
    }

    Agreement(
            String agreementId, AgreementKind kind, LocalDate signedOn, ValidityPeriod validity, CaseParties parties) {
        this.agreementId = agreementId;
        this.kind = kind;
        this.signedOn = signedOn;
        this.validity = validity;
        this.parties = parties;
    }

    @CommandHandler
    void handle(AmendAgreement cmd) {
        requireInForceOn(cmd.occurredOn());
        requireSignatories(parties, kind, cmd.signatories());
        apply(new AgreementAmended(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                agreementId,
                cmd.changes(),
                cmd.topics(),
                cmd.documentReference(),
                cmd.signatories()));
    }

    @CommandHandler
    void handle(RenewAgreement cmd, DeadlineManager deadlines, Clock clock) {
        requireInForceOn(cmd.occurredOn());
        LocalDate until = validity.until();
        if (until == null || !cmd.newUntil().isAfter(until)) {
            throw RENEWAL_NOT_LATER.violatedOn(
                    "newUntil",
                    until == null
                            ? "The agreement has no end date, so there is nothing to renew"
                            : "A renewal extends the agreement beyond its current end, %s".formatted(until));
        }
        requireSignatories(parties, kind, cmd.signatories());
        boolean recordedExpired = expired;
        apply(new AgreementRenewed(
                cmd.caseId(),
                cmd.actor(),
                cmd.occurredOn(),
                agreementId,
                until,
                cmd.newUntil(),
                cmd.documentReference(),
                cmd.signatories()));
        // renewed on or before its end (a renewal is never dated after it), so it never expired then
        if (recordedExpired)
            apply(superseded(cmd.caseId(), cmd.occurredOn(), until, SupersedingFact.AGREEMENT_RENEWED));
        TimeLimits.schedule(deadlines, clock, TimeLimits.AGREEMENT_EXPIRES, agreementId, cmd.newUntil());
    }

    @CommandHandler
    void handle(TerminateAgreement cmd) {
        requireInForceOn(cmd.occurredOn());
        boolean recordedExpired = expired;
        Boolean mutual = Require.mutualWhenBoth(cmd.terminatedBy(), cmd.mutual());
        apply(new AgreementTerminated(
                cmd.caseId(), cmd.actor(), cmd.occurredOn(), agreementId, cmd.reason(), cmd.terminatedBy(), mutual));
        // terminated on or before its end: it ended by the termination, not by expiring
        if (recordedExpired) {
            apply(superseded(cmd.caseId(), cmd.occurredOn(), validity.until(), SupersedingFact.AGREEMENT_TERMINATED));
        }
    }

    private DeadlineFactSuperseded superseded(String caseId, LocalDate day, LocalDate lastDay, SupersedingFact by) {
        return new DeadlineFactSuperseded(
                caseId, SystemActor.CASE_FILE, day, DeadlineKind.AGREEMENT_EXPIRES, agreementId, lastDay, by);
    }

    /** The end this agreement was recorded expired after, if it expired after {@code day}. */
    LocalDate expiredAfter(LocalDate day) {
        return expired && terminatedOn == null && !validity.until().isBefore(day) ? validity.until() : null;
    }

    /**
     * Who signs: parties of the case (a facilitator's bureau may co-sign); a mutual agreement both sides,
     * a one-sided act at least the municipality.
     */
    static void requireSignatories(CaseParties parties, AgreementKind kind, List<Signatory> signatories) {
        for (int i = 0; i < signatories.size(); i++) {
            parties.requireParty(
                    "signatories[" + i + "].party", signatories.get(i).party(), true);
        }
        boolean municipal = signatories.stream().anyMatch(s -> s.party().representsMunicipality());
        boolean civic = signatories.stream().anyMatch(s -> s.party().representsInitiative());
        if (kind.isMutual() && !(municipal && civic)) {
            throw MUTUAL_AGREEMENT_NEEDS_BOTH_SIDES.violatedOn(
                    "signatories", "A %s is signed by both the municipality and the initiative", kind);
        }
        if (!kind.isMutual() && !municipal) {
            throw ONE_SIDED_AGREEMENT_NEEDS_MUNICIPALITY.violatedOn(
                    "signatories", "A %s is an act of the municipality and needs its signatory", kind);
        }
    }

    /** A structural agreement in force on the day anchors a mature partnership. */
    boolean anchorsOn(LocalDate day) {
        return kind.isStructural() && validity.coversDay(day) && (terminatedOn == null || day.isBefore(terminatedOn));
    }

    /** The deadline set for this last day still finds the agreement running until then. */
    boolean expiresAfter(LocalDate lastDay) {
        return !expired && terminatedOn == null && lastDay.equals(validity.until());
    }

    private void requireInForceOn(LocalDate day) {
        Require.notBefore(day, signedOn, "the agreement was signed");
        if (terminatedOn != null) {
            throw AGREEMENT_ENDED.violatedOn(
                    "agreementId", "Agreement %s was terminated on %s", agreementId, terminatedOn);
        }
        if (validity.until() != null && day.isAfter(validity.until())) {
            throw AGREEMENT_ENDED.violatedOn(
                    "agreementId", "Agreement %s expired on %s", agreementId, validity.until());
        }
    }

    @EventSourcingHandler
    void on(AgreementRenewed e) {
        validity = new ValidityPeriod(validity.from(), e.newUntil());
        expired = false;
    }

    @EventSourcingHandler
    void on(AgreementTerminated e) {
        terminatedOn = e.occurredOn();
    }

    @EventSourcingHandler
    void on(AgreementExpired e) {
        expired = true;
    }

    /** A reorganisation moved the case: the successor is the case's municipality from now on. */
    void movedTo(CaseParties successor) {
        parties = successor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agreement other
                && Objects.equals(agreementId, other.agreementId)
                && kind == other.kind
                && Objects.equals(signedOn, other.signedOn)
                && Objects.equals(parties, other.parties)
                && Objects.equals(validity, other.validity)
                && Objects.equals(terminatedOn, other.terminatedOn)
                && expired == other.expired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, kind, signedOn, parties, validity, terminatedOn, expired);
    }
}
