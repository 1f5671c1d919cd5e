package nl.opgroeiruimte.casefile.infra.research.table;

/**
 * The size of a municipality by its inhabitants, read from the size of its council: the Gemeentewet
 * (art. 8) fixes the number of council seats by the number of inhabitants, so the seats of the last election
 * recorded with its result place the municipality in a band without a population register. Unknown until an
 * election result with seats is recorded.
 */
public enum SizeClass {
    /** up to 20,000 inhabitants: at most 17 seats */
    UP_TO_20K("up-to-20k", 17),
    /** 20,001 to 50,000: 19 to 29 seats */
    FROM_20K_TO_50K("20k-50k", 29),
    /** 50,001 to 100,000: 31 to 37 seats */
    FROM_50K_TO_100K("50k-100k", 37),
    /** 100,001 to 200,000: 39 seats */
    FROM_100K_TO_200K("100k-200k", 39),
    /** more than 200,000: 45 seats */
    ABOVE_200K("above-200k", 45),
    UNKNOWN("unknown", 0);

    private final String word;
    private final int maxSeats;

    SizeClass(String word, int maxSeats) {
        this.word = word;
        this.maxSeats = maxSeats;
    }

    public String word() {
        return word;
    }

    /** The class of a council of {@code seats} seats; unknown for none. */
    public static SizeClass ofSeats(int seats) {
        if (seats <= 0) return UNKNOWN;
        for (SizeClass c : values()) {
            if (c != UNKNOWN && seats <= c.maxSeats) return c;
        }
        return ABOVE_200K;
    }
}
