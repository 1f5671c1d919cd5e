package nl.opgroeiruimte.casefile.infra.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers sign in ({@code casefile.security.*}): {@code local} users from configuration for the
 * embedded default, or {@code jwt} bearer tokens from the organisation's identity provider (issuer and
 * keys under {@code spring.security.oauth2.resourceserver.jwt.*}).
 */
@ConfigurationProperties("casefile.security")
public record SecurityProperties(
        @DefaultValue("local") Mode mode,
        /* local users on a real database only when an operator says so explicitly */
        @DefaultValue("false") boolean allowLocalUsers,
        /* the ready users of the local mode by user name; each entry can be added or changed on its own
        (casefile.security.local-users.<name>.password and so on) without restating the others */
        @DefaultValue Map<String, LocalUser> localUsers,
        /* origins allowed to call the API from a browser; none by default */
        @DefaultValue List<String> corsAllowedOrigins,
        /* largest request body accepted, in bytes; also for bodies sent without Content-Length (chunked) */
        @DefaultValue("1048576") long maxRequestBytes,
        /* where a person opening a page without being signed in is sent: this service's login page, or the
        identity provider's (or gateway's) address in JWT mode; written into Location as given, never
        built from the request's Host header. Blank: /login in local mode, 401 in JWT mode */
        String loginUrl,
        /* how many requests that change something are carried out at the same time, and how long one more
        waits for its turn before it is answered 503 overloaded; keeps the database pool from running dry */
        @DefaultValue Admission admission,
        /* JWT mode: the issuer (iss) a token must name; unchecked when blank (with issuer-uri, Spring checks it) */
        String tokenIssuer) {

    public enum Mode {
        LOCAL,
        JWT
    }

    /** Bounded admission of requests that change something (every method but GET, HEAD and OPTIONS). */
    public record Admission(
            @DefaultValue("8") int maxConcurrent,
            @DefaultValue("PT20S") Duration maxWait,
            @DefaultValue("PT2S") Duration retryAfter) {}

    /** A ready user of the local mode (the user name is its key): who they are and what they may do. */
    public record LocalUser(
            String password, CallerRole role, String personId, String municipality, String initiative) {}
}
