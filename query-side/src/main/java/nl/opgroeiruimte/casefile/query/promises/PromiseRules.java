package nl.opgroeiruimte.casefile.query.promises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileEvent;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseStopped;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MaturityDeclared;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.AgreementState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.AnswerState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.BreachState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.DecisionState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.ExclusivityExtension;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.FundingState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.MilestoneState;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.ProcessHold;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState.QuestionState;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;

/**
 * Every promise of a case and its status on a day, decided in this one place by the rules of
 * docs/promises.md (each rule's id is in the answer). The input is the case's events in the order they
 * happened; only those that happened by the day are folded, so a ledger as of a past date is exact and a
 * fact recorded late counts from the day it happened (docs/as-of-design.md, "as known now").
 */
public final class PromiseRules {
    private PromiseRules() {}

    /** A promise before names and colleges are attached, made by {@code maker} in the event {@code made}. */
    public record Found(
            String promiseId,
            Actor maker,
            String kind,
            String form,
            String subject,
            RecordedEvent made,
            LocalDate dueOn,
            String status,
            LocalDate statusSince,
            String rule,
            List<String> eventIds) {}

    private record Status(String status, LocalDate since, String rule, List<String> proof) {
        static Status of(String status, LocalDate since, String rule, String... proof) {
            return new Status(status, since, rule, List.of(proof));
        }
    }

    public static List<Found> promisesOn(List<RecordedEvent> eventsInOccurrenceOrder, LocalDate day) {
        CaseFileState s = new CaseFileState();
        Map<String, RecordedEvent> byId = new HashMap<>();
        RecordedEvent closing = null;
        for (RecordedEvent e : eventsInOccurrenceOrder) {
            if (e.occurredOn() != null && e.occurredOn().isAfter(day)) break;
            s.apply(e);
            byId.put(e.eventId(), e);
            if (e.payload() instanceof CaseStopped || e.payload() instanceof MaturityDeclared) closing = e;
        }
        List<Found> found = new ArrayList<>();
        if (s.caseId == null) return found;
        if (s.grantEventId != null) grant(s, byId.get(s.grantEventId), closing, day, found);
        if (s.exclusivity != null) {
            for (ExclusivityExtension ext : s.exclusivityExtensions) {
                Exclusivity extended = new Exclusivity(
                        s.exclusivity.activity(),
                        s.exclusivity.area(),
                        ext.previousUntil().plusDays(1),
                        ext.newUntil());
                Status status = exclusivity(s, extended, closing, day);
                if (status.status().equals("open")) status = Status.of("open", ext.on(), "exclusivity-running");
                found.add(found(
                        "exclusivity-extension:" + ext.eventId(),
                        "exclusivity-extension",
                        "exclusivity",
                        extended.activity() + ", " + extended.area() + ": until " + ext.newUntil() + " (was "
                                + ext.previousUntil() + "), " + ext.reason(),
                        byId.get(ext.eventId()),
                        ext.newUntil(),
                        status,
                        List.of(ext.eventId())));
            }
        }
        for (ProcessHold hold : s.processHolds.values()) {
            found.add(found(
                    "process-hold:" + hold.holdId,
                    "process-hold",
                    "exclusivity",
                    hold.process.name().toLowerCase() + ": " + hold.description,
                    byId.get(hold.eventIds.get(0)),
                    null,
                    processHold(s, hold),
                    hold.eventIds));
        }
        for (MilestoneState m : s.milestones.values()) {
            if (m.guarantee == null) continue;
            Status status = guarantee(m, s, closing, day);
            found.add(found(
                    "guarantee:" + m.milestoneId,
                    "guarantee",
                    "certainty",
                    m.title + ": " + m.guarantee.whatContinues(),
                    byId.get(m.eventIds.get(0)),
                    m.dueDate,
                    status,
                    m.eventIds));
        }
        for (FundingState f : s.funding.values()) {
            if (f.refused) continue;
            found.add(found(
                    "funding:" + f.fundingId,
                    "funding",
                    "money",
                    f.instrument.name().toLowerCase().replace('_', '-') + " " + euros(f.amountInEuros) + " ("
                            + f.source.name().toLowerCase().replace('_', '-') + ")",
                    byId.get(f.eventIds.get(0)),
                    f.period == null ? null : f.period.until(),
                    funding(f, day, byId),
                    f.eventIds));
        }
        for (AgreementState a : s.agreements.values()) {
            found.add(found(
                    "agreement:" + a.agreementId,
                    "agreement",
                    "certainty",
                    a.title,
                    byId.get(a.eventIds.get(0)),
                    a.validity.until(),
                    agreement(a, day),
                    a.eventIds));
        }
        for (QuestionState q : s.questions.values()) {
            for (int i = 0; i < q.answers.size(); i++) {
                AnswerState answer = q.answers.get(i);
                if (answer.status != AnswerStatus.LATER) continue;
                AnswerState next = i + 1 < q.answers.size() ? q.answers.get(i + 1) : null;
                found.add(found(
                        "later:" + answer.eventId,
                        "later",
                        "certainty",
                        q.question,
                        byId.get(answer.eventId),
                        answer.expectedOn,
                        later(q, answer, next, day),
                        List.of(q.askedEventId)));
            }
        }
        for (DecisionState d : s.decisions) {
            found.add(found(
                    "decision:" + d.decisionId(),
                    "decision",
                    "certainty",
                    d.subject() + ": " + d.decision(),
                    byId.get(d.eventId()),
                    null,
                    decision(s, d),
                    List.of()));
        }
        return found;
    }

