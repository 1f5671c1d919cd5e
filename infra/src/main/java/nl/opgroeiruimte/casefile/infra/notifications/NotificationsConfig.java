package nl.opgroeiruimte.casefile.infra.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications to other systems (docs/notifications.md): the outbox of webhook deliveries is written by a
 * processor of its own and posted by a recurring db-scheduler task (one instance at a time, across instances).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationsConfig {

    /**
     * A notification processor that fails (the database or the broker away) does not skip the event, as a
     * logging error handler would, nor park it: it stops, backs off and handles the same events again.
     */
    @Bean
    ConfigurerModule notificationProcessorsRetry() {
        return configurer -> {
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler(
                            NotificationOutbox.PROCESSOR, c -> PropagatingErrorHandler.instance());
            configurer
                    .eventProcessing()
                    .registerListenerInvocationErrorHandler(
                            RabbitPublisher.PROCESSOR, c -> PropagatingErrorHandler.instance());
        };
    }

    @Bean
    RecurringTask<Void> notificationDeliveries(WebhookDeliveries deliveries, NotificationsProperties properties) {
        return Tasks.recurring(
                        "notification-deliveries",
                        FixedDelay.of(properties.webhooks().pollInterval()))
                .execute((instance, context) -> deliveries.deliverDue());
    }
}
