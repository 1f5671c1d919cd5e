package nl.opgroeiruimte.casefile.infra.security;

import java.util.List;
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
        @DefaultValue List<LocalUser> localUsers,
        /* origins allowed to call the API from a browser; none by default */
        @DefaultValue List<String> corsAllowedOrigins,
        /* largest request body accepted, in bytes */
        @DefaultValue("1048576") long maxRequestBytes) {

    public enum Mode { LOCAL, JWT }

    /** A ready user of the local mode: who they are and what they may do. */
    public record LocalUser(String username, String password, CallerRole role, String personId, String municipality,
                            String initiative) {
    }
}
