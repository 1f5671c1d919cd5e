package nl.opgroeiruimte.casefile.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.kernel.common.CaseFileCommand;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.InstallCollege;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalElection;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
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

    /** The elections after which the colleges of the demo's years took office (2018 for the earliest). */
    private static final List<LocalDate> COLLEGE_ELECTIONS =
            List.of(LocalDate.of(2018, 3, 21), LocalDate.of(2022, 3, 16), LocalDate.of(2026, 3, 18));

    /** Opgroeiruimte is a concept of the process guide of 2024 (001): nobody asked for or gave it before. */
    private static final LocalDate CONCEPT_EXISTS = LocalDate.of(2024, 1, 1);

    /** Inhabitants of the demo's municipalities (CBS, rounded), which fix the size of their councils. */
    private static final Map<String, Integer> INHABITANTS = Map.of(
            DemoStories.AMSTERDAM, 931_000,
            DemoStories.DEN_HAAG, 562_000,
            DemoStories.ZWOLLE, 132_000,
            DemoStories.DELFT, 106_000,
            DemoStories.HILVERSUM, 93_000,
            DemoStories.ZUTPHEN, 48_000);

    /** Council seats by inhabitants (Gemeentewet art. 8), for the sizes the demo's municipalities have. */
    private static int councilSeats(int inhabitants) {
        if (inhabitants > 200_000) return 45;
        if (inhabitants > 100_000) return 39;
        if (inhabitants > 80_000) return 37;
        if (inhabitants > 70_000) return 35;
        if (inhabitants > 60_000) return 33;
        if (inhabitants > 50_000) return 31;
        if (inhabitants > 45_000) return 29;
        throw new IllegalArgumentException("no demo municipality is that small: " + inhabitants);
    }

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
    void noCaseAsksForOrIsGivenOpgroeiruimteBeforeTheConceptExisted(LocalDate today) {
        List<DemoRecorder.Recorded> demo = demoOn(today);
        assertThat(demo)
                .as("the demo grants opgroeiruimte")
                .anyMatch(step -> step.command() instanceof GrantOpgroeiruimte);
        assertThat(demo).allSatisfy(step -> {
            if (step.command() instanceof RequestOpgroeiruimte r) {
                assertThat(r.occurredOn()).as("request of %s", r.caseId()).isAfterOrEqualTo(CONCEPT_EXISTS);
            }
            if (step.command() instanceof GrantOpgroeiruimte g) {
                assertThat(g.occurredOn()).as("grant of %s", g.caseId()).isAfterOrEqualTo(CONCEPT_EXISTS);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("days")
    void everyCollegeHasAsManyAldermenAsItsMunicipalitysSizeAllowsAndTakesOfficeAfterAnElection(LocalDate today) {
        Map<String, Set<LocalDate>> electionsFollowed = new HashMap<>();
        List<InstallCollege> colleges = demoOn(today).stream()
                .map(DemoRecorder.Recorded::command)
                .filter(InstallCollege.class::isInstance)
                .map(InstallCollege.class::cast)
                .toList();
        assertThat(colleges).isNotEmpty();
        assertThat(colleges).allSatisfy(college -> {
            // at most a fifth of the council (Gemeentewet art. 36); a college of a large city fills nearly all
            int most = councilSeats(INHABITANTS.get(college.cbsCode())) / 5;
            assertThat(college.aldermen())
                    .as("aldermen of %s", college.collegeId())
                    .hasSizeBetween(most - 2, most)
                    .extracting(CollegeMember::personId)
                    .doesNotHaveDuplicates();
            LocalDate election = COLLEGE_ELECTIONS.stream()
                    .filter(day -> !day.isAfter(college.occurredOn()))
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> new AssertionError(college.collegeId() + " took office before any election"));
            assertThat(college.occurredOn())
                    .as("%s takes office within months of the election of %s", college.collegeId(), election)
                    .isBefore(election.plusMonths(4));
            assertThat(electionsFollowed
                            .computeIfAbsent(college.cbsCode(), k -> new TreeSet<>())
                            .add(election))
                    .as("one college per election in %s", college.cbsCode())
                    .isTrue();
        });
    }

    @ParameterizedTest
    @MethodSource("days")
    void theResponsibleAldermanOfACaseSitsInTheCollegeInOfficeThatDay(LocalDate today) {
        Map<String, String> municipalityOfCase = new HashMap<>();
        Map<String, TreeMap<LocalDate, Set<String>>> colleges = new HashMap<>();
        int checked = 0;
        for (var step : demoOn(today)) {
            Object command = step.command();
            if (command instanceof RequestOpgroeiruimte r) municipalityOfCase.put(r.caseId(), r.municipality());
            if (command instanceof InstallCollege c) {
                colleges.computeIfAbsent(c.cbsCode(), k -> new TreeMap<>())
                        .put(
                                c.occurredOn(),
                                Set.copyOf(c.aldermen().stream()
                                        .map(CollegeMember::personId)
                                        .toList()));
            }
            String caseId = null;
            String alderman = null;
            LocalDate on = null;
            if (command instanceof AssignRole a && a.role() == CaseRole.RESPONSIBLE_ALDERMAN) {
                caseId = a.caseId();
                alderman = a.personId();
                on = a.occurredOn();
            } else if (command instanceof HandOverRole h && h.role() == CaseRole.RESPONSIBLE_ALDERMAN) {
                caseId = h.caseId();
                alderman = h.successorId();
                on = h.occurredOn();
            }
            if (alderman != null) {
                var inOffice = colleges.getOrDefault(municipalityOfCase.get(caseId), new TreeMap<>())
                        .floorEntry(on);
                assertThat(inOffice)
                        .as("a college in office when %s got an alderman on %s", caseId, on)
                        .isNotNull();
                assertThat(inOffice.getValue())
                        .as("college of %s, when %s became responsible for %s", inOffice.getKey(), alderman, caseId)
                        .contains(alderman);
                checked++;
            }
        }
        assertThat(checked).as("responsible aldermen in the demo").isPositive();
    }

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    /**
     * A budget, an evaluation or a plan that names its year names one near its own dates, also when the demo is
     * started years later: such labels follow the day the demo is started, never a fixed year that grows stale.
     */
    @ParameterizedTest
    @MethodSource("days")
    void labelsThatNameAYearNameTheYearOfTheirOwnDates(LocalDate today) {
        int labels = 0;
        for (var step : demoOn(today)) {
            String label = null;
            LocalDate from = null;
            LocalDate until = null;
            if (step.command() instanceof RecordDecision d) {
                label = d.subject();
                from = d.occurredOn();
                until = d.occurredOn();
            } else if (step.command() instanceof RecordMilestone m) {
                label = m.title();
                from = m.occurredOn();
                until = m.dueDate();
            }
            if (label == null) continue;
            Matcher year = YEAR.matcher(label);
            while (year.find()) {
                assertThat(Integer.parseInt(year.group()))
                        .as("the year in \"%s\"", label)
                        .isBetween(from.getYear(), until.getYear() + 1);
                labels++;
            }
        }
        assertThat(labels).as("labels naming a year").isPositive();
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
