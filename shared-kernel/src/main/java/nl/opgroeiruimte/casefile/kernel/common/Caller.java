package nl.opgroeiruimte.casefile.kernel.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sends a request: their pseudonymous person id, their role, and the municipality or initiative they
 * belong to. The rules of who may read and record what live here, in one place, and are applied where
 * commands and queries are handled.
 */
public record Caller(String personId, CallerRole role, String municipality, String initiative) {
    private static final String PREFIX = "caller.";

    /** Whether the caller may read the case of this municipality and initiative with these facilitators. */
    public boolean mayRead(String caseMunicipality, String caseInitiative, Set<String> facilitators) {
        return switch (role) {
            case ADMINISTRATOR -> true;
            case MUNICIPAL_STAFF, AUDITOR -> caseMunicipality != null && caseMunicipality.equals(municipality);
            case INITIATIVE_MEMBER -> caseInitiative != null && caseInitiative.equals(initiative);
            case FACILITATOR -> facilitators.contains(personId);
            case RESEARCHER -> false;
        };
    }

    /** Whether the caller may record what happens in the case of this municipality and initiative. */
    public boolean mayRecord(String caseMunicipality, String caseInitiative, Set<String> facilitators) {
        return role != CallerRole.AUDITOR && mayRead(caseMunicipality, caseInitiative, facilitators);
    }

    /** Whether the caller may record what happens to this municipality (elections, colleges, policy). */
    public boolean mayRecordForMunicipality(String cbsCode) {
        return role == CallerRole.ADMINISTRATOR || (role == CallerRole.MUNICIPAL_STAFF && cbsCode.equals(municipality));
    }

    /** Whether the caller may record what happens to this initiative (legal form, representation). */
    public boolean mayRecordForInitiative(String initiativeId) {
        return role == CallerRole.ADMINISTRATOR
                || (role == CallerRole.INITIATIVE_MEMBER && initiativeId.equals(initiative));
    }

    public boolean isAdministrator() {
        return role == CallerRole.ADMINISTRATOR;
    }

    /** The caller as command metadata: who recorded the fact, next to who did it in the world. */
    public Map<String, String> asMetaData() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PREFIX + "personId", personId);
        values.put(PREFIX + "role", role.name());
        if (municipality != null) values.put(PREFIX + "municipality", municipality);
        if (initiative != null) values.put(PREFIX + "initiative", initiative);
        return values;
    }

    /** The caller a command was sent by, when it came in over the API; empty for the service's own commands. */
    public static Optional<Caller> fromMetaData(Map<String, ?> metaData) {
        Object role = metaData.get(PREFIX + "role");
        if (role == null) return Optional.empty();
        return Optional.of(new Caller(
                (String) metaData.get(PREFIX + "personId"),
                CallerRole.valueOf((String) role),
                (String) metaData.get(PREFIX + "municipality"),
                (String) metaData.get(PREFIX + "initiative")));
    }
}
