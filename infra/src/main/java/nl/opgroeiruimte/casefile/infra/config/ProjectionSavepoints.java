package nl.opgroeiruimte.casefile.infra.config;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs each projection's event handler in a savepoint of its processor's transaction. On PostgreSQL one
 * failed statement spoils the whole transaction: without the savepoint, a projection whose SQL fails on
 * a fact could not even have that fact parked in the dead-letter queue (the same transaction), and its
 * processor would retry that fact for ever instead of going on with the others. Event-sourcing handlers
 * of aggregates touch no database and are left alone.
 */
public class ProjectionSavepoints implements HandlerEnhancerDefinition {
    private static final TransactionDefinition SAVEPOINT =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
    private final PlatformTransactionManager transactions;

    public ProjectionSavepoints(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.annotationAttributes(EventHandler.class).isPresent()
                || original.annotationAttributes(EventSourcingHandler.class).isPresent()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    transactions.rollback(savepoint);
                    throw e;
                }
                transactions.commit(savepoint);
                return result;
            }
        };
    }
}
