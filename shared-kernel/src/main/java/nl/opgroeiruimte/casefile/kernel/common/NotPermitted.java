package nl.opgroeiruimte.casefile.kernel.common;

/** The caller is signed in but may not see or do this (403); says what, never what is behind it. */
public class NotPermitted extends RuntimeException {
    public NotPermitted(String message) {
        super(message, null, false, false);
    }
}
