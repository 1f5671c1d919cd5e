package nl.opgroeiruimte.casefile.kernel.municipality;

/**
 * How intensive the partnerships with initiatives in a neighbourhood are meant to be (004, "Mate van
 * intensiteit van de partnerschappen").
 */
public enum PartnershipIntensity {
    /** Relatively light: initiatives exploring a track or project, or with very narrow goals. */
    LIGHT,
    /**
     * Heavier: project development is at stake, so agreements on roles, phasing and financing are needed,
     * and relations and goals are formalised in an intent agreement.
     */
    HEAVY
}
