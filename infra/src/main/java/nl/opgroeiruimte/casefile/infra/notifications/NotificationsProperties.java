package nl.opgroeiruimte.casefile.infra.notifications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notifications to other systems (docs/notifications.md).
 *
 * @param rabbitmq publishing every event to a RabbitMQ topic exchange; off unless enabled
 * @param webhooks delivering to the callback URLs of subscriptions
 */
@Validated
@ConfigurationProperties("casefile.notifications")
public record NotificationsProperties(
        @DefaultValue @Valid Rabbitmq rabbitmq,
        @DefaultValue @Valid Webhooks webhooks) {

    /**
     * @param enabled        publish to RabbitMQ (connection: Spring Boot's {@code spring.rabbitmq.*})
     * @param exchange       the durable topic exchange published to
     * @param confirmTimeout how long to wait for the broker to confirm each event before trying again
     * @param pseudonymise   publish pseudonymised events (person ids as pseudonyms, free text withheld) instead of full ones
     * @param pseudonymKey   the key of those pseudonyms (Base64, at least 32 bytes), so that one person has one
     *                       pseudonym across restarts; required when pseudonymise is on
     */
    public record Rabbitmq(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("casefile.events") @NotBlank String exchange,
            @DefaultValue("PT10S") Duration confirmTimeout,
            @DefaultValue("false") boolean pseudonymise,
            String pseudonymKey) {}

    /**
     * @param pollInterval   how often due deliveries are looked for (also bounded by db-scheduler's polling interval)
     * @param firstRetry     the wait after the first failed attempt; each next wait is {@code backoffMultiplier} times longer
     * @param backoffMultiplier growth of the wait between attempts
     * @param maxRetryWait   the longest wait between two attempts
     * @param maxAttempts    after this many failed attempts a delivery has failed for good (visible to administrators)
     * @param requestTimeout how long one attempt may take
     * @param requireHttps   callback URLs must use https (off only for tests and closed networks)
     * @param batchSize      the most deliveries attempted in one run
     */
    public record Webhooks(
            @DefaultValue("PT1S") Duration pollInterval,
            @DefaultValue("PT10S") Duration firstRetry,
            @DefaultValue("2.0") @DecimalMin("1.0") double backoffMultiplier,
            @DefaultValue("PT1H") Duration maxRetryWait,
            @DefaultValue("12") @Min(1) int maxAttempts,
            @DefaultValue("PT10S") Duration requestTimeout,
            @DefaultValue("true") boolean requireHttps,
            @DefaultValue("200") @Min(1) int batchSize) {

        /** The wait after the given number of failed attempts. */
        public Duration retryWait(int failedAttempts) {
            double millis = firstRetry.toMillis() * Math.pow(backoffMultiplier, Math.max(0, failedAttempts - 1));
            return millis >= maxRetryWait.toMillis() ? maxRetryWait : Duration.ofMillis((long) millis);
        }
    }
}
