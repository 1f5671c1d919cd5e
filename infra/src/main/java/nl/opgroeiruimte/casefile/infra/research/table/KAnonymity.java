package nl.opgroeiruimte.casefile.infra.research.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a set of case rows k-anonymous over their quasi-identifiers (province, size class, legal form, route
 * and the month of the request): a row is released at the first {@link Generalisation} at which at least
 * {@code k} of the rows not yet released look the same; a row that finds no such company even with everything
 * but the year of its request withheld is left out. Rows released at different levels never look alike (a
 * month is no year, a province is no {@code *}), so every released row has at least k-1 look-alikes.
 */
public final class KAnonymity {
    /** What a released row still tells of its quasi-identifiers, from most to least. */
    public enum Generalisation {
        /** all quasi-identifiers, dates to the month */
        NONE(false, false, false, false, false),
        /** dates to the year */
        YEAR(true, false, false, false, false),
        /** and the province withheld */
        PROVINCE(true, true, false, false, false),
        /** and the route withheld */
        ROUTE(true, true, true, false, false),
        /** and the legal form withheld */
        LEGAL_FORM(true, true, true, true, false),
        /** and the size class withheld: only the year of the request is left */
        SIZE_CLASS(true, true, true, true, true);

        public final boolean yearOnly;
        public final boolean provinceWithheld;
        public final boolean routeWithheld;
        public final boolean legalFormWithheld;
        public final boolean sizeClassWithheld;

        Generalisation(
                boolean yearOnly,
                boolean provinceWithheld,
                boolean routeWithheld,
                boolean legalFormWithheld,
                boolean sizeClassWithheld) {
            this.yearOnly = yearOnly;
            this.provinceWithheld = provinceWithheld;
            this.routeWithheld = routeWithheld;
            this.legalFormWithheld = legalFormWithheld;
            this.sizeClassWithheld = sizeClassWithheld;
        }

        /** The quasi-identifiers of a row as released at this level. */
        public List<Object> key(CaseRow row) {
            LocalDate requested = row.requestedOn();
            return List.of(
                    provinceWithheld ? "*" : Objects.toString(row.province(), ""),
                    sizeClassWithheld ? "*" : row.sizeClass().word(),
                    legalFormWithheld ? "*" : Objects.toString(row.legalForm(), ""),
                    routeWithheld ? "*" : Objects.toString(row.route(), ""),
                    requested == null
                            ? ""
                            : yearOnly
                                    ? String.valueOf(requested.getYear())
                                    : requested.toString().substring(0, 7));
        }
    }

    /** A row as released, with how far it was generalised. */
    public record Released(CaseRow row, Generalisation generalisation) {}

    /** The released rows (in their original order) and how many were left out. */
    public record Result(List<Released> released, int suppressed) {
        /** How many released rows had to be generalised (any level but {@link Generalisation#NONE}). */
        public int generalised() {
            return (int) released.stream()
                    .filter(r -> r.generalisation() != Generalisation.NONE)
                    .count();
        }
    }

    private KAnonymity() {}

    public static Result apply(List<CaseRow> rows, int k) {
        Map<CaseRow, Generalisation> placed = new java.util.IdentityHashMap<>();
        List<CaseRow> remaining = new ArrayList<>(rows);
        for (Generalisation level : Generalisation.values()) {
            Map<List<Object>, List<CaseRow>> classes = new LinkedHashMap<>();
            for (CaseRow row : remaining)
                classes.computeIfAbsent(level.key(row), x -> new ArrayList<>()).add(row);
            for (List<CaseRow> members : classes.values()) {
                if (members.size() >= k) members.forEach(r -> placed.put(r, level));
            }
            remaining.removeIf(placed::containsKey);
            if (remaining.isEmpty()) break;
        }
        List<Released> released = new ArrayList<>();
        for (CaseRow row : rows) {
            Generalisation level = placed.get(row);
            if (level != null) released.add(new Released(row, level));
        }
        return new Result(released, rows.size() - released.size());
    }

    /** The released quasi-identifiers of each row: for checking that none has fewer than k-1 look-alikes. */
    public static Map<List<Object>, Integer> classSizes(List<Released> released) {
        Map<List<Object>, Integer> sizes = new LinkedHashMap<>();
        for (Released r : released) sizes.merge(r.generalisation().key(r.row()), 1, Integer::sum);
        return sizes;
    }
}
