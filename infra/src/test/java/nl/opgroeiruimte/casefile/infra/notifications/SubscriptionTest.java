package nl.opgroeiruimte.casefile.infra.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which events a subscription receives, and how long a failed delivery waits before it is tried again. */
class SubscriptionTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(60);

    @Test
    void aCivilServantsSubscriptionReceivesOnlyTheirOwnMunicipalityWhateverItsFilters() {
        Subscription zwolle = subscription(null, null, Set.of(), "GM0193");
        assertThat(zwolle.wants("case-1", "GM0193", "milestone-planned", LATER)).isTrue();
        assertThat(zwolle.wants("case-2", "GM0301", "milestone-planned", LATER)).isFalse();
        assertThat(zwolle.wants("person:p-anna", null, "person-registered", LATER))
                .as("no municipality's stream")
                .isFalse();
    }

    @Test
    void everyFilterGivenMustMatch() {
        Subscription grantsInZwolle = subscription("GM0193", null, Set.of("opgroeiruimte-granted"), null);
        assertThat(grantsInZwolle.wants("case-1", "GM0193", "opgroeiruimte-granted", LATER))
                .isTrue();
        assertThat(grantsInZwolle.wants("case-1", "GM0193", "milestone-planned", LATER))
                .isFalse();
        assertThat(grantsInZwolle.wants("case-1", "GM0301", "opgroeiruimte-granted", LATER))
                .isFalse();
        Subscription oneCase = subscription(null, "case-1", Set.of(), null);
        assertThat(oneCase.wants("case-1", "GM0193", "meeting-recorded", LATER)).isTrue();
        assertThat(oneCase.wants("case-2", "GM0193", "meeting-recorded", LATER)).isFalse();
    }

    @Test
    void aSubscriptionReceivesTheEventsRecordedFromItsCreationOn() {
        Subscription all = subscription(null, null, Set.of(), null);
        assertThat(all.wants("case-1", "GM0193", "meeting-recorded", CREATED.minusMillis(1)))
                .isFalse();
        assertThat(all.wants("case-1", "GM0193", "meeting-recorded", CREATED)).isTrue();
    }

    @Test
    void eachRetryWaitsLongerUpToTheLongestWait() {
        NotificationsProperties.Webhooks webhooks = new NotificationsProperties.Webhooks(
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                2.0,
                Duration.ofMinutes(1),
                12,
                Duration.ofSeconds(10),
                true,
                200);
        assertThat(webhooks.retryWait(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(webhooks.retryWait(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(webhooks.retryWait(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(webhooks.retryWait(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(webhooks.retryWait(11)).isEqualTo(Duration.ofMinutes(1));
    }

    private static Subscription subscription(
            String municipality, String caseId, Set<String> kinds, String ownerMunicipality) {
        return new Subscription(
                "s-1",
                "https://example.nl/hook",
                null,
                "whsec_AAAA",
                null,
                false,
                municipality,
                caseId,
                kinds,
                "p-owner",
                ownerMunicipality == null ? "administrator" : "municipal-staff",
                ownerMunicipality,
                CREATED,
                null);
    }
}
