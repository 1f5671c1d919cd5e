package nl.opgroeiruimte.casefile.infra.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subscriptions ({@code notification_subscription}). The outbox asks for the active ones with every event,
 * so they are kept in memory for a moment; a subscription made or cancelled here is seen at once, one made on
 * another instance within {@link #FRESH_FOR} (it receives events recorded from its creation on either way).
 */
@Component
class Subscriptions {
    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile List<Subscription> active;
    private volatile long loadedAt;

    Subscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(Subscription s) {
        jdbc.sql("""
                        insert into notification_subscription (subscription_id, callback_url, auth_header, signing_secret,
                            pseudonym_key, pseudonymised, filter_municipality, filter_case_id, filter_event_types,
                            owner_person_id, owner_role, owner_municipality, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.subscriptionId(),
                        s.callbackUrl(),
                        s.authHeader(),
                        s.signingSecret(),
                        s.pseudonymKey(),
                        s.pseudonymised(),
                        s.municipality(),
                        s.caseId(),
                        s.eventTypes().isEmpty() ? null : String.join(",", s.eventTypes()),
                        s.ownerPersonId(),
                        s.ownerRole(),
                        s.ownerMunicipality(),
                        s.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        active = null;
    }

    boolean cancel(String subscriptionId) {
        int changed = jdbc.sql(
                        "update notification_subscription set cancelled_at = ? where subscription_id = ? and cancelled_at is null")
                .params(OffsetDateTime.now(clock), subscriptionId)
                .update();
        active = null;
        return changed > 0;
    }

    Optional<Subscription> find(String subscriptionId) {
        return jdbc.sql("select * from notification_subscription where subscription_id = ?")
                .param(subscriptionId)
                .query(Subscriptions::row)
                .optional();
    }

    /** Every subscription, or those of one owner, newest first. */
    List<Subscription> all(String ownerPersonId) {
        if (ownerPersonId == null) {
            return jdbc.sql("select * from notification_subscription order by created_at desc")
                    .query(Subscriptions::row)
                    .list();
        }
        return jdbc.sql("select * from notification_subscription where owner_person_id = ? order by created_at desc")
                .param(ownerPersonId)
                .query(Subscriptions::row)
                .list();
    }

    List<Subscription> active() {
        List<Subscription> current = active;
        if (current == null || System.nanoTime() - loadedAt > FRESH_FOR.toNanos()) {
            current = jdbc.sql("select * from notification_subscription where cancelled_at is null")
                    .query(Subscriptions::row)
                    .list();
            active = current;
            loadedAt = System.nanoTime();
        }
        return current;
    }

    private static Subscription row(ResultSet rs, int row) throws SQLException {
        String types = rs.getString("filter_event_types");
        Set<String> eventTypes = types == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(types.split(",")));
        OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
        return new Subscription(
                rs.getString("subscription_id"),
                rs.getString("callback_url"),
                rs.getString("auth_header"),
                rs.getString("signing_secret"),
                rs.getBytes("pseudonym_key"),
                rs.getBoolean("pseudonymised"),
                rs.getString("filter_municipality"),
                rs.getString("filter_case_id"),
                eventTypes,
                rs.getString("owner_person_id"),
                rs.getString("owner_role"),
                rs.getString("owner_municipality"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                cancelled == null ? null : cancelled.toInstant());
    }
}
