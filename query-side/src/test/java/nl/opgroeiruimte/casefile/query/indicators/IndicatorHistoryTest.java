package nl.opgroeiruimte.casefile.query.indicators;

import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.COOPERATION_AGREEMENT;
import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.INTENT_AGREEMENT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.Theme.FINANCING;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.Theme.REPRESENTATION;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.Theme.RESILIENT_COOPERATION;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.Theme.ROLES;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus.CLARIFIED;
import static nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus.PARTLY_CLARIFIED;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.initiative;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.municipal;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.ATTENTION;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.GO;
import static nl.opgroeiruimte.casefile.query.indicators.IndicatorStatus.STOP_RISK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.NationalElections;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.HistoryCacheProperties;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two years of one heat-network case in Zwolle (GM0193), replayed day by day with every rule and the
 * default thresholds, against a history worked out by hand.
 *
 * <h2>The script</h2>
 * <ul>
 * <li>2021-01-11 opgroeiruimte requested; 2021-02-01 granted, exclusivity until 2023-01-31. The same day
 *     p-anna (energie) becomes municipal contact, p-bas (ruimte) programme director, p-cor chair.</li>
 * <li>Meetings every five to seven weeks (never 8 weeks apart), except from 2022-06-20 to 2022-09-12:
 *     2021-02-15, 03-29, 05-10, 06-14, 07-26, 09-13, 10-25, 12-06; 2022-01-17, 02-28, 04-11, 05-23, 06-20,
 *     09-12, 10-24, 12-05.</li>
 * <li>2021-03-01 process financing f1 committed for 2021-03-01..2021-12-31; milestone m1 (feasibility study)
 *     planned, due 2021-09-30.</li>
 * <li>2021-04-12 representation partly clarified, roles clarified; 2021-06-14 resilient cooperation partly
 *     clarified; financing only on 2021-09-13 (partly).</li>
 * <li>2021-05-10 the municipality starts a market consultation on the scope (breach b1); resolved 2021-06-14.</li>
 * <li>2021-06-01 intent agreement a1 signed, valid 2021-06-01..2022-05-31 (an intent agreement is not structural).</li>
 * <li>2021-10-10 m1 recorded as met, the promised continuation not delivered.</li>
 * <li>2022-01-17 follow-up funding f2 committed for 2022-01-01..2023-12-31 and milestone m2 planned, due 2023-06-30.</li>
 * <li>2022-03-16 municipal elections (a national election day in {@link NationalElections}; not recorded).</li>
 * <li>2022-04-04 p-anna hands the municipal contact role to p-dirk (energie) without any hand-over.</li>
 * <li>2022-06-20 cooperation agreement a2 signed, open-ended (structural).</li>
 * <li>2022-10-03 the chair p-cor leaves (role vacated); 2022-10-24 p-eva becomes chair.</li>
 * </ul>
 *
 * <h2>When each rule holds (defaults; "d" = days counted with ChronoUnit.DAYS)</h2>
 * <ul>
 * <li>unresolved-exclusivity-breach (stop): from the breach 2021-05-10 to the day before its resolution, 2021-06-13.</li>
 * <li>themes-still-open (attention): from grant + 6 months = 2021-08-01 while financing is untouched, to 2021-09-12.</li>
 * <li>election-not-anchored (attention): election 2022-03-16 − 180 d = 2021-09-17 (16 Sep is 181 d before); it
 *     would last to + 120 d = 2022-07-14, but a2 anchors the case from 2022-06-20, so it holds to 2022-06-19.</li>
 * <li>milestone-overdue (attention): the day after m1's due date, 2021-10-01, to 2021-10-09 (9 d overdue, far from
 *     the 30 d stop-risk threshold); its outcome on 2021-10-10 ends it.</li>
 * <li>met-without-continuation (stop): from the outcome 2021-10-10 until a new step after it: f2 and m2 on 2022-01-17,
 *     so to 2022-01-16 (well within 365 d).</li>
 * <li>funding-ending-without-follow-up (attention): f1 ends 2021-12-31; 60 d before is 2021-11-01 (30 d of
 *     November + 30 of December); the window would run to 60 d after, 2022-03-01, but f2 (until 2023-12-31) is
 *     committed on 2022-01-17, so to 2022-01-16.</li>
 * <li>agreement-expiring (attention): a1's last day 2022-05-31 − 60 d = 2022-04-01, to 2022-05-31.</li>
 * <li>no-signed-agreement (attention): grant + 9 months = 2021-11-01 is covered by a1; from 2022-06-01 nothing is in
 *     force until a2 on 2022-06-20, so 2022-06-01..2022-06-19.</li>
 * <li>handover-missing (attention): the change 2022-04-04 + 180 d = 2022-10-01 (May 4 is +30, Oct 4 is +183);
 *     again from 2022-10-24, when the chair goes from p-cor to p-eva through a vacancy (to 2023-04-22, after the end).</li>
 * <li>no-contact (attention): 8 weeks after the meeting of 2022-06-20 is 2022-08-15 (10 + 31 + 15 d), to the
 *     meeting of 2022-09-12 (12 weeks, short of the 16 for a stop risk).</li>
 * <li>key-role-vacant (stop): the chair is vacant 2022-10-03..2022-10-23.</li>
 * <li>Never: request-pending (21 d), paused-too-long (no pause), exclusivity-ending (its last 90 d start
 *     2022-11-02, when a2 already anchors the case), narrow-municipal-anchoring (two holders in two departments
 *     throughout), milestone-overdue for m2 and funding-ending for f2 (after the end of the script).</li>
 * </ul>
 *
 * <h2>The expected history until 2023-01-10</h2>
 * <pre>
 * | from       | status    | rules                                                                                  |
 * |------------|-----------|----------------------------------------------------------------------------------------|
 * | 2021-01-11 | go        |                                                                                        |
 * | 2021-05-10 | stop-risk | unresolved-exclusivity-breach                                                          |
 * | 2021-06-14 | go        |                                                                                        |
 * | 2021-08-01 | attention | themes-still-open                                                                      |
 * | 2021-09-13 | go        |                                                                                        |
 * | 2021-09-17 | attention | election-not-anchored                                                                  |
 * | 2021-10-01 | attention | election-not-anchored, milestone-overdue                                               |
 * | 2021-10-10 | stop-risk | election-not-anchored, met-without-continuation                                        |
 * | 2021-11-01 | stop-risk | election-not-anchored, funding-ending-without-follow-up, met-without-continuation      |
 * | 2022-01-17 | attention | election-not-anchored                                                                  |
 * | 2022-04-01 | attention | agreement-expiring, election-not-anchored                                              |
 * | 2022-04-04 | attention | agreement-expiring, election-not-anchored, handover-missing                            |
 * | 2022-06-01 | attention | election-not-anchored, handover-missing, no-signed-agreement                           |
 * | 2022-06-20 | attention | handover-missing                                                                       |
 * | 2022-08-15 | attention | handover-missing, no-contact                                                           |
 * | 2022-09-12 | attention | handover-missing                                                                       |
 * | 2022-10-02 | go        |                                                                                        |
 * | 2022-10-03 | stop-risk | key-role-vacant                                                                        |
 * | 2022-10-24 | attention | handover-missing                                                                       |
 * </pre>
 */
