package nl.opgroeiruimte.casefile.command.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers the answer to every command sent with an {@code Idempotency-Key}, in the same transaction as
 * the command's events: either both are stored or neither, so a retry after a crash or a restart finds
 * the first answer and stores nothing twice.
 */
@Component
public class IdempotencyStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record StoredAnswer(String fingerprint, int status, String location, String etag, String body) {}

    public Optional<StoredAnswer> find(String key) {
        return jdbc.sql("""
                        select request_fingerprint, status, location, etag, body
                        from idempotency_key where idempotency_key = :key""")
                .param("key", key)
                .query((rs, n) -> new StoredAnswer(
                        rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Fails with a duplicate key when another request with the same key got there first. */
    public void remember(String key, StoredAnswer answer) {
        jdbc.sql("""
                        insert into idempotency_key (idempotency_key, request_fingerprint, status, location, etag, body, created_at)
                        values (:key, :fingerprint, :status, :location, :etag, :body, :createdAt)""")
                .param("key", key)
                .param("fingerprint", answer.fingerprint())
                .param("status", answer.status())
                .param("location", answer.location())
                .param("etag", answer.etag())
                .param("body", answer.body())
                .param("createdAt", java.sql.Timestamp.from(Instant.now(clock)))
                .update();
    }
}
