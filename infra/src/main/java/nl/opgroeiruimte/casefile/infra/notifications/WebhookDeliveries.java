package nl.opgroeiruimte.casefile.infra.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.opgroeiruimte.casefile.infra.notifications.Deliveries.Due;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Posts the pending deliveries to their subscribers, oldest first. A delivery that fails is tried again after
 * a growing wait, and after the last attempt it has failed for good; meanwhile the later events of the same
 * case wait for it, so a subscriber receives each case's events in order. Other cases and subscribers go on.
 * Each POST is signed as Standard Webhooks prescribes ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}: HMAC-SHA256 of {@code id.timestamp.body} under the subscription's secret).
 */
@Component
class WebhookDeliveries {
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);
    static final String SECRET_PREFIX = "whsec_";

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final NotificationsProperties.Webhooks settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookDeliveries(
            Deliveries deliveries, Subscriptions subscriptions, NotificationsProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.settings = properties.webhooks();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One run: every due delivery whose case has no earlier delivery still waiting. Returns how many were delivered. */
    int deliverDue() {
        Set<String> waiting = new HashSet<>();
        Map<String, Optional<Subscription>> known = new HashMap<>();
        int delivered = 0;
        for (Due due : deliveries.pending(settings.batchSize())) {
            String queue = due.subscriptionId() + " " + due.stream();
            if (waiting.contains(queue)) continue;
            Instant now = Instant.now(clock);
            if (due.nextAttemptAt().isAfter(now)) {
                waiting.add(queue);
                continue;
            }
            Subscription subscription = known.computeIfAbsent(due.subscriptionId(), subscriptions::find)
                    .orElse(null);
            if (subscription == null || subscription.cancelledAt() != null) {
                deliveries.failed(due.deliveryId(), null, "subscription cancelled", now, now, true);
                continue;
            }
            if (attempt(subscription, due, now)) {
                delivered++;
            } else {
                waiting.add(queue);
            }
        }
        return delivered;
    }

    private boolean attempt(Subscription subscription, Due due, Instant now) {
        Integer status = null;
        String error;
        try {
            HttpResponse<Void> response =
                    http.send(request(subscription, due, now), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                deliveries.delivered(due.deliveryId(), status, Instant.now(clock));
                return true;
            }
            error = "answered " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        int attempts = due.attempts() + 1;
        boolean forGood = attempts >= settings.maxAttempts();
        Instant after = Instant.now(clock);
        deliveries.failed(due.deliveryId(), status, error, after, after.plus(settings.retryWait(attempts)), forGood);
        if (forGood) {
            log.warn(
                    "Delivery {} of event {} to subscription {} failed for good after {} attempts: {}",
                    due.deliveryId(),
                    due.eventId(),
                    subscription.subscriptionId(),
                    attempts,
                    error);
        }
        return false;
    }

    private HttpRequest request(Subscription subscription, Due due, Instant now) {
        String timestamp = String.valueOf(now.getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.callbackUrl()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", NotificationEvents.CONTENT_TYPE)
                .header("webhook-id", due.eventId())
                .header("webhook-timestamp", timestamp)
                .header(
                        "webhook-signature",
                        "v1," + signature(subscription.signingSecret(), due.eventId(), timestamp, due.body()))
                .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8));
        if (subscription.authHeader() != null) request.header("Authorization", subscription.authHeader());
        return request.build();
    }

    /** Standard Webhooks: Base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed by the secret's Base64 part. */
    static String signature(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
