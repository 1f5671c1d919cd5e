package nl.opgroeiruimte.casefile.kernel.partnership.role;

/** A key position in a case. The party changes hands, the role persists: a vacant or silently changed role is a risk (001, 003). */
public enum CaseRole {
    MUNICIPAL_CONTACT(Side.MUNICIPALITY),
    MUNICIPAL_PROGRAM_DIRECTOR(Side.MUNICIPALITY),
    RESPONSIBLE_ALDERMAN(Side.MUNICIPALITY),
    INITIATIVE_CONTACT(Side.INITIATIVE),
    INITIATIVE_CHAIR(Side.INITIATIVE),
    INITIATIVE_PROJECT_LEAD(Side.INITIATIVE);

    public enum Side {
        MUNICIPALITY,
        INITIATIVE
    }

    private final Side side;

    CaseRole(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }
}
