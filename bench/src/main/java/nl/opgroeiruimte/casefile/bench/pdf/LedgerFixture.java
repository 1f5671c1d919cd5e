package nl.opgroeiruimte.casefile.bench.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.CaseRef;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Maker;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Member;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Promise;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Recording;

/**
 * A seeded municipal promise ledger of the size the largest municipality of the default benchmark
 * dataset has (about 300 cases of about 9 promises), in the shapes {@code PromiseRules} gives them: the
 * grant and its forms, guarantees, funding, agreements, "later" answers and decisions, spread over three
 * college terms, with event ids as proof. Built without a database, so that the PDF can be measured in
 * seconds instead of after generating and projecting the 10,000-case dataset.
 */
public final class LedgerFixture {
    static final String MUNICIPALITY = "GM0193";
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 7);
    private static final String[] ACTIVITIES = {
        "collectief warmtenet",
        "buurtmoestuin",
        "energiecoöperatie",
        "zorgcoöperatie",
        "dorpshuis",
        "deelauto's",
        "speeltuin in beheer",
        "buurtbus",
        "repair café",
        "buurtbatterij"
    };
    private static final String[] AREAS = {"Assendorp", "Diezerpoort", "Holtenbroek", "Stadshagen", "Westenholte"};
    private static final String[] PEOPLE = {
        "Anna de Vries", "Bram Jansen", "Cor van Dijk", "Dewi Bakker", "Eva Visser", "Fatima el Amrani"
    };
    private static final String[] RULES = {
        "grant-running", "time-running", "exclusivity-running", "guarantee-pending", "met-without-continuation",
        "funding-running", "funding-paid-in-full", "agreement-in-force", "later-pending", "later-past-due",
        "decision-stands", "exclusivity-breached"
    };

    private LedgerFixture() {}

    /** The ledger of one municipality with {@code cases} cases of on average {@code promisesPerCase} promises. */
    public static PromiseLedger municipality(int cases, int promisesPerCase, long seed) {
        Random random = new Random(seed);
        List<College> colleges = colleges();
        List<CaseRef> caseRefs = new ArrayList<>();
        List<Promise> promises = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            String caseId = "case-" + new UUID(seed, c);
            String initiative = "initiative-" + new UUID(seed + 1, c);
            caseRefs.add(new CaseRef(
                    caseId,
                    initiative,
                    ACTIVITIES[random.nextInt(ACTIVITIES.length)],
                    AREAS[random.nextInt(AREAS.length)],
                    random.nextInt(4) == 0 ? "ended" : "granted"));
            int n = Math.max(1, promisesPerCase - 3 + random.nextInt(7));
            LocalDate granted = FIRST_DAY.plusDays(random.nextInt(1800));
            for (int p = 0; p < n; p++) {
                promises.add(promise(random, caseId, initiative, p, granted.plusDays(30L * p), colleges));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        PromiseLedger.STATUSES.forEach(s -> counts.put(s, 0L));
        promises.forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        return new PromiseLedger(
                "municipality",
                MUNICIPALITY,
                null,
                LocalDate.of(2026, 12, 6),
                null,
                colleges,
                caseRefs,
                promises,
                counts);
    }

    private static Promise promise(
            Random random, String caseId, String initiative, int index, LocalDate madeOn, List<College> colleges) {
        String[] kindAndForm = kind(index, random);
        String kind = kindAndForm[0];
        String status = PromiseLedger.STATUSES.get(random.nextInt(4));
        String rule = RULES[random.nextInt(RULES.length)];
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        boolean byMunicipality = random.nextInt(3) > 0;
        List<String> proof = new ArrayList<>();
        for (int e = 0, events = 1 + random.nextInt(3); e < events; e++)
            proof.add(new UUID(random.nextLong(), random.nextLong()).toString());
        return new Promise(
                kind + ":" + new UUID(random.nextLong(), index),
                caseId,
                kind,
                kindAndForm[1],
                subject(kind, random),
                madeOn,
                random.nextBoolean() ? madeOn.plusMonths(6 + random.nextInt(18)) : null,
                new Maker(
                        "person-" + person.hashCode(),
                        person,
                        byMunicipality ? ActorRole.CIVIL_SERVANT : ActorRole.BOARD_MEMBER,
                        byMunicipality ? Party.municipality(MUNICIPALITY) : Party.initiative(initiative)),
                new Recording(random.nextInt(5) == 0 ? "system" : "person", "person-1", person, null, madeOn),
                collegeOn(madeOn, colleges),
                status,
                madeOn.plusDays(random.nextInt(400)),
                rule,
                proof);
    }

    private static String[] kind(int index, Random random) {
        return switch (index) {
            case 0 -> new String[] {"grant", null};
            case 1 -> new String[] {"grant-time", "time"};
            case 2 -> new String[] {"grant-exclusivity", "exclusivity"};
            default ->
                switch (random.nextInt(6)) {
                    case 0 -> new String[] {"guarantee", "certainty"};
                    case 1 -> new String[] {"funding", "money"};
                    case 2 -> new String[] {"agreement", "certainty"};
                    case 3 -> new String[] {"later", "certainty"};
                    case 4 -> new String[] {"decision", "certainty"};
                    default -> new String[] {"exclusivity-extension", "exclusivity"};
                };
        };
    }

    private static String subject(String kind, Random random) {
        return switch (kind) {
            case "guarantee" -> "Haalbaarheidsstudie afgerond: de gemeente financiert de uitvoeringsfase";
            case "funding" -> "process-financing € " + (5 + random.nextInt(95)) + ".000 (municipal)";
            case "agreement" -> "Samenwerkingsovereenkomst over beheer en onderhoud";
            case "later" -> "Mag het initiatief de gemeentegrond na 2027 blijven gebruiken?";
            case "decision" -> "Raadsbesluit maatschappelijk vastgoed: verkoop aan het initiatief";
            case "exclusivity-extension" -> "collectief warmtenet, Assendorp: until 2027-06-30 (was 2026-06-30)";
            default -> "opgroeiruimte voor " + ACTIVITIES[random.nextInt(ACTIVITIES.length)];
        };
    }

    private static String collegeOn(LocalDate day, List<College> colleges) {
        String in = null;
        for (College c : colleges) if (!c.installedOn().isAfter(day)) in = c.collegeId();
        return in;
    }

    private static List<College> colleges() {
        List<College> colleges = new ArrayList<>();
        LocalDate[] installed = {LocalDate.of(2018, 5, 1), LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 1)};
        for (int i = 0; i < installed.length; i++) {
            LocalDate until = i + 1 < installed.length ? installed[i + 1].minusDays(1) : null;
            List<Member> members = new ArrayList<>();
            members.add(new Member(
                    "mayor-" + i, "Burgemeester " + PEOPLE[i], "mayor", List.of(), null, installed[i], until));
            for (int a = 0; a < 4; a++) {
                members.add(new Member(
                        "alderman-" + i + "-" + a,
                        PEOPLE[(i + a + 1) % PEOPLE.length],
                        "alderman",
                        List.of("Wonen", "Duurzaamheid"),
                        a % 2 == 0 ? "GroenLinks" : "VVD",
                        installed[i],
                        until));
            }
            colleges.add(new College(
                    "college-" + installed[i].getYear(),
                    installed[i],
                    until,
                    installed[i].minusMonths(2),
                    members,
                    new UUID(i, 2026).toString()));
        }
        return colleges;
    }
}
