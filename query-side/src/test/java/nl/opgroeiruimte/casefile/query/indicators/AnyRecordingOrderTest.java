package nl.opgroeiruimte.casefile.query.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import nl.opgroeiruimte.casefile.query.audit.AuditTrailService;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.HistoryCacheProperties;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * Issue 21's acceptance, where it is cheap: a partnership's past entered in any order gives the same views
 * as known now. The same facts are recorded in every order a person could enter them (each after what it
 * refers to), a year after they happened; where the order lets a date pass before the fact that makes it
 * untrue is entered, the case file's own fact of that date is recorded too and superseded once the later
 * fact is (docs/as-of-design.md). Whatever the order, the state as known now on every day, the indicators
 * with the reasons and the facts they cite, and the indicator history are the same, recording times aside.
 *
 * <pre>
 * 2024-01-10 requested         2024-02-01 granted, contact and chair assigned
 * 2024-03-01 m1 planned, due 2024-06-01      2024-05-20 m1 met, continuation delivered
 * 2024-03-15 intent agreement until 2024-09-30   2024-09-15 renewed until 2025-09-30
 * 2024-04-01 meeting           2024-04-10 m2 planned, due 2024-07-01, never decided
 * </pre>
 */
class AnyRecordingOrderTest {
    private static final String CASE = "case-backfilled";
    private static final LocalDate TODAY = LocalDate.parse("2025-06-01");
    private static final List<LocalDate> DAYS = List.of(
            LocalDate.parse("2024-05-01"),
            LocalDate.parse("2024-06-15"),
            LocalDate.parse("2024-07-15"),
            LocalDate.parse("2024-10-15"),
            LocalDate.parse("2025-01-15"),
            TODAY);
    private static final LocalDate M1_DUE = LocalDate.parse("2024-06-01");
    private static final LocalDate M2_DUE = LocalDate.parse("2024-07-01");
    private static final LocalDate INTENT_UNTIL = LocalDate.parse("2024-09-30");

