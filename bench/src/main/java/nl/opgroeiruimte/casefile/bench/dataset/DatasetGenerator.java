package nl.opgroeiruimte.casefile.bench.dataset;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.bench.dataset.World.InitiativePlan;
import nl.opgroeiruimte.casefile.bench.dataset.World.MunicipalityPlan;
import nl.opgroeiruimte.casefile.bench.dataset.World.PersonPlan;
import nl.opgroeiruimte.casefile.bench.dataset.World.Step;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.ListedMunicipality;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;

/**
 * A seeded, reproducible national dataset: every current Dutch municipality (342) with its staff,
 * the elections of 2018, 2022 and 2026 and the colleges after them, budgets and policy; the resident
 * initiatives; and the cases, requested between {@code from} and {@code until} (more of them in later
 * years), each played out by a {@link CaseLife}, a few of them ("giants") long enough to hold more than
 * 10,000 events. All lives are played out in one timeline, in the order things are recorded, so the
 * event store's global order is the order of recording, as in a live service.
 *
 * <p>Every command is decided by the service's own aggregates ({@link AggregateRuntime}) and the events
 * they apply are written in Axon's JDBC format ({@link EventTableWriter}). The same seed and options
 * give the same events.
 */
public final class DatasetGenerator {

    /**
     * @param eventsPerCase average number of events per case, giants included (about; time passing and
     *                      parties' own events come on top)
     * @param giants        cases with more than 10,000 events (12,000 to 14,500 commands planned)
     */
    public record Options(
            long seed,
            int cases,
            int eventsPerCase,
            int giants,
            LocalDate from,
            LocalDate until,
            int snapshotThreshold) {
        public static Options of(long seed, int cases, int eventsPerCase, int giants) {
            return new Options(
                    seed, cases, eventsPerCase, giants, LocalDate.of(2019, 1, 2), LocalDate.of(2026, 10, 31), 250);
        }
    }

    /** What was generated. */
    public record Result(
            Options options,
            long events,
            long commands,
            long refused,
            long deadlineEvents,
            long snapshots,
            int cases,
            int municipalities,
            int initiatives,
            int people,
            List<String> giantCases,
            Map<String, Integer> largestMunicipalities,
            Map<String, Long> eventsPerType,
            List<PendingDeadline> pendingDeadlines,
            double seconds) {}

    /** Something that records commands over time: a case, a municipality, an initiative. */
    interface Life {
        Instant next();

        long order();

        void step(Instant at, Commands commands);
    }

    /** What a life may do: send a command to the aggregates, find a facilitator, retire a closed case. */
    interface Commands {
        boolean send(Life life, Object command);

        PersonPlan facilitator(Random random);

        void retire(String aggregateId);
    }

    private DatasetGenerator() {}

    public static Result generate(
            Options options, String jdbcUrl, String user, Serializer serializer, Consumer<String> log)
            throws Exception {
        return generate(options, jdbcUrl, user, serializer, log, event -> {});
    }

    /**
     * The dataset handed to {@code tap} as it is decided (every event, in the order of recording), and
     * written into the database at {@code jdbcUrl} unless that is null: without one, the dataset exists
     * only as what {@code tap} keeps of it (for tests over the national case mix).
     */
    public static Result generate(
            Options options,
            String jdbcUrl,
            String user,
            Serializer serializer,
            Consumer<String> log,
            Consumer<DomainEventMessage<?>> tap)
            throws Exception {
        long started = System.nanoTime();
        World world = new World(options.seed(), options.from(), options.until());
        List<ListedMunicipality> listed = DutchMunicipalities.all().stream()
                .sorted(Comparator.comparing(ListedMunicipality::cbsCode))
                .toList();

        // how many cases each municipality has: a skewed spread, the four big cities most
        Random weights = world.random("weights", 0);
        double[] cumulative = new double[listed.size()];
        double sum = 0;
        for (int i = 0; i < listed.size(); i++) {
            String code = listed.get(i).cbsCode();
            boolean bigCity =
                    code.equals("GM0363") || code.equals("GM0599") || code.equals("GM0518") || code.equals("GM0344");
            sum += Math.exp(0.9 * weights.nextGaussian()) * (bigCity ? 6 : 1);
            cumulative[i] = sum;
        }
        int[] municipalityOf = new int[options.cases()];
        LocalDate[] requested = new LocalDate[options.cases()];
        int[] perMunicipality = new int[listed.size()];
        long span = options.until().toEpochDay() - options.from().toEpochDay() - 45;
        for (int i = 0; i < options.cases(); i++) {
            Random random = world.random("case", i);
            double u = random.nextDouble() * sum;
            int m = 0;
            while (cumulative[m] < u) m++;
            municipalityOf[i] = m;
            perMunicipality[m]++;
            boolean giant = i < options.giants();
            long offset = giant ? random.nextInt(120) : (long) (span * Math.sqrt(random.nextDouble()));
            requested[i] = World.workingDay(options.from().plusDays(offset));
            // a municipality formed by a reorganisation during the dataset's years has cases from a month after that
            LocalDate formedOn =
                    DutchMunicipalities.createdOn(listed.get(m).cbsCode()).orElse(null);
            if (formedOn != null && requested[i].isBefore(formedOn.plusDays(30))) {
                long start = formedOn.plusDays(30).toEpochDay();
                long room = options.until().toEpochDay() - 45 - start;
                requested[i] = World.workingDay(LocalDate.ofEpochDay(start + offset * room / Math.max(1, span)));
            }
        }
        List<MunicipalityPlan> municipalities = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            municipalities.add(world
            .new MunicipalityPlan(i, listed.get(i).cbsCode(), listed.get(i).name(), perMunicipality[i]));
        }

