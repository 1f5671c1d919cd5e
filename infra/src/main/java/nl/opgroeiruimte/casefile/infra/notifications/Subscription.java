package nl.opgroeiruimte.casefile.infra.notifications;

import java.time.Instant;
import java.util.Set;

/**
 * A system's subscription to the events of the case file: where to deliver them, and which ones. The filters
 * combine (all must match); an empty filter matches everything the owner may see.
 *
 * @param pseudonymised whether the subscriber gets pseudonymised events (its owner's role decides)
 * @param eventTypes    kinds of events ({@code milestone-planned}), empty for all
 */
public record Subscription(
        String subscriptionId,
        String callbackUrl,
        String authHeader,
        String signingSecret,
        byte[] pseudonymKey,
        boolean pseudonymised,
        String municipality,
        String caseId,
        Set<String> eventTypes,
        String ownerPersonId,
        String ownerRole,
        String ownerMunicipality,
        Instant createdAt,
        Instant cancelledAt) {

    /** Whether an event of this stream, municipality and kind, recorded then, goes to this subscription. */
    public boolean wants(String stream, String eventMunicipality, String kind, Instant recordedAt) {
        if (cancelledAt != null || recordedAt.isBefore(createdAt)) return false;
        if (ownerMunicipality != null && !ownerMunicipality.equals(eventMunicipality)) return false;
        if (municipality != null && !municipality.equals(eventMunicipality)) return false;
        if (caseId != null && !caseId.equals(stream)) return false;
        return eventTypes.isEmpty() || eventTypes.contains(kind);
    }
}