    private static void grant(
            CaseFileState s, RecordedEvent made, RecordedEvent closing, LocalDate day, List<Found> found) {
        Exclusivity x = s.exclusivity;
        String scope = x.activity() + ", " + x.area();
        // the grant itself: opgroeiruimte offered, kept when the partnership matured (001, 004)
        Status grant = switch (s.status) {
            case MATURE -> Status.of("kept", s.closedOn, "grant-matured", closing.eventId());
            case STOPPED -> Status.of("withdrawn", s.closedOn, "grant-stopped", closing.eventId());
            default -> Status.of("open", s.grantedOn, "grant-running");
        };
        found.add(found("grant:" + s.caseId, "grant", null, "Opgroeiruimte: " + scope, made, null, grant, List.of()));
        found.add(found(
                "grant-time:" + s.caseId,
                "grant-time",
                "time",
                "Tijd tot " + x.until() + " om te groeien: " + scope,
                made,
                x.until(),
                time(s, x, closing, day),
                List.of()));
        found.add(found(
                "grant-exclusivity:" + s.caseId,
                "grant-exclusivity",
                "exclusivity",
                "Exclusiviteit " + x.from() + " – " + x.until() + ": " + scope,
                made,
                x.until(),
                exclusivity(s, x, closing, day),
                s.exclusivityEndEventId == null ? List.of() : List.of(s.exclusivityEndEventId)));
    }

    /** The time granted runs until the exclusivity's end; a stop before that takes it back. */
    static Status time(CaseFileState s, Exclusivity x, RecordedEvent closing, LocalDate day) {
        if (s.status == CaseFileState.Status.STOPPED && !s.closedOn.isAfter(x.until()))
            return Status.of("withdrawn", s.closedOn, "time-stopped-early", closing.eventId());
        if (s.status == CaseFileState.Status.MATURE && !s.closedOn.isAfter(x.until()))
            return Status.of("kept", s.closedOn, "time-matured", closing.eventId());
        if (day.isAfter(x.until())) return Status.of("kept", x.until().plusDays(1), "time-given");
        return Status.of("open", x.from(), "time-running");
    }