        // initiatives: most cases bring their own, a quarter is a second track of an initiative already known
        List<InitiativePlan> initiatives = new ArrayList<>();
        Map<Integer, List<InitiativePlan>> initiativesPerMunicipality = new HashMap<>();
        InitiativePlan[] initiativeOf = new InitiativePlan[options.cases()];
        for (int i = 0; i < options.cases(); i++) {
            Random random = world.random("initiative-of", i);
            List<InitiativePlan> known =
                    initiativesPerMunicipality.computeIfAbsent(municipalityOf[i], k -> new ArrayList<>());
            InitiativePlan initiative;
            if (!known.isEmpty() && random.nextDouble() < 0.25) {
                initiative = known.get(random.nextInt(known.size()));
            } else {
                initiative =
                        world.new InitiativePlan(initiatives.size() + 1, municipalities.get(municipalityOf[i]), random);
                initiatives.add(initiative);
                known.add(initiative);
            }
            initiative.requests.add(requested[i]);
            initiativeOf[i] = initiative;
        }
        initiatives.forEach(InitiativePlan::plan);

        // the facilitators of the country: a pool of process facilitators from a few organisations
        List<PersonPlan> facilitators = new ArrayList<>();
        Random facilitatorRandom = world.random("facilitators", 0);
        List<Object> facilitatorRegistrations = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            String organisation = Texts.pick(facilitatorRandom, Texts.FACILITATOR_ORGANISATIONS);
            PersonPlan person = world.person(
                    facilitatorRandom,
                    "p-facilitator-" + i,
                    Party.external(organisation),
                    ActorRole.FACILITATOR,
                    organisation);
            facilitators.add(person);
            facilitatorRegistrations.add(person.registeredBy(person.actor(), options.from()));
        }

        // the cases: how each ends, and at which pace it lives
        List<CaseLife> cases = new ArrayList<>();
        double[] weight = new double[options.cases()];
        double weightSum = 0;
        List<String> giantCases = new ArrayList<>();
        for (int i = 0; i < options.cases(); i++) {
            Random random = world.random("life", i);
            boolean giant = i < options.giants();
            LocalDate grantOn = null;
            LocalDate endOn = null;
            CaseLife.Ending ending = CaseLife.Ending.RUNNING;
            if (giant || random.nextDouble() >= 0.07) {
                grantOn = requested[i].plusDays(20 + random.nextInt(130));
                double draw = random.nextDouble();
                if (!giant && draw < 0.18) {
                    endOn = requested[i].plusDays(365 + random.nextInt(1400));
                    ending = CaseLife.Ending.STOPPED;
                } else if (!giant && draw < 0.40) {
                    endOn = grantOn.plusDays(700 + random.nextInt(1100));
                    ending = CaseLife.Ending.MATURE;
                }
            } else {
                endOn = requested[i].plusDays(60 + random.nextInt(180));
                ending = CaseLife.Ending.STOPPED;
            }
            if (endOn != null && endOn.isAfter(options.until())) {
                endOn = null;
                ending = CaseLife.Ending.RUNNING;
            }
            if (endOn != null) endOn = World.workingDay(endOn);
            String caseId = new UUID(random.nextLong(), random.nextLong()).toString();
            CaseLife life = new CaseLife(
                    world,
                    i,
                    caseId,
                    giant,
                    municipalities.get(municipalityOf[i]),
                    initiativeOf[i],
                    requested[i],
                    grantOn,
                    endOn,
                    ending,
                    random);
            cases.add(life);
            if (giant) {
                giantCases.add(caseId);
            } else {
                long days = Math.max(30, life.lastDay().toEpochDay() - requested[i].toEpochDay());
                weight[i] = days * Math.exp(0.6 * random.nextGaussian() - 0.18);
                weightSum += weight[i];
            }
        }
        long giantCommands = 0;
        for (CaseLife life : cases) {
            if (life.giant) {
                int target = 12_000 + world.random("giant", life.index).nextInt(2_500);
                giantCommands += target;
                // of the commands a life records, about a quarter are follow-ups it planned earlier (outcomes, answers,
                // payments)
                life.pace(target / 1.3);
            }
        }
        double normalCommands = Math.max(0, (double) options.eventsPerCase() * options.cases() - giantCommands);
        for (CaseLife life : cases) {
            if (!life.giant) life.pace(Math.max(8, normalCommands * weight[life.index] / weightSum) / 1.3);
        }

        // play it all out in one timeline
        SimulatedClock clock = new SimulatedClock(World.ZONE, World.at(options.from(), 0, 0));
        Map<String, Long> perType = new TreeMap<>();
        long[] counts = new long[4];
        List<String> refusals = new ArrayList<>();
        Result result;
        try (EventTableWriter writer = new EventTableWriter(jdbcUrl, user, serializer, options.seed(), 1000)) {
            AggregateRuntime.Sink counting = new AggregateRuntime.Sink() {
                @Override
                public void event(DomainEventMessage<?> event) {
                    perType.merge(event.getPayloadType().getSimpleName(), 1L, Long::sum);
                    tap.accept(event);
                    writer.event(event);
                }

                @Override
                public void snapshot(DomainEventMessage<?> snapshot) {
                    writer.snapshot(snapshot);
                }
            };
            try (AggregateRuntime runtime =
                    new AggregateRuntime(clock, writer, counting, options.snapshotThreshold(), true)) {
                Commands commands = new Commands() {
                    @Override
                    public boolean send(Life life, Object command) {
                        counts[0]++;
                        String id = UUID.nameUUIDFromBytes(
                                        (options.seed() + "/command/" + counts[0]).getBytes(StandardCharsets.UTF_8))
                                .toString();
                        try {
                            runtime.send(command, id);
                            return true;
                        } catch (RuntimeException refused) {
                            counts[1]++;
                            if (refusals.size() < 25) {
                                String message = command.getClass().getSimpleName() + " refused: "
                                        + refused.getClass().getSimpleName() + " " + refused.getMessage();
                                refusals.add(message);
                                log.accept("  " + message);
                            }
                            return false;
                        }
                    }

                    @Override
                    public PersonPlan facilitator(Random random) {
                        return facilitators.get(random.nextInt(facilitators.size()));
                    }

                    @Override
                    public void retire(String aggregateId) {
                        runtime.retire(aggregateId);
                    }
                };
                record Entry(Instant at, long order, Life life) {}
                PriorityQueue<Entry> timeline =
                        new PriorityQueue<>(Comparator.comparing(Entry::at).thenComparingLong(Entry::order));
                List<Life> lives = new ArrayList<>();
                lives.add(new PlannedLife(
                        0, List.of(new Step(World.at(options.from(), 8, 0), facilitatorRegistrations))));
                municipalities.forEach(m -> lives.add(new PlannedLife(1_000 + m.number, m.steps)));
                initiatives.forEach(i -> lives.add(new PlannedLife(100_000 + i.number, i.steps)));
                lives.addAll(cases);
                for (Life life : lives) {
                    Instant next = life.next();
                    if (next != null) timeline.add(new Entry(next, life.order(), life));
                }
                long lastLog = System.nanoTime();
                while (!timeline.isEmpty()) {
                    Entry entry = timeline.poll();
                    runtime.letTimePass(entry.at());
                    clock.set(entry.at());
                    entry.life().step(entry.at(), commands);
                    Instant next = entry.life().next();
                    if (next != null) timeline.add(new Entry(next, entry.life().order(), entry.life()));
                    if (System.nanoTime() - lastLog > 15_000_000_000L) {
                        lastLog = System.nanoTime();
                        long events = perType.values().stream()
                                .mapToLong(Long::longValue)
                                .sum();
                        log.accept(String.format(
                                Locale.ROOT,
                                "  generating: %s, %,d events, %,d commands, %,d refused, %.0f events/s",
                                LocalDate.ofInstant(entry.at(), World.ZONE),
                                events,
                                counts[0],
                                counts[1],
                                events / ((System.nanoTime() - started) / 1e9)));
                    }
                }
                runtime.letTimePass(World.at(options.until().plusDays(1), 0, 0));
                List<PendingDeadline> pending = runtime.pendingDeadlines().stream()
                        .map(d -> new PendingDeadline(d.at(), d.name(), d.payload(), d.scope()))
                        .toList();
                counts[2] = runtime.deadlinesFired();
                writer.close();
                counts[3] = writer.snapshots();
                Map<String, Integer> largest = new java.util.LinkedHashMap<>();
                municipalities.stream()
                        .sorted(Comparator.comparingInt((MunicipalityPlan m) -> -m.cases))
                        .limit(5)
                        .forEach(m -> largest.put(m.cbsCode, m.cases));
                long events =
                        perType.values().stream().mapToLong(Long::longValue).sum();
                result = new Result(
                        options,
                        events,
                        counts[0],
                        counts[1],
                        counts[2],
                        counts[3],
                        options.cases(),
                        municipalities.size(),
                        initiatives.size(),
                        world.peopleCount(),
                        giantCases,
                        largest,
                        perType,
                        pending,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return result;
    }

    /** A life whose every step was planned up front (a municipality, an initiative). */
    static final class PlannedLife implements Life {
        private final long order;
        private final List<Step> steps;
        private int next;

        PlannedLife(long order, List<Step> steps) {
            this.order = order;
            this.steps = steps;
        }

        @Override
        public Instant next() {
            return next < steps.size() ? steps.get(next).at() : null;
        }

        @Override
        public long order() {
            return order;
        }

        @Override
        public void step(Instant at, Commands commands) {
            for (Object command : steps.get(next++).commands()) commands.send(this, command);
        }
    }
}
