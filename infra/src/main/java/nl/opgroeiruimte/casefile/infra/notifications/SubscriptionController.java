package nl.opgroeiruimte.casefile.infra.notifications;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import nl.opgroeiruimte.casefile.command.api.MalformedCommand;
import nl.opgroeiruimte.casefile.infra.config.KebabCaseEnums;
import nl.opgroeiruimte.casefile.infra.notifications.Deliveries.Delivery;
import nl.opgroeiruimte.casefile.infra.research.EventTypes;
import nl.opgroeiruimte.casefile.infra.web.RequestRefused;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.casefile.RecordedEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions in the style of the ZGW Notificaties API's {@code abonnementen} (docs/notifications.md):
 * a callback URL, the Authorization header to send, filters. Who subscribes decides what is delivered:
 * administrators get every event in full, municipal staff the full events of their own municipality (its cases
 * and its own stream), researchers pseudonymised events; other roles do not subscribe.
 */
@RestController
@Tag(name = "notifications", description = "Webhook subscriptions to the events of the case file")
public class SubscriptionController {
    private static final int DELIVERIES_SHOWN = 100;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final CurrentCaller callers;
    private final EventTypes types;
    private final NotificationsProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionController(
            Subscriptions subscriptions,
            Deliveries deliveries,
            CurrentCaller callers,
            EventTypes types,
            NotificationsProperties properties,
            ObjectMapper json,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callers = callers;
        this.types = types;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** A subscription request (ZGW: {@code callbackUrl}, {@code auth}, the filters of its one channel). */
    @Schema(name = "SubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(
                    description = "where each event is POSTed, https",
                    example = "https://zaaksysteem.gemeente.example/notificaties")
            String callbackUrl,

            @Schema(description = "sent as the Authorization header of each delivery", example = "Bearer 3f1c…")
            String auth,

            Filters filters) {}

    /** Every filter given must match; none given means every event the subscriber may see. */
    @Schema(name = "SubscriptionFilters")
    public record Filters(
            @Schema(example = "GM0193") String municipality,
            String caseId,

            @Schema(description = "kinds of events", example = "[\"milestone-planned\", \"document-added\"]")
            List<String> eventTypes) {}

    /** A subscription as shown; the Authorization header is never shown, the signing secret only once. */
    @Schema(name = "Subscription")
    public record SubscriptionView(
            String subscriptionId,
            String callbackUrl,
            boolean authSet,
            Filters filters,

            @Schema(description = "whether deliveries are pseudonymised (the owner's role decides)")
            boolean pseudonymised,

            String ownerPersonId,
            String ownerRole,
            Instant createdAt,
            Instant cancelledAt,

            @Schema(
                    description =
                            "Standard Webhooks secret for the webhook-signature header; in the answer to POST only")
            String signingSecret,

            List<Delivery> deliveries) {}

