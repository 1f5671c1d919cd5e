package nl.opgroeiruimte.casefile.infra.config;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

/**
 * Tells Axon's event store when an append failed on a unique key: then a second "create" of an existing
 * aggregate becomes AggregateStreamCreationException (409 already-exists) and a lost race on the same
 * sequence number ConcurrencyException (409 concurrent-modification), not an internal error. Axon's
 * default resolver reads vendor error codes, which PostgreSQL leaves at 0; PostgreSQL and H2 both give
 * the standard SQLState 23505 (unique_violation), also inside a batch.
 */
@Component
public class DuplicateKeyResolver implements PersistenceExceptionResolver {
    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) return true;
                }
            }
            if (cause.getCause() == cause) break;
        }
        return false;
    }
}
