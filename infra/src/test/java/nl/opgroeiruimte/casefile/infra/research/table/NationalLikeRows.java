package nl.opgroeiruimte.casefile.infra.research.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.opgroeiruimte.casefile.infra.web.pages.Provinces;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities.ListedMunicipality;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;

/**
 * Case rows spread over the country as the bench's national dataset spreads its cases (every current
 * municipality, a skewed number of cases each, the four big cities most, more requests in later years), with
 * size classes, legal forms and routes in plausible proportions: seeded, so a failure can be replayed.
 */
final class NationalLikeRows {
    private NationalLikeRows() {}

    static List<CaseRow> generate(long seed, int cases) {
        Random random = new Random(seed);
        List<ListedMunicipality> listed = DutchMunicipalities.all().stream()
                .sorted(Comparator.comparing(ListedMunicipality::cbsCode))
                .toList();
        double[] cumulative = new double[listed.size()];
        Map<String, SizeClass> size = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < listed.size(); i++) {
            String code = listed.get(i).cbsCode();
            boolean bigCity =
                    code.equals("GM0363") || code.equals("GM0599") || code.equals("GM0518") || code.equals("GM0344");
            sum += Math.exp(0.9 * random.nextGaussian()) * (bigCity ? 6 : 1);
            cumulative[i] = sum;
            double u = random.nextDouble();
            size.put(
                    code,
                    bigCity
                            ? SizeClass.ABOVE_200K
                            : u < 0.25
                                    ? SizeClass.UP_TO_20K
                                    : u < 0.75
                                            ? SizeClass.FROM_20K_TO_50K
                                            : u < 0.93 ? SizeClass.FROM_50K_TO_100K : SizeClass.FROM_100K_TO_200K);
        }
        LocalDate start = LocalDate.of(2019, 1, 2);
        long span = LocalDate.of(2026, 10, 31).toEpochDay() - start.toEpochDay();
        List<CaseRow> rows = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            double u = random.nextDouble() * sum;
            int m = 0;
            while (cumulative[m] < u) m++;
            String code = listed.get(m).cbsCode();
            LocalDate requested = start.plusDays((long) (span * Math.sqrt(random.nextDouble())));
            LocalDate granted = random.nextDouble() < 0.8 ? requested.plusDays(20 + random.nextInt(160)) : null;
            Map<AgreementKind, LocalDate> signed = new EnumMap<>(AgreementKind.class);
            LocalDate closed = null;
            String status = granted == null ? "requested" : "granted";
            if (granted != null && random.nextDouble() < 0.7) {
                signed.put(AgreementKind.PLAN_OF_APPROACH, granted.plusDays(30 + random.nextInt(200)));
                if (random.nextDouble() < 0.5) {
                    signed.put(AgreementKind.INTENT_AGREEMENT, granted.plusDays(200 + random.nextInt(300)));
                }
                if (random.nextDouble() < 0.2) {
                    signed.put(AgreementKind.COOPERATION_AGREEMENT, granted.plusDays(500 + random.nextInt(500)));
                }
            }
            if (granted != null && random.nextDouble() < 0.3) {
                closed = granted.plusDays(300 + random.nextInt(900));
                status = random.nextDouble() < 0.6 ? "mature" : "stopped";
            }
            rows.add(new CaseRow(
                    "case-" + i,
                    code,
                    Provinces.of(code).orElseThrow(),
                    size.get(code),
                    "initiative-" + code + "-" + random.nextInt(3),
                    pick(random, LegalForm.values(), 0.15, 0.15, 0.2, 0.5),
                    random.nextDouble() < 0.25
                            ? null
                            : pick(random, CooperationRoute.values(), 0.5, 0.1, 0.15, 0.05, 0.05, 0.1, 0.05),
                    random.nextBoolean()
                            ? EnumSet.of(GovernmentRole.LAWFUL, GovernmentRole.NETWORKING)
                            : EnumSet.noneOf(GovernmentRole.class),
                    pick(random, ProcessPhase.values(), 0.3, 0.3, 0.2, 0.15, 0.05),
                    status,
                    requested,
                    granted,
                    signed,
                    closed,
                    random.nextInt(40),
                    random.nextDouble() < 0.1 ? 1 : 0,
                    random.nextInt(3),
                    random.nextInt(2),
                    Map.of("go", 100, "attention", 20, "stop-risk", 5)));
        }
        return rows;
    }

    private static <T> T pick(Random random, T[] values, double... weights) {
        double u = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            u -= weights[i];
            if (u < 0) return values[i];
        }
        return values[values.length - 1];
    }
}
