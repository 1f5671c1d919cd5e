package nl.opgroeiruimte.casefile.query.indicators;

import static nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind.COOPERATION_AGREEMENT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.INITIATIVE_CHAIR;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_CONTACT;
import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.MUNICIPAL_PROGRAM_DIRECTOR;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.initiative;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.municipal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.HistoryCacheProperties;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/**
 * The indicator history evaluates the rules only on the days the status can change (the days of facts and
 * the days a rule's threshold matures), so what it costs follows the facts of a case, not how long ago its
 * first fact lies (issue 18: a case requested on 1990-01-01 cost some 13,000 evaluations). It must give
 * the history a replay of every single day gives.
 */
class IndicatorHistoryChangePointsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    /** Every rule, counting how often it is asked. */
    private static final class Counted implements IndicatorRule {
        private final IndicatorRule rule;
        private final AtomicLong evaluations;

        Counted(IndicatorRule rule, AtomicLong evaluations) {
            this.rule = rule;
            this.evaluations = evaluations;
        }

        @Override
        public String id() {
            return rule.id();
        }

        @Override
        public String description() {
            return rule.description();
        }

        @Override
        public String source() {
            return rule.source();
        }

        @Override
        public List<Reason> evaluate(IndicatorContext context) {
            evaluations.incrementAndGet();
            return rule.evaluate(context);
        }

        @Override
        public Optional<LocalDate> nextChange(IndicatorContext context) {
            return rule.nextChange(context);
        }
    }

    private static IndicatorService service(CaseFileBuilder file, List<IndicatorRule> rules) {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        file.publishTo(store);
        return new IndicatorService(
                new CaseHistory(store, new HistoryCacheProperties(100_000)),
                rules,
                IndicatorDefaults.thresholds(),
                Labels.standalone(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** How many days the history of a case with the usual facts, begun on {@code start}, evaluates until today. */
    private static long evaluationsOfACaseBegunOn(LocalDate start) {
        CaseFileBuilder file = aCase("case-" + start);
        file.requested(start);
        file.granted(start.plusDays(24));
        file.roleAssigned(start.plusDays(24), MUNICIPAL_CONTACT, "p-anna", "energie");
        file.roleAssigned(start.plusDays(24), MUNICIPAL_PROGRAM_DIRECTOR, "p-bas", "ruimte");
        file.roleAssigned(start.plusDays(24), INITIATIVE_CHAIR, "p-cor", null);
        file.meeting(start.plusDays(42), municipal("p-anna"), municipal("p-bas"), initiative("p-cor"));
        file.milestonePlanned(start.plusDays(42), "m1", start.plusDays(200));
        file.fundingCommitted(start.plusDays(60), "f1", start.plusDays(60), start.plusDays(400));
        file.agreementSigned(start.plusDays(90), "a1", COOPERATION_AGREEMENT, start.plusDays(90), null);
        file.meeting(start.plusDays(120), municipal("p-anna"), municipal("p-bas"), initiative("p-cor"));
        file.questionAsked(start.plusDays(130), "q1");
        AtomicLong evaluations = new AtomicLong();
        List<IndicatorRule> rules = AllRules.instances().stream()
                .<IndicatorRule>map(rule -> new Counted(rule, evaluations))
                .toList();

        List<StatusChange> history = service(file, rules).history(file.caseId(), TODAY);

        assertThat(history).isNotEmpty();
        return evaluations.get() / rules.size();
    }

    @Test
    void aCaseBegunIn1990CostsNoMoreThanTheSameCaseBegunTwoYearsAgo() {
        LocalDate earliest = LocalDate.parse("1990-01-01");
        long old = evaluationsOfACaseBegunOn(earliest);
        long young = evaluationsOfACaseBegunOn(LocalDate.parse("2024-01-01"));

        assertThat(ChronoUnit.DAYS.between(earliest, TODAY)).isGreaterThan(13_000);
        assertThat(old).as("days evaluated for the case of 1990").isEqualTo(young);
        assertThat(old).as("a handful of days per fact, not one per day").isLessThan(50);
    }

    // ------------------------------------------------------------------ the same history as day by day

    /** One fact of a scripted case: a day after the request, what happens, and two numbers to choose with. */
    record Step(int day, int what, int a, int b) {}

    record Script(LocalDate requested, Integer grantedAfter, List<Step> steps, Integer fromAfter, int days) {}

    @Provide
    Arbitrary<Script> scripts() {
        Arbitrary<LocalDate> requested = Arbitraries.oneOf(
                Arbitraries.integers()
                        .between(0, 4000)
                        .map(d -> LocalDate.parse("2014-01-01").plusDays(d)),
                Arbitraries.just(LocalDate.parse("1990-01-01")));
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, 700),
                        Arbitraries.integers().between(0, 19),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 400))
                .as(Step::new);
        return Combinators.combine(
                        requested,
                        Arbitraries.integers().between(0, 200).injectNull(0.15),
                        step.list().ofMaxSize(30),
                        Arbitraries.integers().between(0, 900).injectNull(0.6),
                        Arbitraries.integers().between(30, 1000))
                .as(Script::new);
    }

    @Property(tries = 60)
    void theHistoryOnChangePointsIsTheHistoryOfEveryDay(@ForAll("scripts") Script script) {
        CaseFileBuilder file = aCase("case-scripted");
        play(script, file);
        IndicatorService service = service(file, AllRules.instances());
        LocalDate until = script.requested().plusDays(script.days());
        LocalDate from = script.fromAfter() == null ? null : script.requested().plusDays(script.fromAfter());

        List<StatusChange> history = service.history(file.caseId(), from, until);

        assertThat(history).isEqualTo(everyDay(service, file.caseId(), script.requested(), from, until));
    }

    /** The history as a replay of every day would give it: each day evaluated on its own, runs compressed. */
    private static List<StatusChange> everyDay(
            IndicatorService service, String caseId, LocalDate first, LocalDate from, LocalDate until) {
        List<StatusChange> changes = new ArrayList<>();
        StatusChange previous = null;
        for (LocalDate day = from != null && from.isAfter(first) ? from : first;
                !day.isAfter(until);
                day = day.plusDays(1)) {
            CaseIndicators now = service.evaluate(caseId, day);
            List<String> rules =
                    now.reasons().stream().map(Reason::rule).distinct().sorted().toList();
            if (previous == null
                    || previous.status() != now.status()
                    || previous.closed() != now.closed()
                    || !previous.rules().equals(rules)) {
                previous = new StatusChange(day, now.status(), now.closed(), rules, now.reasons());
                changes.add(previous);
            }
        }
        return changes;
    }

    /** Records the script's facts in the order of their days, each only where the case allows it. */
    private static void play(Script script, CaseFileBuilder file) {
        LocalDate start = script.requested();
        file.requested(start);
        List<Step> steps = new ArrayList<>(script.steps());
        if (script.grantedAfter() != null) steps.add(new Step(script.grantedAfter(), -1, 0, 0));
        steps.sort(Comparator.comparingInt(Step::day));
        Played played = new Played();
        for (Step step : steps) played.play(file, start.plusDays(step.day()), step);
    }

    /** What the script has recorded so far, so that each fact refers to something there. */
    private static final class Played {
        final List<String> openMilestones = new ArrayList<>();
        final List<String> openBreaches = new ArrayList<>();
        final List<String> agreements = new ArrayList<>();
        final List<String> funding = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        final List<String> answeredLater = new ArrayList<>();
        final java.util.Map<CaseRole, String> holders = new java.util.EnumMap<>(CaseRole.class);
        int count;
        boolean paused;
        boolean closed;

        void play(CaseFileBuilder file, LocalDate on, Step step) {
            if (closed) return;
            int a = step.a();
            int b = step.b();
            String id = "x" + (++count);
            CaseRole role = CaseRole.values()[a % CaseRole.values().length];
            String person = "p-" + (char) ('a' + b % 5);
            switch (step.what()) {
                case -1 -> file.granted(on, on.plusDays(200 + a));
                case 0, 1 -> file.meeting(on, municipal(a % 2 == 0 ? "p-anna" : "p-bas"), initiative("p-cor"));
                case 2 -> {
                    file.milestonePlanned(on, id, on.plusDays(a % 120));
                    openMilestones.add(id);
                }
                case 3 -> {
                    if (openMilestones.isEmpty()) return;
                    String m = openMilestones.remove(a % openMilestones.size());
                    file.milestoneDecided(on, m, MilestoneResult.values()[b % 3], b % 2 == 0);
                }
                case 4 -> {
                    file.breached(on, id);
                    openBreaches.add(id);
                }
                case 5 -> {
                    if (openBreaches.isEmpty()) return;
                    file.breachResolved(on, openBreaches.remove(0));
                }
                case 6 -> {
                    AgreementKind kind = a % 2 == 0 ? COOPERATION_AGREEMENT : AgreementKind.INTENT_AGREEMENT;
                    file.agreementSigned(on, id, kind, on.plusDays(b % 30), b % 3 == 0 ? null : on.plusDays(60 + a));
                    agreements.add(id);
                }
                case 7 -> {
                    if (agreements.isEmpty()) return;
                    file.agreementTerminated(on, agreements.remove(a % agreements.size()));
                }
                case 8 ->
                    file.themeClarified(
                            on,
                            Theme.values()[a % Theme.values().length],
                            ThemeStatus.values()[b % ThemeStatus.values().length]);
                case 9 -> {
                    file.fundingCommitted(on, id, on.minusDays(b % 60), on.plusDays(30 + a));
                    funding.add(id);
                }
                case 10 -> {
                    if (funding.isEmpty()) return;
                    file.fundingEnded(on, funding.remove(a % funding.size()));
                }
                case 11 -> {
                    file.roleAssigned(on, role, person, b % 3 == 0 ? "energie" : "ruimte");
                    holders.put(role, person);
                }
                case 12 -> {
                    String holder = holders.remove(role);
                    if (holder != null) file.roleVacated(on, role, holder);
                }
                case 13 -> {
                    String holder = holders.get(role);
                    if (holder == null || holder.equals(person)) return;
                    file.roleHandedOver(on, role, holder, person, "energie", b % 2 == 0);
                    holders.put(role, person);
                }
                case 14 -> {
                    if (paused) file.resumed(on);
                    else file.paused(on);
                    paused = !paused;
                }
                case 15 -> {
                    file.questionAsked(on, id);
                    unanswered.add(id);
                }
                case 16 -> {
                    if (unanswered.isEmpty()) return;
                    String q = unanswered.remove(a % unanswered.size());
                    if (b % 3 == 0) {
                        file.answered(on, q, AnswerStatus.NOW, null);
                    } else {
                        file.answeredLater(on, q, b % 5 == 0 ? null : on.plusDays(a % 90), null);
                        answeredLater.add(q);
                    }
                }
                case 17 -> {
                    if (answeredLater.isEmpty()) return;
                    file.followedUp(on, answeredLater.get(a % answeredLater.size()));
                }
                case 18 -> file.policyAdopted(on, b % 2 == 0);
                case 19 -> {
                    if (a % 10 != 0) return;
                    if (b % 2 == 0) file.matured(on);
                    else file.stopped(on);
                    closed = true;
                }
                default -> throw new IllegalArgumentException("no step " + step.what());
            }
        }
    }
}