    /** A fact a person enters: its name, and the fact it refers to, entered before it. */
    private record Entry(String name, String after) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("plan m1", null),
            new Entry("m1 met", "plan m1"),
            new Entry("sign", null),
            new Entry("renew", "sign"),
            new Entry("meeting", null),
            new Entry("plan m2", null),
            new Entry("contact", null),
            new Entry("chair", null));

    /** The payload of every fact, by name: what a person enters and what the case file records itself. */
    private static final Map<String, Object> FACTS = facts();

    private static Map<String, Object> facts() {
        CaseFileBuilder file = CaseFileBuilder.aCase(CASE);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("request", file.requested(LocalDate.parse("2024-01-10")));
        ids.put("grant", file.granted(LocalDate.parse("2024-02-01"), LocalDate.parse("2026-01-31")));
        ids.put(
                "contact",
                file.roleAssigned(LocalDate.parse("2024-02-01"), CaseRole.MUNICIPAL_CONTACT, "p-anna", "energie"));
        ids.put("chair", file.roleAssigned(LocalDate.parse("2024-02-01"), CaseRole.INITIATIVE_CHAIR, "p-cor", null));
        ids.put("plan m1", file.milestonePlanned(LocalDate.parse("2024-03-01"), "m1", M1_DUE));
        ids.put("m1 met", file.milestoneDecided(LocalDate.parse("2024-05-20"), "m1", MilestoneResult.MET, true));
        ids.put("m1 overdue", file.dueDatePassed("m1", M1_DUE));
        ids.put("m1 overdue superseded", file.overdueSuperseded(LocalDate.parse("2024-05-20"), "m1", M1_DUE));
        ids.put(
                "sign",
                file.agreementSigned(
                        LocalDate.parse("2024-03-15"),
                        "intent",
                        AgreementKind.INTENT_AGREEMENT,
                        LocalDate.parse("2024-03-15"),
                        INTENT_UNTIL));
        ids.put(
                "renew",
                file.agreementRenewed(
                        LocalDate.parse("2024-09-15"), "intent", INTENT_UNTIL, LocalDate.parse("2025-09-30")));
        ids.put(
                "intent expired",
                file.recorded(new AgreementExpired(
                        CASE, SystemActor.CASE_FILE, INTENT_UNTIL.plusDays(1), "intent", INTENT_UNTIL)));
        ids.put(
                "intent expiry superseded",
                file.recorded(new DeadlineFactSuperseded(
                        CASE,
                        SystemActor.CASE_FILE,
                        LocalDate.parse("2024-09-15"),
                        DeadlineKind.AGREEMENT_EXPIRES,
                        "intent",
                        INTENT_UNTIL,
                        SupersedingFact.AGREEMENT_RENEWED)));
        ids.put(
                "meeting",
                file.meeting(
                        LocalDate.parse("2024-04-01"),
                        CaseFileBuilder.municipal("p-anna"),
                        CaseFileBuilder.initiative("p-cor")));
        ids.put("plan m2", file.milestonePlanned(LocalDate.parse("2024-04-10"), "m2", M2_DUE));
        ids.put("m2 overdue", file.dueDatePassed("m2", M2_DUE));
        Map<String, Object> byId = new LinkedHashMap<>();
        file.caseEventsInOccurrenceOrder().forEach(e -> byId.put(e.eventId(), e.payload()));
        Map<String, Object> facts = new LinkedHashMap<>();
        ids.forEach((name, id) -> facts.put(name, byId.get(id)));
        return facts;
    }

    /**
     * How a history was entered: the order of entry, and whether a date passed before the fact that makes
     * the case file's record of it untrue was entered (then that record and its supersession are in the
     * stream too).
     */
    private record Entering(List<Entry> order, boolean m1DuePassedFirst, boolean expiryPassedFirst) {
        /** The names of the facts in the order they were recorded. */
        List<String> recorded() {
            List<String> names = new ArrayList<>(List.of("request", "grant"));
            for (Entry entry : order) {
                if (entry.name().equals("m1 met") && m1DuePassedFirst) names.add("m1 overdue");
                if (entry.name().equals("renew") && expiryPassedFirst) names.add("intent expired");
                names.add(entry.name());
                if (entry.name().equals("m1 met") && m1DuePassedFirst) names.add("m1 overdue superseded");
                if (entry.name().equals("renew") && expiryPassedFirst) names.add("intent expiry superseded");
                // m2 is never decided: its due date passes whenever it is entered after it
                if (entry.name().equals("plan m2")) names.add("m2 overdue");
            }
            return names;
        }
    }

    @Provide
    Arbitrary<Entering> enterings() {
        Arbitrary<List<Entry>> orders = Arbitraries.shuffle(ENTRIES).filter(AnyRecordingOrderTest::possible);
        return Combinators.combine(orders, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Entering::new);
    }

    private static boolean possible(List<Entry> order) {
        Set<String> entered = new LinkedHashSet<>();
        for (Entry entry : order) {
            if (entry.after() != null && !entered.contains(entry.after())) return false;
            entered.add(entry.name());
        }
        return true;
    }

    private static final Map<String, Object> AS_IT_HAPPENED = views(new Entering(ENTRIES, false, false).recorded());

    @Property(tries = 60)
    void anyOrderOfEnteringTheSameFactsGivesTheSameViewsAsKnownNow(@ForAll("enterings") Entering entering) {
        List<String> recorded = entering.recorded();

        assertThat(views(recorded)).as("entered as " + recorded).isEqualTo(AS_IT_HAPPENED);
    }

    /** The views as known now of the case recorded in this order, a year after it happened. */
    private static Map<String, Object> views(List<String> recordingOrder) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        try {
            Instant backfilled = Instant.parse("2025-03-01T09:00:00Z");
            List<GenericDomainEventMessage<?>> messages = new ArrayList<>();
            for (int i = 0; i < recordingOrder.size(); i++) {
                String name = recordingOrder.get(i);
                messages.add(new GenericDomainEventMessage<>(
                        "Partnership",
                        CASE,
                        i,
                        FACTS.get(name),
                        Map.of(),
                        "f-" + name.replace(' ', '-'),
                        backfilled.plusSeconds(3600L * i)));
            }
            store.publish(messages);
            CaseHistory history = new CaseHistory(store, new HistoryCacheProperties(100_000));
            IndicatorService indicators = new IndicatorService(
                    history,
                    AllRules.instances(),
                    IndicatorDefaults.thresholds(),
                    Labels.standalone(),
                    Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            Map<String, Object> views = new TreeMap<>();
            for (LocalDate day : DAYS) {
                CaseFileState state =
                        AuditTrailService.fold(history.ofCaseInOccurrenceOrder(CASE), day, null, ZoneOffset.UTC);
                views.put(day + " state", state(state, day));
                CaseIndicators now = indicators.evaluate(CASE, day);
                views.put(day + " indicators", now.status() + " " + reasons(now.reasons()));
            }
            List<String> changes = new ArrayList<>();
            for (StatusChange change : indicators.history(CASE, TODAY)) {
                changes.add(change.from() + " " + change.status() + " " + reasons(change.reasons()));
            }
            views.put("indicator history", changes);
            return views;
        } finally {
            store.shutDown();
        }
    }

    /** What the state says on the day: status, agreements in force, milestones and their outcome, contacts. */
    private static List<String> state(CaseFileState state, LocalDate day) {
        List<String> lines = new ArrayList<>();
        lines.add("status " + state.status + ", granted " + state.grantedOn);
        state.agreements
                .values()
                .forEach(a -> lines.add("agreement " + a.agreementId + " in force " + a.inForceOn(day) + " until "
                        + a.validity.until() + " " + sorted(a.history) + " " + sorted(a.eventIds)));
        state.milestones
                .values()
                .forEach(m -> lines.add("milestone " + m.milestoneId + " due " + m.dueDate + " " + m.result + " "
                        + m.decidedOn + " " + sorted(m.eventIds)));
        state.roles.forEach((role, holdings) -> lines.add("role " + role + " " + state.holderOf(role).personId));
        lines.add("contacts " + state.contacts.size());
        return lines.stream().sorted().toList();
    }

    /** Each reason with the facts it cites; their order in a list is no part of what they say. */
    private static List<String> reasons(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> r.rule() + " " + r.severity() + " " + r.message() + " | " + r.messageNl() + " "
                        + sorted(r.eventIds()))
                .sorted()
                .toList();
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
