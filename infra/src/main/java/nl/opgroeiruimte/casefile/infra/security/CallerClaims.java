package nl.opgroeiruimte.casefile.infra.security;

import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.stereotype.Component;

/**
 * A token names a caller the case file can hold to account, or it is no valid token (401
 * {@code invalid-token}): it expires ({@code exp}), names the person ({@code sub}: idempotency keys and
 * the recorder are theirs), carries one known {@code role} as a single word, and a tenant-bound role
 * carries its tenant: municipal staff and auditors a {@code municipality}, initiative members an
 * {@code initiative}; without it they would be bound to nothing and see everything. When
 * {@code casefile.security.token-issuer} is set, {@code iss} must be it; audiences are checked through
 * {@code spring.security.oauth2.resourceserver.jwt.audiences}. Spring Boot adds this validator to the
 * decoder it configures, next to its own signature and time checks.
 */
@Component
public class CallerClaims implements OAuth2TokenValidator<Jwt> {
    private final SecurityProperties properties;

    public CallerClaims(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        String problem = problem(jwt);
        if (problem == null
                && properties.tokenIssuer() != null
                && !properties.tokenIssuer().isBlank()) {
            return new JwtIssuerValidator(properties.tokenIssuer()).validate(jwt);
        }
        return problem == null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null));
    }

    private static String problem(Jwt jwt) {
        if (jwt.getExpiresAt() == null) return "The token has no expiry (exp)";
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) return "The token names no person (sub)";
        Object word = jwt.getClaims().get("role");
        if (!(word instanceof String text)) return "The token must name exactly one role as a word (role)";
        CallerRole role = CallerFromSecurityContext.role(text);
        if (role == null) return "The token names an unknown role";
        List<CallerRole> municipal = List.of(CallerRole.MUNICIPAL_STAFF, CallerRole.AUDITOR);
        if (municipal.contains(role)
                && !(jwt.getClaims().get("municipality") instanceof String cbs && CbsCode.isValid(cbs))) {
            return "A " + text + " token must name the municipality (a CBS code) it works for";
        }
        if (role == CallerRole.INITIATIVE_MEMBER
                && !(jwt.getClaims().get("initiative") instanceof String initiative
                        && initiative.matches(Ids.PATTERN))) {
            return "An initiative-member token must name the initiative (initiative)";
        }
        return null;
    }
}
