package nl.opgroeiruimte.casefile.infra.record;

import java.time.Instant;
import nl.opgroeiruimte.casefile.kernel.common.Counts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once, on H2 and PostgreSQL alike: gives every event stored before the hash chain existed its hash and
 * the time it was sealed ({@link ChainSealer}). Flyway records that it ran, and when, in its history table.
 */
public class V55__Seal_event_chains extends BaseJavaMigration {
    private static final Logger log = LoggerFactory.getLogger(V55__Seal_event_chains.class);

    @Override
    public void migrate(Context context) throws Exception {
        long sealed = ChainSealer.sealAll(context.getConnection(), Instant.now());
        log.info("Sealed the hash chains of {} stored before the chain existed", Counts.of(sealed, "event", "events"));
    }
}