class IndicatorHistoryTest {
    private static final LocalDate END = LocalDate.parse("2023-01-10");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CaseFileBuilder file = aCase("case-zwolle-warmtenet");
    private IndicatorService service;
    private String grant;
    private String breach;
    private String intentAgreement;
    private String handoverWithoutNote;
    private String chairAssigned;
    private String chairVacated;
    private String chairReassigned;

    private record Expected(String from, IndicatorStatus status, List<String> rules) {}

    private static Expected row(String from, IndicatorStatus status, String... rules) {
        return new Expected(from, status, List.of(rules));
    }

    private static final List<Expected> EXPECTED = List.of(
            row("2021-01-11", GO),
            row("2021-05-10", STOP_RISK, "unresolved-exclusivity-breach"),
            row("2021-06-14", GO),
            row("2021-08-01", ATTENTION, "themes-still-open"),
            row("2021-09-13", GO),
            row("2021-09-17", ATTENTION, "election-not-anchored"),
            row("2021-10-01", ATTENTION, "election-not-anchored", "milestone-overdue"),
            row("2021-10-10", STOP_RISK, "election-not-anchored", "met-without-continuation"),
            row(
                    "2021-11-01",
                    STOP_RISK,
                    "election-not-anchored",
                    "funding-ending-without-follow-up",
                    "met-without-continuation"),
            row("2022-01-17", ATTENTION, "election-not-anchored"),
            row("2022-04-01", ATTENTION, "agreement-expiring", "election-not-anchored"),
            row("2022-04-04", ATTENTION, "agreement-expiring", "election-not-anchored", "handover-missing"),
            row("2022-06-01", ATTENTION, "election-not-anchored", "handover-missing", "no-signed-agreement"),
            row("2022-06-20", ATTENTION, "handover-missing"),
            row("2022-08-15", ATTENTION, "handover-missing", "no-contact"),
            row("2022-09-12", ATTENTION, "handover-missing"),
            row("2022-10-02", GO),
            row("2022-10-03", STOP_RISK, "key-role-vacant"),
            row("2022-10-24", ATTENTION, "handover-missing"));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void twoYearsOfAHeatNetworkCase() {
        file.requested(day("2021-01-11"));
        grant = file.granted(day("2021-02-01"), day("2023-01-31"));
        chairAssigned = file.roleAssigned(day("2021-02-01"), INITIATIVE_CHAIR, "p-cor", null);
        file.roleAssigned(day("2021-02-01"), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(day("2021-02-01"), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");

        file.fundingCommitted(day("2021-03-01"), "f1", day("2021-03-01"), day("2021-12-31"));
        file.milestonePlanned(day("2021-03-01"), "m1", day("2021-09-30"));
        file.themeClarified(day("2021-04-12"), REPRESENTATION, PARTLY_CLARIFIED);
        file.themeClarified(day("2021-04-12"), ROLES, CLARIFIED);
        breach = file.breached(day("2021-05-10"), "b1");
        intentAgreement =
                file.agreementSigned(day("2021-06-01"), "a1", INTENT_AGREEMENT, day("2021-06-01"), day("2022-05-31"));
        file.breachResolved(day("2021-06-14"), "b1");
        file.themeClarified(day("2021-06-14"), RESILIENT_COOPERATION, PARTLY_CLARIFIED);
        file.themeClarified(day("2021-09-13"), FINANCING, PARTLY_CLARIFIED);
        file.milestoneDecided(day("2021-10-10"), "m1", MilestoneResult.MET, false);
        file.fundingCommitted(day("2022-01-17"), "f2", day("2022-01-01"), day("2023-12-31"));
        file.milestonePlanned(day("2022-01-17"), "m2", day("2023-06-30"));
        handoverWithoutNote =
                file.roleHandedOver(day("2022-04-04"), MUNICIPAL_CONTACT, "p-anna", "p-dirk", "energie", false);
        file.agreementSigned(day("2022-06-20"), "a2", COOPERATION_AGREEMENT, day("2022-06-20"), null);
        chairVacated = file.roleVacated(day("2022-10-03"), INITIATIVE_CHAIR, "p-cor");
        chairReassigned = file.roleAssigned(day("2022-10-24"), INITIATIVE_CHAIR, "p-eva", null);

        for (String on : List.of(
                "2021-02-15",
                "2021-03-29",
                "2021-05-10",
                "2021-06-14",
                "2021-07-26",
                "2021-09-13",
                "2021-10-25",
                "2021-12-06",
                "2022-01-17",
                "2022-02-28")) {
            file.meeting(day(on), municipal("p-anna"), municipal("p-bas"), initiative("p-cor"));
        }
        for (String on : List.of("2022-04-11", "2022-05-23", "2022-06-20", "2022-09-12")) {
            file.meeting(day(on), municipal("p-dirk"), municipal("p-bas"), initiative("p-cor"));
        }
        for (String on : List.of("2022-10-24", "2022-12-05")) {
            file.meeting(day(on), municipal("p-dirk"), municipal("p-bas"), initiative("p-eva"));
        }

        file.publishTo(store);
        service = new IndicatorService(
                new CaseHistory(store, new HistoryCacheProperties(100_000)),
                AllRules.instances(),
                IndicatorDefaults.thresholds(),
                Labels.standalone(),
                Clock.fixed(END.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void theElectionOfTheScriptIsANationalElectionDay() {
        assertThat(NationalElections.isNationalElectionDay(day("2022-03-16"))).isTrue();
    }

    @Test
    void theHistoryIsTheOneWorkedOutByHand() {
        List<StatusChange> history = service.history(file.caseId(), END);

        assertThat(history)
                .extracting(c -> new Expected(c.from().toString(), c.status(), c.rules()))
                .containsExactlyElementsOf(EXPECTED);
        assertThat(history).noneMatch(StatusChange::closed);
    }

    @Test
    void eachReasonInTheHistoryPointsAtTheEventsThatCausedIt() {
        List<StatusChange> history = service.history(file.caseId(), END);

        assertThat(reason(history, "2021-05-10", "unresolved-exclusivity-breach")
                        .eventIds())
                .containsExactly(breach);
        assertThat(reason(history, "2021-09-17", "election-not-anchored").eventIds())
                .as("a national election day has no event; the grant is what is not anchored")
                .containsExactly(grant);
        assertThat(reason(history, "2022-04-01", "agreement-expiring").eventIds())
                .containsExactly(intentAgreement);
        assertThat(reason(history, "2022-04-04", "handover-missing").eventIds()).containsExactly(handoverWithoutNote);
        assertThat(reason(history, "2022-06-01", "no-signed-agreement").eventIds())
                .containsExactly(grant);
        assertThat(reason(history, "2022-10-03", "key-role-vacant").eventIds())
                .as("the vacancy, not the earlier assignment")
                .containsExactly(chairVacated);
        assertThat(reason(history, "2022-10-24", "handover-missing").eventIds()).containsExactly(chairReassigned);
    }

    @Test
    void evaluatingAnyDayOnItsOwnAgreesWithTheHistory() {
        List<StatusChange> history = service.history(file.caseId(), END);

        for (LocalDate on = day("2021-01-11"); !on.isAfter(END); on = on.plusDays(1)) {
            StatusChange inEffect = inEffectOn(history, on);
            CaseIndicators alone = service.evaluate(file.caseId(), on);
            assertThat(alone.status()).as("status on %s", on).isEqualTo(inEffect.status());
            assertThat(alone.reasons().stream()
                            .map(Reason::rule)
                            .distinct()
                            .sorted()
                            .toList())
                    .as("rules on %s", on)
                    .isEqualTo(inEffect.rules());
        }
    }

    private static Reason reason(List<StatusChange> history, String from, String rule) {
        return history.stream().filter(c -> c.from().equals(day(from))).findFirst().orElseThrow().reasons().stream()
                .filter(r -> r.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    private static StatusChange inEffectOn(List<StatusChange> history, LocalDate on) {
        StatusChange inEffect = null;
        for (StatusChange change : history) {
            if (!change.from().isAfter(on)) inEffect = change;
        }
        return inEffect;
    }
}
