package nl.opgroeiruimte.casefile.kernel.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The days of the regular municipal elections held in all municipalities at once (Kieswet: every four
 * years in March). An election recorded without a date took place on the latest of these days; an
 * election on another day is a reorganisation election (herindelingsverkiezing) or similar.
 */
public final class NationalElections {
    public static final List<LocalDate> DAYS =
            List.of(LocalDate.of(2018, 3, 21), LocalDate.of(2022, 3, 16), LocalDate.of(2026, 3, 18));

    private NationalElections() {}

    public static boolean isNationalElectionDay(LocalDate day) {
        return DAYS.contains(day);
    }

    /** The latest national election day on or before the given day, if any is known. */
    public static Optional<LocalDate> latestOnOrBefore(LocalDate day) {
        return DAYS.stream().filter(d -> !d.isAfter(day)).reduce((first, second) -> second);
    }

    /** The first known national election day after the given day, if any is known. */
    public static Optional<LocalDate> nextAfter(LocalDate day) {
        return DAYS.stream().filter(d -> d.isAfter(day)).findFirst();
    }
}
