package nl.opgroeiruimte.casefile.kernel.common;

import java.util.UUID;

/**
 * Identifiers of cases, sub-entities and people: opaque, URL-safe, at most 64 characters. The service
 * hands out UUIDs; clients that bring their own (an import, an offline form) may use any slug.
 */
public final class Ids {
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    public static final String MESSAGE = "must be an identifier of 1 to 64 letters, digits, '-' or '_'";

    private Ids() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
