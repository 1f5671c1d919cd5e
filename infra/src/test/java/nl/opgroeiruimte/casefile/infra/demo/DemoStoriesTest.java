package nl.opgroeiruimte.casefile.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalElection;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo tells a story true to the seeds and consistent with itself, whatever day it is started on: it is
 * generated here for two days years apart, without sending anything.
 */
class DemoStoriesTest {

    /** Today, and a day years later, when the demo has aged. */
    static List<LocalDate> days() {
        LocalDate today = LocalDate.now();
        return List.of(today, today.plusYears(2).plusDays(137));
    }

    /**
     * The initiatives the seeds name, with what the seeds say went wrong for them: only that may be told of
     * them; every other trouble belongs to a made-up initiative.
     */
    private static final Map<String, Set<String>> REAL_INITIATIVES = Map.of(
            "warm-assendorp", Set.of(),
            "buurtcooperatie-ketelhuis", Set.of(),
            "hilverzon", Set.of(),
            // 001: in Zutphen the financing of the plan development after the joint feasibility study met
            // great uncertainty (stop-go)
            "zutphenenergie", Set.of("continuation not delivered"));

    /** The national days of the municipal elections, every four years in March. */
    private static final Set<LocalDate> ELECTIONS = Set.of(LocalDate.of(2022, 3, 16), LocalDate.of(2026, 3, 18));

    private static List<DemoRecorder.Recorded> demoOn(LocalDate today) {
        DemoRecorder recorder = new DemoRecorder(today);
        new DemoStories(recorder).recordAll();
        return recorder.inOrder();
    }

    @ParameterizedTest
    @MethodSource("days")
    void noFactHappensOrIsRecordedAfterTheDayTheDemoIsStarted(LocalDate today) {
        assertThat(demoOn(today)).allSatisfy(step -> {
            assertThat(step.recordedOn()).as("%s", step.command()).isBeforeOrEqualTo(today);
            if (step.command() instanceof CaseFileCommand c) {
                assertThat(c.occurredOn()).as("%s", c).isBeforeOrEqualTo(step.recordedOn());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("days")
    void theSeedsRealInitiativesCarryOnlyTheTroublesTheSeedsTellOf(LocalDate today) {
        List<DemoRecorder.Recorded> demo = demoOn(today);
        Map<String, String> nameOfInitiative = new HashMap<>();
        Map<String, String> initiativeOfCase = new HashMap<>();
        Map<String, Set<String>> troubles = new TreeMap<>();
        for (var step : demo) {
            Object command = step.command();
            if (command instanceof RegisterInitiative i) nameOfInitiative.put(i.initiativeId(), i.name());
            if (command instanceof RequestOpgroeiruimte r) initiativeOfCase.put(r.caseId(), r.initiative());
            String trouble = null;
            String caseId = null;
            if (command instanceof BreachExclusivity b) {
                trouble = "exclusivity breached";
                caseId = b.caseId();
            } else if (command instanceof PauseCase p) {
                trouble = "paused";
                caseId = p.caseId();
            } else if (command instanceof StopCase s) {
                trouble = "stopped";
                caseId = s.caseId();
            } else if (command instanceof HandOverRole h && h.handover().withoutHandover()) {
                trouble = "changed hands without hand-over";
                caseId = h.caseId();
            } else if (command instanceof RecordMilestoneOutcome o) {
                caseId = o.caseId();
                if (o.result() != MilestoneResult.MET) trouble = "milestone not met";
                else if (!o.continuationDelivered()) trouble = "continuation not delivered";
            }
            if (trouble != null) {
                troubles.computeIfAbsent(initiativeOfCase.get(caseId), k -> new TreeSet<>())
                        .add(trouble);
            }
        }
        assertThat(troubles).as("the demo tells of troubles").isNotEmpty();
        REAL_INITIATIVES.forEach((initiative, told) -> assertThat(troubles.getOrDefault(initiative, Set.of()))
                .as("troubles of %s, a real initiative of the seeds", initiative)
                .isSubsetOf(told));
        troubles.keySet().stream()
                .filter(initiative -> !REAL_INITIATIVES.containsKey(initiative))
                .forEach(initiative -> assertThat(nameOfInitiative.get(initiative))
                        .as("a made-up initiative with troubles says it is made up")
                        .endsWith("(fictief)"));
    }

    @ParameterizedTest
    @MethodSource("days")
    void aMilestoneIsJudgedOnceAtItsMomentAndNeverLeftUnjudgedAfterwards(LocalDate today) {
        Map<String, RecordMilestone> planned = new HashMap<>();
        Map<String, Integer> outcomes = new HashMap<>();
        for (var step : demoOn(today)) {
            if (step.command() instanceof RecordMilestone m) planned.put(m.caseId() + "/" + m.milestoneId(), m);
            if (step.command() instanceof RecordMilestoneOutcome o) {
                String key = o.caseId() + "/" + o.milestoneId();
                RecordMilestone m = planned.get(key);
                assertThat(m).as("%s was planned before its outcome", key).isNotNull();
                // an outcome after the due date would follow the case file's "not assessed" of the day after
                assertThat(o.occurredOn()).as("outcome of %s", key).isBetween(m.occurredOn(), m.dueDate());
                outcomes.merge(key, 1, Integer::sum);
            }
        }
        assertThat(outcomes.values()).as("one outcome per milestone").allMatch(n -> n == 1);
        assertThat(planned).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("days")
    void municipalElectionsAreHeldOnTheNationalElectionDays(LocalDate today) {
        assertThat(demoOn(today)).allSatisfy(step -> {
            if (step.command() instanceof RecordMunicipalElection e) {
                assertThat(ELECTIONS).as("%s", e).contains(e.occurredOn());
            }
        });
    }

    @Test
    void theDemoTellsTheSameStoryWhateverDayItIsStartedOn() {
        List<LocalDate> days = days();
        // only the regular meetings grow in number as the demo ages, for they go on until recently; and the
        // facts dated relative to today fall later among the fixed ones
        assertThat(storyWithoutRegularMeetings(days.get(1)))
                .containsExactlyInAnyOrderElementsOf(storyWithoutRegularMeetings(days.get(0)));
    }

    private static List<String> storyWithoutRegularMeetings(LocalDate today) {
        return demoOn(today).stream()
                .map(DemoRecorder.Recorded::command)
                .filter(command -> !(command instanceof RecordMeeting))
                .map(command -> command.getClass().getSimpleName() + " " + subject(command))
                .toList();
    }

    private static String subject(Object command) {
        if (command instanceof RequestOpgroeiruimte r) return r.caseId();
        if (command instanceof RecordMilestoneOutcome o) return o.caseId() + "/" + o.milestoneId() + " " + o.result();
        if (command instanceof BreachExclusivity b) return b.caseId();
        if (command instanceof StopCase s) return s.caseId();
        return "";
    }
}