    @PostMapping("/api/v1/subscriptions")
    @Operation(
            summary = "Subscribe a callback URL to the events of the case file",
            description = "Administrators receive every event in full, municipal staff the full events of their own "
                    + "municipality, researchers pseudonymised events. Each delivery is a CloudEvent (structured JSON) "
                    + "signed by Standard Webhooks headers under the secret in this answer, which is shown only here.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = SubscriptionRequest.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Subscribed; the answer carries the signing secret, shown only here",
            headers = @Header(name = "Location", description = "The subscription (GET)"),
            content =
                    @Content(
                            mediaType = org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SubscriptionView.class)))
    public ResponseEntity<SubscriptionView> subscribe(@RequestBody JsonNode body) {
        Caller caller = callers.require();
        SubscriptionRequest request = read(body);
        boolean pseudonymised = switch (caller.role()) {
            case ADMINISTRATOR, MUNICIPAL_STAFF -> false;
            case RESEARCHER -> true;
            default ->
                throw new NotPermitted(
                        "Only administrators, municipal staff and researchers subscribe to notifications");
        };
        String ownerMunicipality = caller.role() == CallerRole.MUNICIPAL_STAFF ? caller.municipality() : null;
        Filters filters = request.filters() == null ? new Filters(null, null, List.of()) : request.filters();
        String callbackUrl = callbackUrl(request.callbackUrl());
        if (request.auth() != null
                && (request.auth().isBlank()
                        || request.auth().length() > 2000
                        || request.auth().chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
            throw new RequestRefused(
                    HttpStatus.BAD_REQUEST,
                    "invalid-auth",
                    "auth",
                    "auth must be one header value of at most 2000 characters");
        }
        if (filters.municipality() != null && !CbsCode.isValid(filters.municipality())) {
            throw new RequestRefused(
                    HttpStatus.BAD_REQUEST,
                    "invalid-format",
                    "filters.municipality",
                    "must be a CBS code such as GM0193");
        }
        if (ownerMunicipality != null
                && filters.municipality() != null
                && !ownerMunicipality.equals(filters.municipality())) {
            throw new NotPermitted("Municipal staff subscribe to the events of their own municipality only");
        }
        if (filters.caseId() != null && !filters.caseId().matches(Ids.PATTERN)) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, "invalid-format", "filters.caseId", Ids.MESSAGE);
        }
        Set<String> kinds = kinds(filters.eventTypes());
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        byte[] pseudonymKey = null;
        if (pseudonymised) {
            pseudonymKey = new byte[32];
            random.nextBytes(pseudonymKey);
        }
        Subscription subscription = new Subscription(
                Ids.newId(),
                callbackUrl,
                request.auth(),
                WebhookDeliveries.SECRET_PREFIX + Base64.getEncoder().encodeToString(secret),
                pseudonymKey,
                pseudonymised,
                filters.municipality(),
                filters.caseId(),
                kinds,
                caller.personId(),
                KebabCaseEnums.wordFor(caller.role()),
                ownerMunicipality,
                Instant.now(clock),
                null);
        subscriptions.create(subscription);
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + subscription.subscriptionId()))
                .body(view(subscription, true, null));
    }

    @GetMapping("/api/v1/subscriptions")
    @Operation(summary = "The subscriptions: all for administrators, one's own for others")
    public List<SubscriptionView> list() {
        Caller caller = callers.require();
        return subscriptions.all(caller.isAdministrator() ? null : caller.personId()).stream()
                .map(s -> view(s, false, null))
                .toList();
    }

    @GetMapping("/api/v1/subscriptions/{subscriptionId}")
    @Operation(summary = "One subscription with its latest deliveries (pending, delivered, failed for good)")
    public SubscriptionView get(@PathVariable String subscriptionId) {
        Subscription subscription = owned(subscriptionId);
        return view(subscription, false, deliveries.list(subscriptionId, null, DELIVERIES_SHOWN));
    }

    @DeleteMapping("/api/v1/subscriptions/{subscriptionId}")
    @Operation(summary = "Cancel a subscription: nothing more is delivered to it; its record and deliveries stay")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    public ResponseEntity<Void> cancel(@PathVariable String subscriptionId) {
        owned(subscriptionId);
        subscriptions.cancel(subscriptionId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/subscriptions/{subscriptionId}/deliveries/{deliveryId}/retries")
    @Operation(summary = "Try a delivery that failed for good again (after the subscriber was fixed)")
    @ApiResponse(
            responseCode = "202",
            description = "The delivery is pending again; follow it at Location",
            headers = @Header(name = "Location", description = "The subscription with its deliveries (GET)"))
    public ResponseEntity<Void> retry(@PathVariable String subscriptionId, @PathVariable long deliveryId) {
        owned(subscriptionId);
        if (!deliveries.retry(subscriptionId, deliveryId, Instant.now(clock))) {
            throw new UnknownEntity("failed delivery", String.valueOf(deliveryId));
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/subscriptions/" + subscriptionId))
                .build();
    }

    @GetMapping("/api/v1/admin/notification-deliveries")
    @Operation(
            summary =
                    "Deliveries of every subscription in one status, newest first (administrators): failed ones by default")
    public List<Delivery> deliveries(
            @RequestParam(defaultValue = Deliveries.FAILED) String status,
            @RequestParam(defaultValue = "100") int limit) {
        if (!Set.of(Deliveries.PENDING, Deliveries.DELIVERED, Deliveries.FAILED).contains(status)) {
            throw new RequestRefused(
                    HttpStatus.BAD_REQUEST, "invalid-value", "status", "must be pending, delivered or failed");
        }
        if (limit < 1 || limit > 1000)
            throw new RequestRefused(HttpStatus.BAD_REQUEST, "invalid-value", "limit", "must be 1 to 1000");
        if (!callers.require().isAdministrator()) throw new NotPermitted("Administrators only");
        return deliveries.list(null, status, limit);
    }

    private Subscription owned(String subscriptionId) {
        Caller caller = callers.require();
        Subscription subscription =
                subscriptions.find(subscriptionId).orElseThrow(() -> new UnknownEntity("subscription", subscriptionId));
        if (!caller.isAdministrator() && !caller.personId().equals(subscription.ownerPersonId())) {
            // somebody else's subscription is not shown to exist
            throw new UnknownEntity("subscription", subscriptionId);
        }
        return subscription;
    }

    private SubscriptionRequest read(JsonNode body) {
        try {
            return json.readerFor(SubscriptionRequest.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(body);
        } catch (IOException e) {
            throw new MalformedCommand(e);
        }
    }

    private String callbackUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new RequestRefused(HttpStatus.BAD_REQUEST, "not-blank", "callbackUrl", "A callback URL is required");
        }
        try {
            URI uri = new URI(url);
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean http = "http".equalsIgnoreCase(uri.getScheme());
            if (url.length() > 2000
                    || uri.getHost() == null
                    || uri.getUserInfo() != null
                    || uri.getFragment() != null
                    || !(https || http)) {
                throw new URISyntaxException(url, "not an absolute http(s) URL without user info or fragment");
            }
            if (!https && properties.webhooks().requireHttps()) {
                throw new RequestRefused(
                        HttpStatus.BAD_REQUEST, "https-required", "callbackUrl", "Callback URLs must use https");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new RequestRefused(
                    HttpStatus.BAD_REQUEST,
                    "invalid-callback-url",
                    "callbackUrl",
                    "must be an absolute https URL, without user info or fragment, of at most 2000 characters");
        }
    }

    private Set<String> kinds(List<String> requested) {
        if (requested == null) return Set.of();
        Set<String> known = new LinkedHashSet<>();
        StreamSupport.stream(types.all().spliterator(), false)
                .forEach(t -> known.add(RecordedEvent.kindOf(t.javaType())));
        Set<String> kinds = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String kind = requested.get(i);
            if (kind == null || !known.contains(kind)) {
                throw new RequestRefused(
                        HttpStatus.BAD_REQUEST,
                        "unknown-event-type",
                        "filters.eventTypes[" + i + "]",
                        "'" + kind + "' is no kind of event of the case file (e.g. milestone-planned)");
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static SubscriptionView view(Subscription s, boolean withSecret, List<Delivery> deliveries) {
        return new SubscriptionView(
                s.subscriptionId(),
                s.callbackUrl(),
                s.authHeader() != null,
                new Filters(s.municipality(), s.caseId(), List.copyOf(s.eventTypes())),
                s.pseudonymised(),
                s.ownerPersonId(),
                s.ownerRole(),
                s.createdAt(),
                s.cancelledAt(),
                withSecret ? s.signingSecret() : null,
                deliveries);
    }
}
