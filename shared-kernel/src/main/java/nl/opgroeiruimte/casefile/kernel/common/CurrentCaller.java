package nl.opgroeiruimte.casefile.kernel.common;

import java.util.Optional;

/** Who is making the current request; the web layer knows, the sides only ask. */
public interface CurrentCaller {
    Optional<Caller> get();

    /** The user name the caller signed in with, where it is not their person id (the local mode's users). */
    default Optional<String> userName() {
        return Optional.empty();
    }

    /** The caller of a request that must have one. */
    default Caller require() {
        return get().orElseThrow(() -> new NotPermitted("Sign in first"));
    }
}
