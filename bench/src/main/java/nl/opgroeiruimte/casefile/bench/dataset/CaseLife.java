package nl.opgroeiruimte.casefile.bench.dataset;

import static nl.opgroeiruimte.casefile.bench.dataset.World.ZONE;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import nl.opgroeiruimte.casefile.bench.dataset.World.College;
import nl.opgroeiruimte.casefile.bench.dataset.World.InitiativePlan;
import nl.opgroeiruimte.casefile.bench.dataset.World.MunicipalityPlan;
import nl.opgroeiruimte.casefile.bench.dataset.World.PersonPlan;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignIntentAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.Signatory;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.Attendee;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingKind;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.EndFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RefuseFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.Guarantee;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordGovernmentRoles;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordMarketApproach;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordNeighbourhoods;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AskQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.FollowUpQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.WithdrawQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.Handover;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.VacateRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ResumeCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ClarifyTheme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.DoenPart;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordJointStory;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;

/**
 * One partnership track played out over the years: requested, perhaps granted, then a stream of
 * meetings, DOEN work, decisions, milestones with their outcomes, the agreement ladder, funding,
 * questions and answers, role changes (also after elections), the municipal process, a rare breach or
 * pause, and in the end maturity, a stop, or still running. The life keeps a mirror of what the case
 * has decided so far, and only proposes commands the {@code Case} aggregate accepts; the
 * aggregate still decides each one, and a refusal is counted.
 */
final class CaseLife implements DatasetGenerator.Life {
    enum Ending {
        STOPPED,
        MATURE,
        RUNNING
    }

    final int index;
    final String caseId;
    final boolean giant;
    private final World world;
    private final Random random;
    private final MunicipalityPlan municipality;
    private final InitiativePlan initiative;
    private final LocalDate requestedOn;
    private final LocalDate grantOn;
    private final LocalDate endOn;
    private final Ending ending;
    private final Instant worldEnds;
    private final String activity;
    private double meanGapDays;
    private DatasetGenerator.Commands commands;

    // the clock of this life
    private Instant now;
    private Instant nextAmbient;
    private final PriorityQueue<Task> agenda = new PriorityQueue<>();
    private long taskOrder;
    private boolean done;

    // the mirror of the case
    private boolean granted;
    private LocalDate grantedOn;
    private boolean paused;
    private LocalDate pausedOn;
    private LocalDate lastPausedOn = LocalDate.MIN;
    private Exclusivity exclusivity;
    private final Map<String, Mirror.Milestone> milestones = new HashMap<>();
    private final Map<String, Mirror.Agreement> agreements = new LinkedHashMap<>();
    private final Map<String, Mirror.Funding> fundings = new HashMap<>();
    private final Map<String, Mirror.Question> questions = new HashMap<>();
    private final Map<String, LocalDate> unresolvedBreaches = new LinkedHashMap<>();
    private final Map<CaseRole, Mirror.Holder> roles = new EnumMap<>(CaseRole.class);
    private final Map<String, LocalDate> facilitators = new LinkedHashMap<>();
    private PersonPlan facilitator;
    private int nextSession = 1;
    private Set<GovernmentRole> governmentRoles;
    private LocalDate governmentRolesOn;
    private CooperationRoute route;
    private LocalDate routeOn;
    private Set<Neighbourhood> neighbourhoods;
    private LocalDate neighbourhoodsOn;
    private final Map<LocalDate, Set<ProcessPhase>> phases = new HashMap<>();
    private ProcessPhase phase;
    private int counter;
    private int ladder;
    private PersonPlan municipalContact;
    private PersonPlan initiativeContact;

    CaseLife(
            World world,
            int index,
            String caseId,
            boolean giant,
            MunicipalityPlan municipality,
            InitiativePlan initiative,
            LocalDate requestedOn,
            LocalDate grantOn,
            LocalDate endOn,
            Ending ending,
            Random random) {
        this.world = world;
        this.index = index;
        this.caseId = caseId;
        this.giant = giant;
        this.municipality = municipality;
        this.initiative = initiative;
        this.requestedOn = requestedOn;
        this.grantOn = grantOn;
        this.endOn = endOn;
        this.ending = ending;
        this.random = random;
        this.activity = Texts.pick(random, Texts.ACTIVITIES);
        this.worldEnds = World.at(world.until.plusDays(1), 0, 0);
        this.now = World.at(requestedOn, 9 + random.nextInt(8), random.nextInt(60));
    }

    LocalDate requestedOn() {
        return requestedOn;
    }

    LocalDate lastDay() {
        return endOn != null ? endOn : world.until;
    }

    /** How many commands this life should record on average over its lifetime: sets the pace. */
    void pace(double commands) {
        long days = Math.max(1, lastDay().toEpochDay() - requestedOn.toEpochDay());
        meanGapDays = days / Math.max(1.0, commands);
    }

    // ------------------------------------------------------------------ the life as the generator sees it

    @Override
    public Instant next() {
        if (done) return null;
        if (counter == 0) return now.isBefore(worldEnds) ? now : null;
        Instant candidate = nextAmbient;
        if (!agenda.isEmpty() && (candidate == null || agenda.peek().at.isBefore(candidate)))
            candidate = agenda.peek().at;
        if (candidate == null || !candidate.isBefore(worldEnds)) return null;
        return candidate;
    }

