package nl.opgroeiruimte.casefile.bench.dataset;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.initiative.BoardMandate;
import nl.opgroeiruimte.casefile.kernel.initiative.ChangeLegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.RecordRepresentation;
import nl.opgroeiruimte.casefile.kernel.initiative.RegisterInitiative;
import nl.opgroeiruimte.casefile.kernel.initiative.WorkingArea;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptPolicy;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.DepartureReason;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.ElectionKind;
import nl.opgroeiruimte.casefile.kernel.municipality.InstallCollege;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordAldermanDeparture;
import nl.opgroeiruimte.casefile.kernel.municipality.RecordMunicipalElection;
import nl.opgroeiruimte.casefile.kernel.municipality.RegisterMunicipality;
import nl.opgroeiruimte.casefile.kernel.municipality.SeatsWon;
import nl.opgroeiruimte.casefile.kernel.people.RegisterPerson;

/**
 * The generated country: the municipalities with their staff, elections, colleges and policy, the
 * initiatives with their members, and the people register. Everything here is planned up front from
 * the seed; the cases ({@link CaseLife}) are played out against it.
 */
final class World {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    final long seed;
    final LocalDate from;
    final LocalDate until;
    private int people;

    World(long seed, LocalDate from, LocalDate until) {
        this.seed = seed;
        this.from = from;
        this.until = until;
    }

