package nl.opgroeiruimte.casefile.command.support;

import nl.opgroeiruimte.casefile.kernel.common.DomainRuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;

/**
 * What every aggregate of the case file does around each command on an existing instance: refuse a
 * command that was prepared against an older version ({@code If-Match}), check the rules an aggregate
 * applies to every command on its current state, and answer with the version the command produced,
 * which the HTTP layer returns as the ETag.
 */
public abstract class VersionedAggregate {
    /** Metadata key under which the HTTP layer passes the version from {@code If-Match}. */
    public static final String EXPECTED_VERSION = "expectedVersion";

    @CommandHandlerInterceptor
    public Object guardVersion(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object expected = command.getMetaData().get(EXPECTED_VERSION);
        Long current = AggregateLifecycle.getVersion();
        if (expected != null && !String.valueOf(expected).equals(String.valueOf(current))) {
            throw new StaleVersion(String.valueOf(expected), current);
        }
        checkCurrentState(command.getPayload());
        chain.proceed();
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules on the aggregate's state that every command on it obeys, checked once the command is known to
     * be prepared against the current version, before its handler runs.
     */
    protected void checkCurrentState(Object command) {}

    /** The command was prepared against a version that is no longer the current one. */
    public static final class StaleVersion extends DomainRuleViolation {
        private final Long current;

        public StaleVersion(String expected, Long current) {
            super(
                    "stale-version",
                    "If-Match",
                    "The command expected version " + expected + " but the current version is " + current);
            this.current = current;
        }

        public Long current() {
            return current;
        }
    }
}
