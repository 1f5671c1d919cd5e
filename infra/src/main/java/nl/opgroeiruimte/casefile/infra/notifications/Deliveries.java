package nl.opgroeiruimte.casefile.infra.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox of webhook deliveries ({@code notification_delivery}): one row per event and subscription, at most
 * once (a replayed batch finds its rows there), then {@code pending} until delivered, or {@code failed} for good.
 */
@Component
class Deliveries {
    static final String PENDING = "pending";
    static final String DELIVERED = "delivered";
    static final String FAILED = "failed";

    /** One delivery, as administrators and subscribers see it (the body only when it is posted). */
    record Delivery(
            long deliveryId,
            String subscriptionId,
            String eventId,
            String eventType,
            String stream,
            long sequenceNumber,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant lastAttemptAt,
            Integer lastStatus,
            String lastError,
            Instant deliveredAt,
            Instant createdAt) {}

    record Due(
            long deliveryId,
            String subscriptionId,
            String eventId,
            String stream,
            String body,
            int attempts,
            Instant nextAttemptAt) {}

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(
            String subscriptionId,
            String eventId,
            String eventType,
            String stream,
            long sequenceNumber,
            String body,
            Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into notification_delivery (subscription_id, event_id, event_type, stream, sequence_number, body,
                            status, attempts, next_attempt_at, created_at)
                        select :subscription, :event, :type, :stream, :sequence, :body, 'pending', 0, :at, :at
                        where not exists (select 1 from notification_delivery where subscription_id = :subscription and event_id = :event)""")
                .param("subscription", subscriptionId)
                .param("event", eventId)
                .param("type", eventType)
                .param("stream", stream)
                .param("sequence", sequenceNumber)
                .param("body", body)
                .param("at", at)
                .update();
    }

    /** The pending deliveries in the order they were written (per case: the order of its events). */
    List<Due> pending(int limit) {
        return jdbc.sql("""
                        select delivery_id, subscription_id, event_id, stream, body, attempts, next_attempt_at
                        from notification_delivery where status = 'pending' order by delivery_id limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }

    void delivered(long deliveryId, int status, Instant now) {
        jdbc.sql("""
                        update notification_delivery set status = 'delivered', attempts = attempts + 1, last_attempt_at = :now,
                            last_status = :status, last_error = null, delivered_at = :now where delivery_id = :id""")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("status", status)
                .param("id", deliveryId)
                .update();
    }

    void failed(long deliveryId, Integer status, String error, Instant now, Instant nextAttemptAt, boolean forGood) {
        jdbc.sql("""
                        update notification_delivery set status = :state, attempts = attempts + 1, last_attempt_at = :now,
                            last_status = :status, last_error = :error, next_attempt_at = :next where delivery_id = :id""")
                .param("state", forGood ? FAILED : PENDING)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("status", status)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .param("next", nextAttemptAt.atOffset(ZoneOffset.UTC))
                .param("id", deliveryId)
                .update();
    }

    /** A delivery that failed for good is tried again from its first attempt's wait on. */
    boolean retry(String subscriptionId, long deliveryId, Instant now) {
        return jdbc.sql("""
                        update notification_delivery set status = 'pending', attempts = 0, next_attempt_at = :now
                        where delivery_id = :id and subscription_id = :subscription and status = 'failed'""")
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .param("id", deliveryId)
                        .param("subscription", subscriptionId)
                        .update()
                > 0;
    }

    /** The latest deliveries of a subscription (status ignored), or else every subscription's in one status, newest first. */
    List<Delivery> list(String subscriptionId, String status, int limit) {
        String where = subscriptionId != null ? "subscription_id = :key" : "status = :key";
        return jdbc.sql("select * from notification_delivery where " + where
                        + " order by delivery_id desc limit :limit")
                .param("key", subscriptionId != null ? subscriptionId : status)
                .param("limit", limit)
                .query((rs, row) -> new Delivery(
                        rs.getLong("delivery_id"),
                        rs.getString("subscription_id"),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("stream"),
                        rs.getLong("sequence_number"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_attempt_at", OffsetDateTime.class)),
                        (Integer) rs.getObject("last_status"),
                        rs.getString("last_error"),
                        instant(rs.getObject("delivered_at", OffsetDateTime.class)),
                        instant(rs.getObject("created_at", OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