    @Override
    public long order() {
        return 1_000_000L + index;
    }

    @Override
    public void step(Instant at, DatasetGenerator.Commands commands) {
        this.commands = commands;
        now = at;
        if (counter == 0) {
            start();
            return;
        }
        if (!agenda.isEmpty()
                && !agenda.peek().at.isAfter(at)
                && (nextAmbient == null || !agenda.peek().at.isAfter(nextAmbient))) {
            agenda.poll().action.run();
        } else {
            nextAmbient = null;
            if (granted) ambient();
            else beforeGrant();
            if (!done) scheduleAmbient();
        }
    }

    private record Task(Instant at, long order, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private void later(LocalDate day, Runnable action) {
        if (day.isBefore(today())) day = today();
        Instant at = World.at(day, 9 + random.nextInt(8), random.nextInt(60));
        if (!at.isAfter(now)) at = now.plusSeconds(60 + random.nextInt(600));
        agenda.add(new Task(at, ++taskOrder, action));
    }

    private void scheduleAmbient() {
        double gap = -Math.log(1 - random.nextDouble()) * meanGapDays;
        LocalDateTime next = LocalDateTime.ofInstant(now, ZONE).plusSeconds((long) (gap * 86_400));
        if (next.getHour() >= 18 || next.getHour() < 8) {
            next = (next.getHour() >= 18 ? next.toLocalDate().plusDays(1) : next.toLocalDate())
                    .atTime(LocalTime.of(8, 0))
                    .plusMinutes(random.nextInt(180));
        }
        if (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = World.workingDay(next.toLocalDate())
                    .atTime(LocalTime.of(8, 30))
                    .plusMinutes(random.nextInt(240));
        }
        Instant at = next.atZone(ZONE).toInstant();
        nextAmbient = at.isAfter(now) ? at : now.plusSeconds(30);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    private boolean send(Object command) {
        counter++;
        return commands.send(this, command);
    }

    // ------------------------------------------------------------------ the request and the grant

    private void start() {
        municipalContact = pickStaff();
        initiativeContact = random.nextBoolean() ? initiative.chair : initiative.projectLead;
        boolean byInitiative = random.nextDouble() < 0.7;
        Actor requester = byInitiative ? initiative.chair.actor() : municipalContact.actor();
        if (!send(new RequestOpgroeiruimte(
                caseId,
                requester,
                requestedOn,
                municipality.cbsCode,
                initiative.id,
                new Scope(activity, initiative.area),
                "We want to develop the " + activity + " in " + initiative.area + " together"))) {
            done = true;
            return;
        }
        if (random.nextBoolean()) recordPhase(ProcessPhase.INITIATIVE, requestedOn);
        if (grantOn != null) later(grantOn, this::grant);
        if (endOn != null) later(endOn, this::close);
        scheduleAmbient();
    }

    private void beforeGrant() {
        double draw = random.nextDouble();
        if (draw < 0.5) meeting();
        else if (draw < 0.7) askQuestion();
        else if (draw < 0.85) decision();
        else meeting();
    }

    private void grant() {
        LocalDate day = today();
        int years = 2 + random.nextInt(3);
        Exclusivity granted = new Exclusivity(
                activity, initiative.area, day, day.plusYears(years).minusDays(random.nextInt(60)));
        if (!send(
                new GrantOpgroeiruimte(caseId, municipalContact.actor(), day, new Preconditions(true, true), granted)))
            return;
        this.granted = true;
        this.grantedOn = day;
        this.exclusivity = granted;
        later(day.plusDays(random.nextInt(8)), () -> assign(CaseRole.MUNICIPAL_CONTACT, municipalContact, "energie"));
        later(day.plusDays(random.nextInt(8)), () -> assign(CaseRole.INITIATIVE_CONTACT, initiativeContact, null));
        later(day.plusDays(random.nextInt(30)), () -> assign(CaseRole.INITIATIVE_CHAIR, initiative.chair, null));
        if (random.nextDouble() < 0.6)
            later(
                    day.plusDays(random.nextInt(60)),
                    () -> assign(CaseRole.INITIATIVE_PROJECT_LEAD, initiative.projectLead, null));
        if (random.nextDouble() < 0.5) {
            later(
                    day.plusDays(random.nextInt(60)),
                    () -> assign(
                            CaseRole.MUNICIPAL_PROGRAM_DIRECTOR,
                            municipality.programDirector,
                            "programma energietransitie"));
        }
        if (random.nextDouble() < 0.6) later(day.plusDays(random.nextInt(60)), this::assignAlderman);
        if (random.nextDouble() < 0.7) later(day.plusDays(3 + random.nextInt(30)), this::appointFacilitator);
        later(day.plusDays(20 + random.nextInt(80)), () -> signLadder(1));
        if (random.nextDouble() < 0.75) later(day.plusDays(120 + random.nextInt(240)), () -> signLadder(2));
        if (random.nextDouble() < 0.6 || ending == Ending.MATURE)
            later(day.plusDays(360 + random.nextInt(540)), () -> signLadder(3));
        later(day.plusDays(random.nextInt(10)), () -> recordPhase(ProcessPhase.DEFINITION, today()));
        later(day.plusDays(200 + random.nextInt(300)), () -> recordPhase(ProcessPhase.DESIGN_AND_DECISION, today()));
        later(day.plusDays(10 + random.nextInt(50)), this::governmentRoles);
        if (random.nextDouble() < 0.6) later(day.plusDays(60 + random.nextInt(240)), this::route);
        if (random.nextDouble() < 0.7) later(day.plusDays(random.nextInt(90)), this::neighbourhoods);
        for (College college : municipality.colleges) {
            if (college.installedOn().isAfter(day))
                later(college.installedOn().plusDays(7 + random.nextInt(80)), () -> afterElection(college));
        }
        if (giant) later(day.plusDays(30), this::commitFunding);
    }

    // ------------------------------------------------------------------ what happens while the track runs

    private void ambient() {
        double draw = random.nextDouble() * 100;
        if (draw < 30) meeting();
        else if (draw < 43) doenWork();
        else if (draw < 51) decision();
        else if (draw < 57) clarifyTheme();
        else if (draw < 62) planMilestone();
        else if (draw < 66) askQuestion();
        else if (draw < 67.5) commitFunding();
        else if (draw < 68) refuseFunding();
        else if (draw < 69.5) amendAgreement();
        else if (draw < 70.5) changeRole();
        else if (draw < 71) jointStory();
        else if (draw < 71.4) governmentRoles();
        else if (draw < 71.7) route();
        else if (draw < 72) neighbourhoods();
        else if (draw < 72.3) breach();
        else if (draw < 72.45) marketApproach();
        else if (draw < 72.65) pause();
        else if (draw < 72.75) terminateAgreement();
        else if (draw < 86) meeting();
        else doenWork();
    }

    private PersonPlan pickStaff() {
        return municipality.staff.get(random.nextInt(municipality.staff.size()));
    }

    private Actor anyActor() {
        double draw = random.nextDouble();
        if (draw < 0.45) return currentMunicipalContact().actor();
        if (draw < 0.9 || facilitator == null) return currentInitiativeContact().actor();
        return facilitator.actor();
    }

    private PersonPlan currentMunicipalContact() {
        Mirror.Holder holder = roles.get(CaseRole.MUNICIPAL_CONTACT);
        return holder != null ? holder.person : municipalContact;
    }

    private PersonPlan currentInitiativeContact() {
        Mirror.Holder holder = roles.get(CaseRole.INITIATIVE_CONTACT);
        return holder != null ? holder.person : initiativeContact;
    }

    /** A fact may be recorded weeks after it happened; the file shows it as recorded late. */
    private LocalDate occurred(LocalDate notBefore) {
        LocalDate day = today();
        if (random.nextDouble() < 0.06) day = day.minusDays(15 + random.nextInt(45));
        return day.isBefore(notBefore) ? notBefore : day;
    }

    private void meeting() {
        List<Attendee> attendees = new ArrayList<>();
        PersonPlan municipal = currentMunicipalContact();
        attendees.add(new Attendee(municipal.id(), municipal.party(), municipal.role()));
        if (random.nextDouble() < 0.35) {
            PersonPlan colleague = pickStaff();
            if (!colleague.equals(municipal))
                attendees.add(new Attendee(colleague.id(), colleague.party(), colleague.role()));
        }
        PersonPlan civic = currentInitiativeContact();
        attendees.add(new Attendee(civic.id(), civic.party(), civic.role()));
        if (random.nextDouble() < 0.4) {
            PersonPlan member = initiative.members.get(random.nextInt(initiative.members.size()));
            attendees.add(new Attendee(member.id(), member.party(), member.role()));
        }
        boolean guided = facilitator != null && nextSession <= 6 && granted;
        if (facilitator != null && (guided || random.nextDouble() < 0.3)) {
            attendees.add(new Attendee(facilitator.id(), facilitator.party(), facilitator.role()));
        }
        LocalDate day = guided ? today() : occurred(requestedOn);
        Actor actor = guided ? facilitator.actor() : anyActor();
        String topic = Texts.pick(random, Texts.MEETING_TOPICS);
        if (send(new RecordMeeting(
                        caseId,
                        actor,
                        day,
                        caseId + "-meeting-" + counter,
                        guided ? MeetingKind.GUIDED_SESSION : MeetingKind.MEETING,
                        attendees,
                        List.of(topic),
                        guided ? nextSession : null,
                        "Talked about " + topic + "; agreed on the next steps for the " + activity + "."))
                && guided) {
            nextSession++;
        }
    }

    private void doenWork() {
        if (paused) {
            meeting();
            return;
        }
        LocalDate day = occurred(grantedOn);
        send(new RecordDoenWork(
                caseId, anyActor(), day, DoenPart.values()[random.nextInt(4)], Texts.pick(random, Texts.DOEN)));
    }

    private void decision() {
        DecisionBody body = DecisionBody.values()[random.nextInt(DecisionBody.values().length)];
        boolean municipal = body == DecisionBody.COLLEGE || body == DecisionBody.COUNCIL;
        Actor actor = municipal
                ? currentMunicipalContact().actor()
                : currentInitiativeContact().actor();
        String subject = Texts.pick(random, Texts.DECISION_SUBJECTS);
        send(new RecordDecision(
                caseId,
                actor,
                occurred(requestedOn),
                caseId + "-decision-" + counter,
                body,
                subject,
                "Agreed to " + subject,
                random.nextBoolean() ? "besluit " + counter : null));
    }

    private void clarifyTheme() {
        ThemeStatus status = ThemeStatus.values()[random.nextInt(3)];
        send(new ClarifyTheme(
                caseId,
                anyActor(),
                today(),
                Theme.values()[random.nextInt(4)],
                status,
                status == ThemeStatus.OPEN
                        ? List.of()
                        : List.of("We agreed who speaks for whom in the steering group")));
    }

    private void jointStory() {
        send(new RecordJointStory(
                caseId,
                currentInitiativeContact().actor(),
                today(),
                "Together we are building the " + activity + " in " + initiative.area + ": why, for whom and how.",
                "verhaal-" + counter));
    }

    // ------------------------------------------------------------------ milestones

    private void planMilestone() {
        long open = milestones.values().stream().filter(m -> !m.decided).count();
        if (paused || open >= 3) {
            meeting();
            return;
        }
        LocalDate day = today();
        LocalDate due = day.plusDays(30 + random.nextInt(150));
        String id = caseId + "-milestone-" + counter;
        PersonPlan civic = currentInitiativeContact();
        if (!send(new RecordMilestone(
                caseId,
                currentMunicipalContact().actor(),
                day,
                id,
                Texts.pick(random, Texts.DECISION_SUBJECTS) + " settled",
                due,
                new MilestoneOwners(currentMunicipalContact().id(), civic.id()),
                new Guarantee(
                        "Process money continues for the next phase",
                        List.of("EUR " + (5 + random.nextInt(50)) + ",000 process money"))))) {
            return;
        }
        Mirror.Milestone milestone = new Mirror.Milestone(day, due);
        milestones.put(id, milestone);
        milestoneFollowUp(id, milestone);
    }

    private void milestoneFollowUp(String id, Mirror.Milestone milestone) {
        double draw = random.nextDouble();
        if (draw < 0.8) later(milestone.due.plusDays(random.nextInt(25) - 5), () -> milestoneOutcome(id));
        else if (draw < 0.95) later(milestone.due.minusDays(random.nextInt(10)), () -> reschedule(id));
        else later(milestone.due.plusDays(60 + random.nextInt(200)), () -> milestoneOutcome(id));
    }

    private void milestoneOutcome(String id) {
        Mirror.Milestone milestone = milestones.get(id);
        if (milestone == null || milestone.decided) return;
        double draw = random.nextDouble();
        MilestoneResult result =
                draw < 0.6 ? MilestoneResult.MET : draw < 0.85 ? MilestoneResult.PARTLY_MET : MilestoneResult.NOT_MET;
        boolean continued = result == MilestoneResult.MET ? random.nextDouble() < 0.8 : random.nextDouble() < 0.3;
        LocalDate day = today().isBefore(milestone.planned) ? milestone.planned : today();
        if (send(new RecordMilestoneOutcome(
                caseId,
                currentMunicipalContact().actor(),
                day,
                id,
                result,
                continued,
                "Evaluated together in the steering group"))) {
            milestone.decided = true;
        }
    }

    private void reschedule(String id) {
        Mirror.Milestone milestone = milestones.get(id);
        if (milestone == null || milestone.decided) return;
        LocalDate day = today().isBefore(milestone.planned) ? milestone.planned : today();
        LocalDate due = day.plusDays(30 + random.nextInt(90));
        if (due.equals(milestone.due)) due = due.plusDays(1);
        if (send(new RescheduleMilestone(
                caseId, currentMunicipalContact().actor(), day, id, due, "More time needed for the study"))) {
            milestone.due = due;
        }
        milestoneFollowUp(id, milestone);
    }

    // ------------------------------------------------------------------ agreements

    private List<Signatory> bothSides() {
        PersonPlan municipal = currentMunicipalContact();
        return List.of(
                new Signatory(municipal.id(), municipal.party(), "mandaat van het college"),
                new Signatory(initiative.chair.id(), initiative.chair.party(), "voorzitter, namens het bestuur"));
    }

    private void signLadder(int rung) {
        if (rung <= ladder) return;
        LocalDate day = today();
        String id = caseId + "-agreement-" + counter;
        Set<AgreementTopic> topics = EnumSet.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES, AgreementTopic.PROCESS);
        if (rung >= 2) topics.add(AgreementTopic.FINANCING);
        if (rung == 3) topics.addAll(EnumSet.of(AgreementTopic.DECISION_STRUCTURE, AgreementTopic.EVALUATION_MOMENTS));
        LocalDate until = switch (rung) {
            case 1 -> day.plusYears(1);
            case 2 -> day.plusYears(2);
            default -> random.nextDouble() < 0.4 ? null : day.plusYears(4);
        };
        boolean signed;
        AgreementKind kind = rung == 1
                ? AgreementKind.PLAN_OF_APPROACH
                : rung == 2 ? AgreementKind.INTENT_AGREEMENT : AgreementKind.COOPERATION_AGREEMENT;
        Actor actor = currentMunicipalContact().actor();
        if (rung == 2) {
            signed = send(new SignIntentAgreement(
                    caseId,
                    actor,
                    day,
                    id,
                    "Intentieovereenkomst " + activity,
                    bothSides(),
                    new ValidityPeriod(day, until),
                    topics,
                    "intentieovereenkomst-" + counter,
                    "We intend to build the " + activity + " together"));
        } else {
            signed = send(new SignAgreement(
                    caseId,
                    actor,
                    day,
                    id,
                    kind,
                    (rung == 1 ? "Plan van aanpak " : "Samenwerkingsovereenkomst ") + activity,
                    bothSides(),
                    new ValidityPeriod(day, until),
                    topics,
                    "document-" + counter,
                    null));
        }
        if (!signed) return;
        ladder = rung;
        Mirror.Agreement agreement = new Mirror.Agreement(kind, day, until);
        agreements.put(id, agreement);
        if (until != null && random.nextDouble() < 0.6)
            later(until.minusDays(10 + random.nextInt(30)), () -> renew(id));
        if (rung == 3) later(day.plusDays(random.nextInt(30)), () -> recordPhase(ProcessPhase.IMPLEMENTATION, today()));
    }

    private Map.Entry<String, Mirror.Agreement> agreementInForce() {
        LocalDate day = today();
        return agreements.entrySet().stream()
                .filter(e -> e.getValue().inForceOn(day))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private void amendAgreement() {
        var entry = agreementInForce();
        if (entry == null) {
            meeting();
            return;
        }
        send(new AmendAgreement(
                caseId,
                currentMunicipalContact().actor(),
                today(),
                entry.getKey(),
                "Adjusted the planning and the roles",
                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                "addendum-" + counter,
                entry.getValue().kind.isMutual()
                        ? bothSides()
                        : List.of(bothSides().get(0))));
    }

    private void renew(String id) {
        Mirror.Agreement agreement = agreements.get(id);
        LocalDate day = today();
        if (agreement == null || !agreement.inForceOn(day) || agreement.until == null) return;
        LocalDate newUntil = agreement.until.plusYears(1 + random.nextInt(3));
        if (send(new RenewAgreement(
                caseId,
                currentMunicipalContact().actor(),
                day,
                id,
                newUntil,
                "verlenging-" + counter,
                agreement.kind.isMutual() ? bothSides() : List.of(bothSides().get(0))))) {
            agreement.until = newUntil;
            if (random.nextDouble() < 0.5) later(newUntil.minusDays(10 + random.nextInt(30)), () -> renew(id));
        }
    }

    private void terminateAgreement() {
        var entry = agreementInForce();
        if (entry == null || entry.getValue().kind.isStructural()) {
            meeting();
            return;
        }
        if (send(new TerminateAgreement(
                caseId, currentMunicipalContact().actor(), today(), entry.getKey(), "Superseded by new agreements"))) {
            entry.getValue().terminatedOn = today();
        }
    }

    // ------------------------------------------------------------------ funding

    private void commitFunding() {
        LocalDate day = today();
        String id = caseId + "-funding-" + counter;
        FundingSource source = FundingSource.values()[random.nextInt(4)];
        FundingInstrument instrument = FundingInstrument.values()[random.nextInt(3)];
        long amount = 1_000L * (5 + random.nextInt(200));
        LocalDate until = day.plusDays(180 + random.nextInt(900));
        Actor actor = source == FundingSource.MUNICIPAL
                ? currentMunicipalContact().actor()
                : currentInitiativeContact().actor();
        if (!send(new CommitFunding(
                caseId,
                actor,
                day,
                id,
                source,
                instrument,
                BigDecimal.valueOf(amount),
                new FundingPeriod(day, until),
                "beschikking-" + counter))) {
            return;
        }
        Mirror.Funding funding = new Mirror.Funding(day, amount);
        fundings.put(id, funding);
        int tranches = 1 + random.nextInt(4);
        long span = Math.max(1, until.toEpochDay() - day.toEpochDay());
        for (int i = 1; i <= tranches; i++) {
            long tranche = i == tranches ? -1 : amount / tranches;
            later(day.plusDays(span * i / (tranches + 1)), () -> pay(id, tranche));
        }
        if (random.nextDouble() < 0.6) later(until.plusDays(random.nextInt(30)), () -> endFunding(id));
        if (giant) later(day.plusDays(90 + random.nextInt(200)), this::commitFunding);
    }

    private void pay(String id, long tranche) {
        Mirror.Funding funding = fundings.get(id);
        if (funding == null || !funding.active) return;
        long amount =
                tranche < 0 ? funding.committed - funding.paid : Math.min(tranche, funding.committed - funding.paid);
        if (amount <= 0) return;
        if (send(new RecordFundingPayment(
                caseId, currentMunicipalContact().actor(), today(), id, BigDecimal.valueOf(amount)))) {
            funding.paid += amount;
        }
    }

    private void endFunding(String id) {
        Mirror.Funding funding = fundings.get(id);
        if (funding == null || !funding.active) return;
        if (send(
                new EndFunding(caseId, currentMunicipalContact().actor(), today(), id, "The funding period is over"))) {
            funding.active = false;
        }
    }

    private void refuseFunding() {
        send(new RefuseFunding(
                caseId,
                currentMunicipalContact().actor(),
                today(),
                caseId + "-refused-" + counter,
                FundingSource.PROVINCIAL,
                FundingInstrument.SUBSIDY,
                BigDecimal.valueOf(1_000L * (10 + random.nextInt(90))),
                "The provincial budget for this year is spent"));
    }

    // ------------------------------------------------------------------ questions: now, later or never

    private void askQuestion() {
        boolean byMunicipality = random.nextDouble() < 0.3;
        Actor asking = byMunicipality
                ? currentMunicipalContact().actor()
                : currentInitiativeContact().actor();
        String id = caseId + "-question-" + counter;
        QuestionTopic topic = QuestionTopic.values()[random.nextInt(QuestionTopic.values().length)];
        if (!send(new AskQuestion(
                caseId,
                asking,
                today(),
                id,
                asking,
                topic,
                "Can we use the " + topic.name().toLowerCase() + " for the " + activity + "?"))) {
            return;
        }
        questions.put(id, new Mirror.Question(byMunicipality, today()));
        double draw = random.nextDouble();
        if (draw < 0.85) later(today().plusDays(5 + random.nextInt(55)), () -> answer(id));
        else if (draw < 0.9) later(today().plusDays(10 + random.nextInt(60)), () -> withdraw(id));
    }

    private void answer(String id) {
        Mirror.Question question = questions.get(id);
        if (question == null || question.settled()) return;
        LocalDate day = today().isBefore(question.latestStep) ? question.latestStep : today();
        double draw = random.nextDouble();
        AnswerStatus status = draw < 0.45 ? AnswerStatus.NOW : draw < 0.8 ? AnswerStatus.LATER : AnswerStatus.NEVER;
        Actor answering = question.byMunicipality
                ? currentInitiativeContact().actor()
                : currentMunicipalContact().actor();
        LocalDate expected = status == AnswerStatus.LATER ? day.plusDays(30 + random.nextInt(150)) : null;
        if (!send(new AnswerQuestion(
                caseId,
                answering,
                day,
                id,
                answering,
                status,
                "Weighed against the budget and the planning",
                question.byMunicipality ? "bestuur" : "mandaat van de afdeling",
                expected,
                null))) {
            return;
        }
        question.status = status;
        question.latestStep = day;
        if (status == AnswerStatus.LATER) {
            if (random.nextDouble() < 0.5) later(day.plusDays(30 + random.nextInt(60)), () -> followUp(id));
            if (random.nextDouble() < 0.7) later(expected.plusDays(random.nextInt(30)), () -> answer(id));
        }
    }

    private void followUp(String id) {
        Mirror.Question question = questions.get(id);
        if (question == null || question.status != AnswerStatus.LATER) return;
        LocalDate day = today().isBefore(question.latestStep) ? question.latestStep : today();
        Actor asking = question.byMunicipality
                ? currentMunicipalContact().actor()
                : currentInitiativeContact().actor();
        if (send(new FollowUpQuestion(caseId, asking, day, id, "Asked when the answer can be expected")))
            question.latestStep = day;
    }

    private void withdraw(String id) {
        Mirror.Question question = questions.get(id);
        if (question == null || question.settled()) return;
        LocalDate day = today().isBefore(question.latestStep) ? question.latestStep : today();
        Actor asking = question.byMunicipality
                ? currentMunicipalContact().actor()
                : currentInitiativeContact().actor();
        if (send(new WithdrawQuestion(caseId, asking, day, id, "No longer needed"))) question.withdrawn = true;
    }

    // ------------------------------------------------------------------ roles and the facilitator

    private void assign(CaseRole role, PersonPlan person, String department) {
        if (roles.containsKey(role)) return;
        if (send(new AssignRole(
                caseId,
                role.side() == CaseRole.Side.MUNICIPALITY
                        ? currentMunicipalContact().actor()
                        : initiative.chair.actor(),
                today(),
                role,
                person.id(),
                department))) {
            roles.put(role, new Mirror.Holder(person, today()));
        }
    }

    private void assignAlderman() {
        College college = municipality.collegeOn(today());
        if (college == null) return;
        assign(
                CaseRole.RESPONSIBLE_ALDERMAN,
                college.aldermen().get(random.nextInt(college.aldermen().size())),
                "college");
    }

    /** A new college: the responsible alderman changes, with or without a proper hand-over. */
    private void afterElection(College college) {
        Mirror.Holder holder = roles.get(CaseRole.RESPONSIBLE_ALDERMAN);
        PersonPlan successor =
                college.aldermen().get(random.nextInt(college.aldermen().size()));
        if (holder == null) {
            assign(CaseRole.RESPONSIBLE_ALDERMAN, successor, "college");
        } else if (!holder.person.equals(successor) && random.nextDouble() < 0.7) {
            handOver(CaseRole.RESPONSIBLE_ALDERMAN, holder, successor, "college");
        } else if (!holder.person.equals(successor)) {
            if (send(new VacateRole(
                    caseId,
                    currentMunicipalContact().actor(),
                    today(),
                    CaseRole.RESPONSIBLE_ALDERMAN,
                    "The alderman left after the election"))) {
                roles.remove(CaseRole.RESPONSIBLE_ALDERMAN);
                later(
                        today().plusDays(20 + random.nextInt(120)),
                        () -> assign(CaseRole.RESPONSIBLE_ALDERMAN, successor, "college"));
            }
        }
    }

    private void changeRole() {
        List<CaseRole> held = new ArrayList<>(roles.keySet());
        held.remove(CaseRole.RESPONSIBLE_ALDERMAN);
        if (held.isEmpty()) {
            meeting();
            return;
        }
        CaseRole role = held.get(random.nextInt(held.size()));
        Mirror.Holder holder = roles.get(role);
        PersonPlan successor;
        if (role.side() == CaseRole.Side.MUNICIPALITY) {
            if (random.nextDouble() < 0.5) {
                successor = municipality.hire(random);
                send(successor.registeredBy(currentMunicipalContact().actor(), today()));
            } else {
                successor = pickStaff();
            }
        } else {
            List<PersonPlan> people = new ArrayList<>(initiative.members);
            people.add(initiative.chair);
            people.add(initiative.projectLead);
            successor = people.get(random.nextInt(people.size()));
        }
        if (successor.equals(holder.person)) return;
        if (random.nextDouble() < 0.1) {
            if (send(new VacateRole(caseId, anyActor(), today(), role, "Left the organisation"))) {
                roles.remove(role);
                later(today().plusDays(14 + random.nextInt(90)), () -> assign(role, successor, null));
            }
        } else {
            handOver(role, holder, successor, role.side() == CaseRole.Side.MUNICIPALITY ? "energie" : null);
        }
    }

    private void handOver(CaseRole role, Mirror.Holder holder, PersonPlan successor, String department) {
        if (today().isBefore(holder.since)) return;
        boolean without = random.nextDouble() < 0.3;
        Handover handover = without
                ? new Handover(null, null, true)
                : new Handover("Handed over the file and the open promises", null, false);
        if (send(new HandOverRole(caseId, anyActor(), today(), role, successor.id(), department, handover))) {
            roles.put(role, new Mirror.Holder(successor, today()));
        }
    }

    private void appointFacilitator() {
        if (facilitator != null) return;
        PersonPlan person = commands.facilitator(random);
        if (send(new AppointFacilitator(
                caseId, currentMunicipalContact().actor(), today(), person.id(), person.organisation()))) {
            facilitator = person;
            facilitators.put(person.id(), today());
            later(today().plusDays(270 + random.nextInt(450)), this::releaseFacilitator);
        }
    }

    private void releaseFacilitator() {
        if (facilitator == null) return;
        if (send(new ReleaseFacilitator(
                caseId,
                currentMunicipalContact().actor(),
                today(),
                facilitator.id(),
                "Clear agreements are in place"))) {
            facilitators.remove(facilitator.id());
            facilitator = null;
        }
    }

    // ------------------------------------------------------------------ the municipal process

    private void recordPhase(ProcessPhase next, LocalDate day) {
        if (next == phase || phases.getOrDefault(day, Set.of()).contains(next)) return;
        if (send(new RecordProcessPhase(
                caseId,
                currentMunicipalContact().actor(),
                day,
                next,
                "Moved on to " + next.name().toLowerCase()))) {
            phase = next;
            phases.computeIfAbsent(day, d -> new java.util.HashSet<>()).add(next);
        }
    }

    private void governmentRoles() {
        LocalDate day = today();
        Set<GovernmentRole> roles = EnumSet.noneOf(GovernmentRole.class);
        roles.add(GovernmentRole.LAWFUL);
        for (GovernmentRole role : GovernmentRole.values()) if (random.nextBoolean()) roles.add(role);
        if (roles.equals(governmentRoles) || day.equals(governmentRolesOn)) return;
        if (send(new RecordGovernmentRoles(
                caseId, currentMunicipalContact().actor(), day, roles, "The municipality facilitates and networks"))) {
            governmentRoles = roles;
            governmentRolesOn = day;
        }
    }

    private void route() {
        LocalDate day = today();
        CooperationRoute next = CooperationRoute.values()[random.nextInt(CooperationRoute.values().length)];
        if (next == route || day.equals(routeOn)) return;
        if (send(new RecordRoute(
                caseId,
                currentMunicipalContact().actor(),
                day,
                next,
                "collegebesluit-" + counter,
                "The route that fits this cooperation"))) {
            route = next;
            routeOn = day;
        }
    }

    private void neighbourhoods() {
        LocalDate day = today();
        Set<Neighbourhood> next = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int number = random.nextInt(40);
            next.add(new Neighbourhood(World.neighbourhoodCode(municipality.cbsCode, number), null));
        }
        if (next.equals(neighbourhoods) || day.equals(neighbourhoodsOn)) return;
        if (send(new RecordNeighbourhoods(caseId, currentMunicipalContact().actor(), day, List.copyOf(next)))) {
            neighbourhoods = next;
            neighbourhoodsOn = day;
        }
    }

    // ------------------------------------------------------------------ exclusivity, pause

    private boolean exclusivityToday() {
        return exclusivity != null && exclusivity.coversDay(today());
    }

    private void breach() {
        if (!exclusivityToday()) {
            meeting();
            return;
        }
        String id = caseId + "-breach-" + counter;
        boolean byMunicipality = random.nextDouble() < 0.7;
        if (send(new BreachExclusivity(
                caseId,
                currentInitiativeContact().actor(),
                today(),
                id,
                byMunicipality ? Party.municipality(municipality.cbsCode) : Party.initiative(initiative.id),
                byMunicipality
                        ? "The municipality started talks with a commercial heat supplier"
                        : "The initiative approached another municipality's department",
                "raadsinformatiebrief-" + counter))) {
            unresolvedBreaches.put(id, today());
            if (random.nextDouble() < 0.9) later(today().plusDays(10 + random.nextInt(80)), () -> resolve(id));
        }
    }

    private void marketApproach() {
        boolean during = exclusivityToday();
        String id = caseId + "-market-" + counter;
        MarketApproachKind kind =
                random.nextBoolean() ? MarketApproachKind.TENDER : MarketApproachKind.MARKET_CONSULTATION;
        if (send(new RecordMarketApproach(
                        caseId,
                        currentMunicipalContact().actor(),
                        today(),
                        id,
                        kind,
                        "Heat supply for the district",
                        "aanbesteding-" + counter,
                        during))
                && during) {
            unresolvedBreaches.put(id, today());
            later(today().plusDays(10 + random.nextInt(80)), () -> resolve(id));
        }
    }

    private void resolve(String id) {
        LocalDate breachedOn = unresolvedBreaches.get(id);
        if (breachedOn == null) return;
        LocalDate day = today().isBefore(breachedOn) ? breachedOn : today();
        if (send(new ResolveExclusivityBreach(
                caseId, currentMunicipalContact().actor(), day, id, "Talked it through; the tender was withdrawn"))) {
            unresolvedBreaches.remove(id);
        }
    }

    private void pause() {
        if (paused
                || today().isBefore(lastPausedOn.plusYears(1))
                || (endOn != null && today().plusDays(150).isAfter(endOn))) {
            meeting();
            return;
        }
        if (send(new PauseCase(
                caseId, currentInitiativeContact().actor(), today(), "The board needs time after members left"))) {
            paused = true;
            pausedOn = today();
            lastPausedOn = today();
            later(today().plusDays(20 + random.nextInt(100)), this::resume);
        }
    }

    private void resume() {
        if (!paused) return;
        if (send(new ResumeCase(caseId, currentInitiativeContact().actor(), today(), "New board members found")))
            paused = false;
    }

    // ------------------------------------------------------------------ the end

    private void close() {
        if (!granted) {
            if (send(new StopCase(
                    caseId,
                    municipalContact.actor(),
                    today(),
                    "Both sides did not see enough added value to grant opgroeiruimte"))) {
                finish();
            }
            return;
        }
        if (ending == Ending.MATURE) {
            if (paused) resume();
            releaseFacilitator();
            new ArrayList<>(unresolvedBreaches.keySet()).forEach(this::resolve);
            if (agreements.values().stream().noneMatch(a -> a.kind.isStructural() && a.inForceOn(today()))) {
                String id = caseId + "-agreement-" + counter;
                if (send(new SignAgreement(
                        caseId,
                        currentMunicipalContact().actor(),
                        today(),
                        id,
                        AgreementKind.COOPERATION_DECLARATION,
                        "Samenwerkingsverklaring " + activity,
                        bothSides(),
                        new ValidityPeriod(today(), null),
                        EnumSet.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES, AgreementTopic.GOALS_AND_VALUES),
                        "verklaring-" + counter,
                        null))) {
                    agreements.put(id, new Mirror.Agreement(AgreementKind.COOPERATION_DECLARATION, today(), null));
                }
            }
            recordPhase(ProcessPhase.AFTERCARE, today());
            if (!paused
                    && send(
                            new DeclareMaturity(
                                    caseId,
                                    currentMunicipalContact().actor(),
                                    today(),
                                    "Structural agreements are in place, the roles are clear and the facilitator is no longer needed"))) {
                finish();
                return;
            }
        }
        if (send(new StopCase(
                caseId,
                currentInitiativeContact().actor(),
                today(),
                "Together we decided to stop the search: the business case does not close"))) {
            finish();
        }
    }

