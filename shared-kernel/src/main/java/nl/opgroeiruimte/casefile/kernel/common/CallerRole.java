package nl.opgroeiruimte.casefile.kernel.common;

/** What a signed-in user may see and do (docs/security.md). */
public enum CallerRole {
    /** A civil servant: records and reads the cases of their municipality. */
    MUNICIPAL_STAFF,
    /** A board member or volunteer: records and reads the cases of their initiative. */
    INITIATIVE_MEMBER,
    /** A process facilitator: records and reads the cases they are appointed to. */
    FACILITATOR,
    /** An auditor, council member or new alderman: reads everything of their municipality, records nothing. */
    AUDITOR,
    /** A researcher: only pseudonymised exports and series, never names. */
    RESEARCHER,
    /** The application administrator: registration, replay of projections, erasure; sees and may correct everything. */
    ADMINISTRATOR
}
