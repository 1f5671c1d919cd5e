package nl.opgroeiruimte.casefile.kernel.initiative;

/** The legal form of an initiative: none yet, or an association, foundation or cooperative. */
public enum LegalForm {
    INFORMAL_GROUP,
    ASSOCIATION,
    FOUNDATION,
    COOPERATIVE;

    /**
     * Whether the form has members, who meet and mandate the board. A foundation has none (Burgerlijk
     * Wetboek 2:285); an informal group may hold a members' meeting even without a legal form.
     */
    public boolean hasMembers() {
        return this != FOUNDATION;
    }

    /** An informal group is not a legal person and has no registration at the Chamber of Commerce. */
    public boolean isLegalPerson() {
        return this != INFORMAL_GROUP;
    }
}
