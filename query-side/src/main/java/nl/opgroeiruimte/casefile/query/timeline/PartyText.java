package nl.opgroeiruimte.casefile.query.timeline;

import nl.opgroeiruimte.casefile.kernel.common.Party;

/** A party stored as one short text ({@code municipality:GM0193}) and read back as the same party. */
public final class PartyText {
    private PartyText() {}

    public static String of(Party party) {
        if (party.municipality() != null) return "municipality:" + party.municipality();
        if (party.initiative() != null) return "initiative:" + party.initiative();
        return "external:" + party.external();
    }

    public static Party parse(String text) {
        int colon = text.indexOf(':');
        String kind = text.substring(0, colon);
        String value = text.substring(colon + 1);
        return switch (kind) {
            case "municipality" -> Party.municipality(value);
            case "initiative" -> Party.initiative(value);
            default -> Party.external(value);
        };
    }
}
