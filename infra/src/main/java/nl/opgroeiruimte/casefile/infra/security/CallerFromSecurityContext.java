package nl.opgroeiruimte.casefile.infra.security;

import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The caller of the current request, from whatever signed them in: a local user, or a JWT whose
 * {@code sub} is the person id and whose claims {@code role}, {@code municipality} and {@code initiative}
 * say what they may do.
 */
@Component
public class CallerFromSecurityContext implements CurrentCaller {

    @Override
    public Optional<Caller> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) return Optional.empty();
        Object principal = authentication.getPrincipal();
        if (principal instanceof LocalUserDetails local) return Optional.of(local.caller());
        if (principal instanceof Jwt jwt) return Optional.of(fromJwt(jwt));
        return Optional.empty();
    }

    @Override
    public Optional<String> userName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LocalUserDetails local) {
            return Optional.of(local.username());
        }
        return Optional.empty();
    }

    static Caller fromJwt(Jwt jwt) {
        return new Caller(
                jwt.getSubject(),
                role(jwt.getClaimAsString("role")),
                jwt.getClaimAsString("municipality"),
                jwt.getClaimAsString("initiative"));
    }

    /**
     * Roles travel as kebab-case words, like every enum of the API ({@code municipal-staff}); null for a word
     * that names no role. A token reaches this only after {@link CallerClaims} found its claims complete.
     */
    static CallerRole role(String word) {
        if (word == null || !word.matches("[a-z]+(-[a-z]+)*")) return null;
        try {
            return CallerRole.valueOf(word.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
