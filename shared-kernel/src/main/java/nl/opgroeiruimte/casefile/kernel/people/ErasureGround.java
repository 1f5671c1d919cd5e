package nl.opgroeiruimte.casefile.kernel.people;

/** The ground for erasing personal data, as listed in GDPR (AVG) article 17(1)(a)–(f). */
public enum ErasureGround {
    NO_LONGER_NECESSARY,
    CONSENT_WITHDRAWN,
    OBJECTION,
    UNLAWFULLY_PROCESSED,
    LEGAL_OBLIGATION,
    CHILD_INFORMATION_SOCIETY_SERVICE
}