    /** A well-mixed random stream per named thing, independent of the order in which things are generated. */
    Random random(String kind, long number) {
        long z = seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 0xBF58476D1CE4E5B9L + number * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    int peopleCount() {
        return people;
    }

    /** One planned moment in a life: the commands recorded then, in order. */
    record Step(Instant at, List<Object> commands) {}

    /** Someone in the people register, acting for a party in a role. */
    record PersonPlan(String id, String name, String email, String organisation, Party party, ActorRole role) {
        Actor actor() {
            return new Actor(id, party, role);
        }

        RegisterPerson registeredBy(Actor actor, LocalDate on) {
            return new RegisterPerson(id, actor, on, name, email, organisation, party, role);
        }
    }

    PersonPlan person(Random random, String id, Party party, ActorRole role, String organisation) {
        people++;
        String first = Texts.pick(random, Texts.FIRST_NAMES);
        String last = Texts.pick(random, Texts.SURNAMES);
        String email = (first + "." + last.replace(" ", "")).toLowerCase(Locale.ROOT) + "@" + id.replace('_', '-')
                + ".example.org";
        return new PersonPlan(id, first + " " + last, email, organisation, party, role);
    }

    /** A moment on a working day of the case file's time zone. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static LocalDate workingDay(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
            day = day.plusDays(1);
        return day;
    }

    // ------------------------------------------------------------------ municipalities

    /** A municipality's colleges of mayor and aldermen. */
    record College(String id, LocalDate installedOn, PersonPlan mayor, List<PersonPlan> aldermen) {}

    final class MunicipalityPlan {
        final int number;
        final String cbsCode;
        final String name;
        final int cases;
        final List<PersonPlan> staff = new ArrayList<>();
        final PersonPlan programDirector;
        final List<College> colleges = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();
        private int newStaff;

        MunicipalityPlan(int number, String cbsCode, String name, int cases) {
            this.number = number;
            this.cbsCode = cbsCode;
            this.name = name;
            this.cases = cases;
            Random random = random("municipality", number);
            Party party = Party.municipality(cbsCode);
            int civilServants = Math.min(40, 2 + (cases + 7) / 8);
            String prefix = "p-" + cbsCode.toLowerCase(Locale.ROOT);
            for (int i = 1; i <= civilServants; i++) {
                staff.add(person(random, prefix + "-cs" + i, party, ActorRole.CIVIL_SERVANT, "Gemeente " + name));
            }
            programDirector =
                    person(random, prefix + "-director", party, ActorRole.PROGRAM_DIRECTOR, "Gemeente " + name);
            plan(random, party, prefix);
        }

        Actor clerk() {
            return staff.get(0).actor();
        }

        /** A civil servant who joins later, e.g. to take over a case. */
        PersonPlan hire(Random random) {
            return person(
                    random,
                    "p-" + cbsCode.toLowerCase(Locale.ROOT) + "-new" + (++newStaff),
                    Party.municipality(cbsCode),
                    ActorRole.CIVIL_SERVANT,
                    "Gemeente " + name);
        }

        College collegeOn(LocalDate day) {
            College current = null;
            for (College college : colleges) if (!college.installedOn().isAfter(day)) current = college;
            return current;
        }

        private void plan(Random random, Party party, String prefix) {
            // a municipality formed by a reorganisation (herindeling) during the dataset's years starts on the day it
            // was formed, with the college chosen at its reorganisation election in the November before; the case file
            // refuses to register it for an earlier day
            LocalDate formedOn = DutchMunicipalities.createdOn(cbsCode)
                    .filter(day -> day.isAfter(from))
                    .orElse(null);
            LocalDate registered = workingDay(from.plusDays(1 + random.nextInt(25)));
            if (formedOn != null) registered = workingDay(formedOn);
            Actor clerk = clerk();
            List<Object> first = new ArrayList<>();
            first.add(staff.get(0).registeredBy(clerk, registered));
            for (int i = 1; i < staff.size(); i++) first.add(staff.get(i).registeredBy(clerk, registered));
            first.add(programDirector.registeredBy(clerk, registered));
            first.add(new RegisterMunicipality(cbsCode, clerk, registered));
            add(at(registered, 10, random.nextInt(60)), first);

            // the first election and college (2018's, or the reorganisation's) are recorded when the municipality
            // starts using the case file: late, by design
            PersonPlan mayor = person(random, prefix + "-mayor", party, ActorRole.MAYOR, "Gemeente " + name);
            LocalDate lateDay = workingDay(registered.plusDays(1 + random.nextInt(10)));
            List<Object> past = new ArrayList<>();
            LocalDate reorganisationElection = null;
            College firstCollege;
            if (formedOn == null) {
                past.add(election(random, LocalDate.of(2018, 3, 22 + random.nextInt(3)), null, clerk));
                firstCollege = college(
                        random,
                        "2018",
                        LocalDate.of(2018, 5, 1).plusDays(random.nextInt(45)),
                        mayor,
                        null,
                        prefix,
                        party);
            } else {
                reorganisationElection = workingDay(LocalDate.of(formedOn.getYear() - 1, 11, 16 + random.nextInt(5)));
                past.add(election(random, reorganisationElection, reorganisationElection, clerk));
                firstCollege =
                        college(random, String.valueOf(formedOn.getYear()), registered, mayor, null, prefix, party);
            }
            past.add(mayor.registeredBy(clerk, lateDay));
            firstCollege.aldermen().forEach(a -> past.add(a.registeredBy(clerk, lateDay)));
            past.add(install(firstCollege, clerk));
            add(at(lateDay, 11, random.nextInt(60)), past);
            departure(random, firstCollege, LocalDate.of(2019, 3, 1), LocalDate.of(2021, 12, 1), prefix, party);

            for (int year = 2019; year <= 2026; year++) {
                LocalDate day = workingDay(LocalDate.of(year, 11, 5 + random.nextInt(9)));
                boolean included = random.nextDouble() < 0.25;
                BigDecimal amount = included ? BigDecimal.valueOf(25_000L * (1 + random.nextInt(20))) : null;
                if (day.isBefore(registered)) continue;
                add(
                        at(day, 20, random.nextInt(60)),
                        List.of(new AdoptPolicy(
                                cbsCode,
                                clerk,
                                day,
                                "budget-" + cbsCode.toLowerCase(Locale.ROOT) + "-" + year,
                                PolicyKind.BUDGET,
                                "Begroting " + (year + 1),
                                AdoptingBody.COUNCIL,
                                included,
                                amount,
                                "raadsbesluit begroting " + (year + 1))));
            }
            int policies = 1 + random.nextInt(2);
            for (int i = 1; i <= policies; i++) {
                LocalDate day = workingDay(LocalDate.of(2020, 1, 10).plusDays(random.nextInt(5 * 365)));
                boolean programme = random.nextBoolean();
                if (day.isBefore(registered)) day = workingDay(registered.plusDays(30L * i));
                Instant adopted = at(day, 14, random.nextInt(60));
                boolean included = random.nextDouble() < 0.4;
                add(
                        adopted,
                        List.of(new AdoptPolicy(
                                cbsCode,
                                clerk,
                                day,
                                "policy-" + cbsCode.toLowerCase(Locale.ROOT) + "-" + i,
                                programme ? PolicyKind.PROGRAMME : PolicyKind.POLICY_DOCUMENT,
                                programme ? "Programma energietransitie" : "Visie op burgerinitiatieven",
                                programme ? AdoptingBody.COLLEGE : AdoptingBody.COUNCIL,
                                included,
                                null,
                                "besluit " + i + " " + name)));
            }
            College previous = firstCollege;
            for (int electionYear : List.of(2022, 2026)) {
                // a municipality whose reorganisation election was less than a year before a regular one skips that
                // one (as those formed on 1 January 2022 did in March 2022), and one formed later did not exist then
                if (reorganisationElection != null
                        && reorganisationElection.isAfter(LocalDate.of(electionYear - 1, 3, 1))) {
                    if (electionYear == 2022)
                        departure(
                                random, previous, LocalDate.of(2023, 1, 15), LocalDate.of(2025, 12, 1), prefix, party);
                    continue;
                }
                LocalDate established = LocalDate.of(electionYear, 3, 18 + random.nextInt(5));
                add(
                        at(workingDay(established.plusDays(random.nextInt(8))), 9, random.nextInt(60)),
                        List.of(election(random, established, null, clerk)));
                LocalDate installed =
                        workingDay(LocalDate.of(electionYear, 5, 1).plusDays(random.nextInt(60)));
                College next = college(random, String.valueOf(electionYear), installed, mayor, previous, prefix, party);
                LocalDate recorded = installed.plusDays(random.nextInt(7));
                List<Object> install = new ArrayList<>();
                for (PersonPlan alderman : next.aldermen()) {
                    if (!previous.aldermen().contains(alderman)) install.add(alderman.registeredBy(clerk, recorded));
                }
                install.add(install(next, clerk));
                add(at(workingDay(recorded), 16, random.nextInt(60)), install);
                LocalDate coalition = installed.plusDays(random.nextInt(10));
                add(
                        at(workingDay(coalition), 21, random.nextInt(30)),
                        List.of(new AdoptPolicy(
                                cbsCode,
                                clerk,
                                coalition,
                                "coalition-" + cbsCode.toLowerCase(Locale.ROOT) + "-" + electionYear,
                                PolicyKind.COALITION_AGREEMENT,
                                "Coalitieakkoord " + electionYear + "-" + (electionYear + 4),
                                AdoptingBody.COUNCIL,
                                random.nextDouble() < 0.35,
                                null,
                                "coalitieakkoord " + electionYear)));
                if (electionYear == 2022)
                    departure(random, next, LocalDate.of(2023, 1, 15), LocalDate.of(2025, 12, 1), prefix, party);
                previous = next;
            }
            steps.removeIf(step -> !step.at().isBefore(at(until.plusDays(1), 0, 0)));
            steps.sort(Comparator.comparing(Step::at));
        }

        private void add(Instant at, List<Object> commands) {
            steps.add(new Step(at, commands));
        }

        /** The election established on a day; {@code reorganisationDay} for a reorganisation election, null for a regular one. */
        private RecordMunicipalElection election(
                Random random, LocalDate established, LocalDate reorganisationDay, Actor clerk) {
            int total = Math.min(45, 9 + 2 * random.nextInt(6 + Math.min(12, cases / 4)));
            List<String> names = new ArrayList<>(Texts.PARTIES);
            java.util.Collections.shuffle(names, random);
            int count = 4 + random.nextInt(6);
            List<SeatsWon> seats = new ArrayList<>();
            int left = total;
            for (int i = 0; i < count; i++) {
                int won = i == count - 1 ? left : random.nextInt(left / 2 + 1);
                seats.add(new SeatsWon(names.get(i), won));
                left -= won;
            }
            return reorganisationDay == null
                    ? new RecordMunicipalElection(cbsCode, clerk, established, null, seats)
                    : new RecordMunicipalElection(
                            cbsCode, clerk, established, reorganisationDay, seats, ElectionKind.REORGANISATION);
        }

        private College college(
                Random random,
                String term,
                LocalDate installed,
                PersonPlan mayor,
                College previous,
                String prefix,
                Party party) {
            Set<PersonPlan> aldermen = new LinkedHashSet<>();
            if (previous != null)
                previous.aldermen().stream()
                        .filter(a -> random.nextDouble() < 0.3)
                        .forEach(aldermen::add);
            int count = 2 + random.nextInt(4);
            for (int i = 1; aldermen.size() < count; i++) {
                aldermen.add(
                        person(random, prefix + "-w" + term + "-" + i, party, ActorRole.ALDERMAN, "Gemeente " + name));
            }
            College college = new College(
                    cbsCode.toLowerCase(Locale.ROOT) + "-college-" + term, installed, mayor, List.copyOf(aldermen));
            colleges.add(college);
            return college;
        }

        private InstallCollege install(College college, Actor clerk) {
            List<CollegeMember> aldermen = college.aldermen().stream()
                    .map(a -> new CollegeMember(
                            a.id(),
                            List.of("energietransitie", "duurzaamheid"),
                            Texts.PARTIES.get(Math.abs(a.id().hashCode()) % 6)))
                    .toList();
            return new InstallCollege(
                    cbsCode,
                    clerk,
                    college.installedOn(),
                    college.id(),
                    new CollegeMember(college.mayor().id(), List.of("openbare orde"), null),
                    aldermen);
        }

        private void departure(
                Random random, College college, LocalDate earliest, LocalDate latest, String prefix, Party party) {
            if (random.nextDouble() >= 0.25) return;
            earliest = earliest.isAfter(college.installedOn().plusDays(60))
                    ? earliest
                    : college.installedOn().plusDays(60);
            if (!earliest.isBefore(latest)) return;
            LocalDate day =
                    workingDay(earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()))));
            PersonPlan leaving =
                    college.aldermen().get(random.nextInt(college.aldermen().size()));
            PersonPlan successor = person(
                    random,
                    prefix + "-w" + college.id().substring(college.id().length() - 4) + "-s",
                    party,
                    ActorRole.ALDERMAN,
                    "Gemeente " + name);
            add(
                    at(day, 15, random.nextInt(60)),
                    List.of(
                            successor.registeredBy(clerk(), day),
                            new RecordAldermanDeparture(
                                    cbsCode,
                                    clerk(),
                                    day,
                                    college.id(),
                                    leaving.id(),
                                    DepartureReason.values()[random.nextInt(DepartureReason.values().length)],
                                    "Vertrokken uit het college",
                                    new CollegeMember(successor.id(), List.of("energietransitie"), null))));
        }
    }

    // ------------------------------------------------------------------ initiatives

    final class InitiativePlan {
        final String id;
        final String name;
        final MunicipalityPlan municipality;
        final List<LocalDate> requests = new ArrayList<>();
        final int number;
        final String area;
        PersonPlan chair;
        PersonPlan projectLead;
        final List<PersonPlan> members = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();

        InitiativePlan(int number, MunicipalityPlan municipality, Random random) {
            this.number = number;
            this.municipality = municipality;
            this.area = Texts.pick(random, Texts.AREAS);
            this.id = "ini-" + municipality.cbsCode.toLowerCase(Locale.ROOT) + "-" + number;
            this.name = Texts.pick(random, Texts.INITIATIVE_WORDS) + " " + municipality.name + " " + area;
        }

        /** Planned once every case of the initiative is known: it registers before its first request. */
        void plan() {
            Random random = random("initiative", number);
            Party party = Party.initiative(id);
            chair = person(random, "p-" + id + "-chair", party, ActorRole.BOARD_MEMBER, name);
            projectLead = person(random, "p-" + id + "-lead", party, ActorRole.PROJECT_LEAD, name);
            int count = 1 + random.nextInt(2);
            for (int i = 1; i <= count; i++)
                members.add(person(random, "p-" + id + "-m" + i, party, ActorRole.MEMBER, name));
            if (random.nextDouble() < 0.2)
                members.add(person(random, "p-" + id + "-freelancer", party, ActorRole.NEIGHBOURHOOD_FREELANCER, name));
            LocalDate first = requests.stream().min(Comparator.naturalOrder()).orElseThrow();
            LocalDate registered = first.minusDays(5 + random.nextInt(90));
            Instant recorded = at(
                    workingDay(registered.isBefore(from) ? from.plusDays(random.nextInt(5)) : registered),
                    19,
                    random.nextInt(60));
            LocalDate recordedDay = LocalDate.ofInstant(recorded, ZONE);
            Actor actor = chair.actor();
            double formDraw = random.nextDouble();
            LegalForm form = formDraw < 0.35
                    ? LegalForm.INFORMAL_GROUP
                    : formDraw < 0.5
                            ? LegalForm.ASSOCIATION
                            : formDraw < 0.9 ? LegalForm.COOPERATIVE : LegalForm.FOUNDATION;
            List<Object> start = new ArrayList<>();
            start.add(chair.registeredBy(actor, recordedDay));
            start.add(projectLead.registeredBy(actor, recordedDay));
            members.forEach(m -> start.add(m.registeredBy(actor, recordedDay)));
            List<String> neighbourhoods =
                    random.nextBoolean() ? List.of() : List.of(neighbourhoodCode(municipality.cbsCode, number % 97));
            start.add(new RegisterInitiative(
                    id,
                    actor,
                    registered,
                    name,
                    form,
                    form.isLegalPerson() ? kvk(random) : null,
                    new WorkingArea(area + ", " + municipality.name, List.of(municipality.cbsCode), neighbourhoods),
                    Set.of(Domain.values()[random.nextInt(4)])));
            steps.add(new Step(recorded, start));
            LocalDate formDay = registered;
            LegalForm current = form;
            if (form == LegalForm.INFORMAL_GROUP && random.nextDouble() < 0.6) {
                formDay = workingDay(registered.plusDays(200 + random.nextInt(500)));
                current = LegalForm.COOPERATIVE;
                steps.add(new Step(
                        at(formDay, 20, random.nextInt(60)),
                        List.of(new ChangeLegalForm(
                                id,
                                actor,
                                formDay,
                                LegalForm.COOPERATIVE,
                                kvk(random),
                                "akte oprichting coöperatie " + name))));
            }
            int representations = 1 + random.nextInt(2);
            for (int i = 1; i <= representations; i++) {
                LocalDate day = workingDay(registered.plusDays(30 + random.nextInt(900)));
                LegalForm then = day.isBefore(formDay) ? form : current;
                int members = 10 + random.nextInt(400);
                BoardMandate mandate = then.hasMembers()
                        ? new BoardMandate(
                                day.minusDays(random.nextInt(30)),
                                "Onderhandelen met de gemeente over " + area,
                                day.plusYears(2),
                                "ALV " + day)
                        : null;
                steps.add(new Step(
                        at(day, 21, random.nextInt(60)),
                        List.of(new RecordRepresentation(
                                id,
                                actor,
                                day,
                                id + "-rep-" + i,
                                members,
                                200 + random.nextInt(3000),
                                mandate,
                                "Ledenaantal en mandaat volgens de ALV"))));
            }
            steps.removeIf(step -> !step.at().isBefore(at(until.plusDays(1), 0, 0)));
            steps.sort(Comparator.comparing(Step::at));
        }
    }

    static String neighbourhoodCode(String cbsCode, int number) {
        return "BU" + cbsCode.substring(2) + String.format(Locale.ROOT, "%04d", number);
    }

    private static String kvk(Random random) {
        return String.format(Locale.ROOT, "%08d", 10_000_000 + random.nextInt(89_999_999));
    }
}