    /** Exclusivity is broken by any breach within its period, whoever committed it and whether resolved later. */
    static Status exclusivity(CaseFileState s, Exclusivity x, RecordedEvent closing, LocalDate day) {
        List<BreachState> breaches = s.breaches.values().stream()
                .filter(b -> x.coversDay(b.occurredOn))
                .toList();
        if (!breaches.isEmpty()) {
            return new Status(
                    "broken",
                    breaches.get(0).occurredOn,
                    "exclusivity-breached",
                    breaches.stream().flatMap(b -> b.eventIds.stream()).toList());
        }
        if (s.status == CaseFileState.Status.STOPPED && !s.closedOn.isAfter(x.until()))
            return Status.of("withdrawn", s.closedOn, "exclusivity-stopped-early", closing.eventId());
        if (day.isAfter(x.until())) return Status.of("kept", x.until().plusDays(1), "exclusivity-respected");
        return Status.of("open", x.from(), "exclusivity-running");
    }

    /**
     * A municipal process put on hold for the case ("pauzeknop", 001) is the municipality's promise not to go
     * on with it meanwhile: broken by a breach the municipality committed while it was on hold, kept by its
     * release, else open.
     */
    static Status processHold(CaseFileState s, ProcessHold hold) {
        List<BreachState> breaches = s.breaches.values().stream()
                .filter(b -> b.committedBy != null && b.committedBy.municipality() != null)
                .filter(b -> !b.occurredOn.isBefore(hold.heldOn)
                        && (hold.releasedOn == null || b.occurredOn.isBefore(hold.releasedOn)))
                .toList();
        if (!breaches.isEmpty()) {
            return new Status(
                    "broken",
                    breaches.get(0).occurredOn,
                    "hold-breached",
                    breaches.stream().flatMap(b -> b.eventIds.stream()).toList());
        }
        if (hold.releasedOn != null)
            return Status.of("kept", hold.releasedOn, "hold-released", hold.eventIds.get(hold.eventIds.size() - 1));
        return Status.of("open", hold.heldOn, "hold-running");
    }

    /**
     * A guarantee at a milestone (001, piketpaaltjes): kept when met and continued, broken when met without.
     * A guarantee backed by money is continued only by the funding linked to it, committed by the day (as
     * the met-without-continuation indicator clears): other funding of the case does not keep it.
     */
    static Status guarantee(MilestoneState m, CaseFileState s, RecordedEvent closing, LocalDate day) {
        String outcome = m.eventIds.get(m.eventIds.size() - 1);
        // met or partly met: the guarantee applies, as for the met-without-continuation indicator
        if ((m.result == MilestoneResult.MET || m.result == MilestoneResult.PARTLY_MET) && m.guaranteeBackedByMoney()) {
            FundingState linked = m.deliveringFunding.stream()
                    .map(s.funding::get)
                    .filter(f -> f != null && !f.refused)
                    .min(Comparator.comparing(f -> f.recordedOn))
                    .orElse(null);
            if (linked == null) return Status.of("broken", m.decidedOn, "met-without-continuation", outcome);
            LocalDate since = linked.recordedOn.isAfter(m.decidedOn) ? linked.recordedOn : m.decidedOn;
            return new Status("kept", since, "guarantee-funded", List.of(outcome, linked.eventIds.get(0)));
        }
        if (m.result == MilestoneResult.MET || m.result == MilestoneResult.PARTLY_MET) {
            return Boolean.TRUE.equals(m.continuationDelivered)
                    ? Status.of("kept", m.decidedOn, "guarantee-continued", outcome)
                    : Status.of("broken", m.decidedOn, "met-without-continuation", outcome);
        }
        if (m.result != null) return Status.of("expired", m.decidedOn, "guarantee-condition-not-met", outcome);
        if (closing != null && closing.payload() instanceof CaseStopped)
            return Status.of("withdrawn", closing.occurredOn(), "guarantee-case-stopped", closing.eventId());
        return Status.of("open", m.plannedOn, m.dueDate.isBefore(day) ? "guarantee-overdue" : "guarantee-pending");
    }

