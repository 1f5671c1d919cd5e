package nl.opgroeiruimte.casefile.kernel.common;

/** Who records what time alone brings about: no person, the case file itself. */
public final class SystemActor {
    public static final Actor CASE_FILE =
            new Actor("case-file", Party.external("opgroeiruimte case file"), ActorRole.SYSTEM);

    private SystemActor() {}
}