    private void finish() {
        done = true;
        agenda.clear();
        commands.retire(caseId);
    }

    /** What the life remembers of the case's decisions, to propose only what the case accepts. */
    static final class Mirror {
        static final class Milestone {
            final LocalDate planned;
            LocalDate due;
            boolean decided;

            Milestone(LocalDate planned, LocalDate due) {
                this.planned = planned;
                this.due = due;
            }
        }

        static final class Agreement {
            final AgreementKind kind;
            final LocalDate signedOn;
            LocalDate until;
            LocalDate terminatedOn;

            Agreement(AgreementKind kind, LocalDate signedOn, LocalDate until) {
                this.kind = kind;
                this.signedOn = signedOn;
                this.until = until;
            }

            boolean inForceOn(LocalDate day) {
                return !day.isBefore(signedOn)
                        && (until == null || !day.isAfter(until))
                        && (terminatedOn == null || day.isBefore(terminatedOn));
            }
        }

        static final class Funding {
            final LocalDate committedOn;
            final long committed;
            long paid;
            boolean active = true;

            Funding(LocalDate committedOn, long committed) {
                this.committedOn = committedOn;
                this.committed = committed;
            }
        }

        static final class Question {
            final boolean byMunicipality;
            LocalDate latestStep;
            AnswerStatus status;
            boolean withdrawn;

            Question(boolean byMunicipality, LocalDate asked) {
                this.byMunicipality = byMunicipality;
                this.latestStep = asked;
            }

            boolean settled() {
                return withdrawn || status == AnswerStatus.NOW || status == AnswerStatus.NEVER;
            }
        }

        record Holder(PersonPlan person, LocalDate since) {}

        private Mirror() {}
    }
}