    /** Funding committed is kept when paid in full or when it ran its period; ended before both, it is broken. */
    static Status funding(FundingState f, LocalDate day, Map<String, RecordedEvent> byId) {
        boolean paidInFull = f.paidInEuros.compareTo(f.amountInEuros) >= 0;
        String last = f.eventIds.get(f.eventIds.size() - 1);
        if (f.endedOn != null) {
            boolean ranItsPeriod = f.period != null && !f.endedOn.isBefore(f.period.until());
            return paidInFull || ranItsPeriod
                    ? Status.of("kept", f.endedOn, "funding-delivered", last)
                    : Status.of("broken", f.endedOn, "funding-ended-early", last);
        }
        if (paidInFull) return Status.of("kept", byId.get(last).occurredOn(), "funding-paid-in-full", last);
        if (f.period != null && day.isAfter(f.period.until()))
            return Status.of("expired", f.period.until().plusDays(1), "funding-period-over");
        return Status.of("open", f.recordedOn, "funding-running");
    }

    /** An agreement holds while in force; it expires at the end of its validity, and is withdrawn when terminated. */
    static Status agreement(AgreementState a, LocalDate day) {
        String last = a.eventIds.get(a.eventIds.size() - 1);
        if (a.terminatedOn != null && !day.isBefore(a.terminatedOn)) {
            // one side ended it without the other: still withdrawn, but the rule says so (one-sided-termination)
            boolean oneSided = a.terminatedBy != null
                    && a.terminatedBy != ActingSide.BOTH
                    && !Boolean.TRUE.equals(a.terminatedMutually);
            return Status.of(
                    "withdrawn",
                    a.terminatedOn,
                    oneSided
                            ? "agreement-terminated-by-" + a.terminatedBy.name().toLowerCase()
                            : "agreement-terminated",
                    last);
        }
        if (a.validity.until() != null && day.isAfter(a.validity.until()))
            return Status.of("expired", a.validity.until().plusDays(1), "agreement-expired");
        return Status.of("open", a.signedOn, "agreement-in-force");
    }

    /**
     * A "later" is a promise to come back with an answer by its date (002, Les 4): kept by a next answer,
     * superseded by a new "later", broken when its date passes with neither, withdrawn with the question.
     */
    static Status later(QuestionState q, AnswerState later, AnswerState next, LocalDate day) {
        if (next != null) {
            return next.status == AnswerStatus.LATER
                    ? Status.of("superseded", next.answeredOn, "later-superseded", next.eventId)
                    : Status.of("kept", next.answeredOn, "later-answered", next.eventId);
        }
        if (q.withdrawnOn != null)
            return Status.of("withdrawn", q.withdrawnOn, "later-question-withdrawn", q.withdrawalEventId);
        if (later.expectedOn != null && day.isAfter(later.expectedOn))
            return Status.of("broken", later.expectedOn.plusDays(1), "later-past-due");
        return Status.of("open", later.answeredOn, "later-pending");
    }

    /** A decision stands (kept) until the same body decides on the same subject again, which supersedes it. */
    static Status decision(CaseFileState s, DecisionState d) {
        boolean after = false;
        for (DecisionState other : s.decisions) {
            if (other == d) {
                after = true;
                continue;
            }
            if (after && other.body() == d.body() && other.subject().equalsIgnoreCase(d.subject()))
                return Status.of("superseded", other.occurredOn(), "decision-superseded", other.eventId());
        }
        return Status.of("kept", d.occurredOn(), "decision-stands");
    }

    private static Found found(
            String promiseId,
            String kind,
            String form,
            String subject,
            RecordedEvent made,
            LocalDate dueOn,
            Status status,
            List<String> eventIds) {
        List<String> proof = Stream.of(List.of(made.eventId()), eventIds, status.proof())
                .flatMap(List::stream)
                .distinct()
                .toList();
        // who gave a "later" is who answered, not necessarily who recorded the answer in the world
        Actor maker = made.payload() instanceof QuestionAnswered a && a.answeredBy() != null
                ? a.answeredBy()
                : ((CaseFileEvent) made.payload()).actor();
        return new Found(
                promiseId,
                maker,
                kind,
                form,
                subject,
                made,
                dueOn,
                status.status(),
                status.since(),
                status.rule(),
                proof);
    }

    /** Amounts as the domain writes them: € 25.000 (docs: DOMAIN words), cents only when there are any. */
    static String euros(java.math.BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl"));
        format.setMaximumFractionDigits(2);
        return "€ " + format.format(amount);
    }
}
