package nl.opgroeiruimte.casefile.kernel.municipality;

/**
 * Why an alderman left the college. Deliberately coarse: the reason is kept in an event forever, so it
 * holds nothing that would be personal data of a special category (health, for one).
 */
public enum DepartureReason {
    RESIGNED,
    NO_CONFIDENCE,
    APPOINTED_ELSEWHERE,
    OTHER
}
