package nl.opgroeiruimte.casefile.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may reach what. Coarse rules here (administration, research, the rest signed in); the rules per
 * case, municipality and initiative are applied where commands and queries are handled. Every refusal is
 * problem+json. Local users exist only where configured, and never silently on a real database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {
    private static final String[] PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/api/v1/openapi.json",
        "/api/v1/openapi.json/**",
        "/api/v1/docs",
        "/api/v1/docs/**",
        "/swagger-ui/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/login",
        "/error"
    };

    @Bean
    SecurityFilterChain caseFileSecurity(
            HttpSecurity http, SecurityProperties properties, ObjectMapper json, Environment environment)
            throws Exception {
        refuseLocalUsersOnARealDatabaseUnlessAllowed(properties, environment);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(
                                "/api/v1/admin/**", "/api/v1/imports/**", "/actuator/**", "/api/v1/people/*/erasure")
                        .hasRole(CallerRole.ADMINISTRATOR.name())
                        .requestMatchers("/api/v1/exports/**", "/api/v1/indicator-series/**", "/api/v1/research/**")
                        .hasAnyRole(CallerRole.RESEARCHER.name(), CallerRole.ADMINISTRATOR.name())
                        .anyRequest()
                        .authenticated())
                // The API answers 401/403 as problem+json, never a CSRF refusal: API calls carry credentials,
                // and the pages' session cookie is SameSite=Strict, so no other site can ride on it.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .cors(Customizer.withDefaults())
                // scripts only from this service, and never evaluated from strings (htmx runs with allowEval off)
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; script-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> problem(
                        json, request, response, HttpStatus.FORBIDDEN, "not-permitted", null, "You may not do this")));
        boolean jwt = properties.mode() == SecurityProperties.Mode.JWT;
        // API calls get 401 problem+json that names the one way to sign in; a person opening a page is sent
        // to the configured login page (as configured: never an address built from the request's Host)
        String challenge = jwt ? "Bearer" : "Basic realm=\"opgroeiruimte\"";
        AuthenticationEntryPoint api = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", challenge);
            problem(
                    json,
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthenticated",
                    null,
                    "Sign in to use the case file");
        };
        String loginUrl = properties.loginUrl() == null || properties.loginUrl().isBlank()
                ? (jwt ? null : "/login")
                : properties.loginUrl();
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(
                new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/live/**")),
                api);
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(
                loginUrl == null ? api : (request, response, e) -> response.sendRedirect(loginUrl));
        http.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
        if (jwt) {
            http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .oauth2ResourceServer(server -> server.jwt(
                                    token -> token.jwtAuthenticationConverter(SecurityConfig::authentication))
                            .authenticationEntryPoint((request, response, e) -> {
                                boolean sent = request.getHeader("Authorization") != null;
                                if (!sent) {
                                    entryPoint.commence(request, response, e);
                                    return;
                                }
                                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                                problem(
                                        json,
                                        request,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "invalid-token",
                                        null,
                                        "The bearer token is missing a claim, expired or not valid");
                            }));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                    .formLogin(form -> form.loginPage("/login")
                            .defaultSuccessUrl("/", false)
                            .permitAll());
        }
        return http.build();
    }

    /** A request the firewall refuses (a path with "..", a forbidden header) is a bad request, said as problem+json. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler rejectedRequests(ObjectMapper json) {
        return (request, response, e) -> problem(
                json,
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "rejected-request",
                null,
                "The request's path or headers are not acceptable");
    }

    /** Local mode: the ready users from configuration. */
    @Bean
    UserDetailsService localUsers(SecurityProperties properties) {
        // as for a token: a tenant-bound role without its tenant would be bound to nothing and see everything
        properties.localUsers().forEach((username, user) -> {
            boolean municipal = user.role() == CallerRole.MUNICIPAL_STAFF || user.role() == CallerRole.AUDITOR;
            if (user.role() == null
                    || user.password() == null
                    || (municipal && user.municipality() == null)
                    || (user.role() == CallerRole.INITIATIVE_MEMBER && user.initiative() == null)
                    || user.personId() == null) {
                throw new IllegalStateException(
                        "Local user " + username + " lacks its password, role, personId or the tenant of its role");
            }
        });
        return username -> java.util.Optional.ofNullable(
                        username == null ? null : properties.localUsers().get(username))
                .map(user -> new LocalUserDetails(
                        username,
                        user.password(),
                        new Caller(user.personId(), user.role(), user.municipality(), user.initiative())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * No Micrometer observation around each of Spring Security's filters, each authentication and each
     * authorization: nothing reads them (no tracing; the metrics this service documents are Axon's, its
     * processors' and {@code http.server.requests}, which stays), and in a profile of the command path they
     * were a visible part of every request's CPU ({@code BENCHMARKS.md}, "The command path").
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.corsAllowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST"));
            cors.setAllowedHeaders(
                    List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Correlation-Id"));
            cors.setExposedHeaders(List.of("Location", "ETag", "API-Version"));
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }

    private static AbstractAuthenticationToken authentication(Jwt jwt) {
        Caller caller = CallerFromSecurityContext.fromJwt(jwt);
        return new JwtAuthenticationToken(
                jwt, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())), jwt.getSubject());
    }

    private static void refuseLocalUsersOnARealDatabaseUnlessAllowed(
            SecurityProperties properties, Environment environment) {
        boolean realDatabase = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        if (properties.mode() == SecurityProperties.Mode.LOCAL && realDatabase && !properties.allowLocalUsers()) {
            throw new IllegalStateException("Local users are meant for the embedded default only. On PostgreSQL use "
                    + "casefile.security.mode=jwt with your identity provider, or set casefile.security.allow-local-users=true "
                    + "if you really want the configured local users there.");
        }
    }

    static void problem(
            ObjectMapper json,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String rule,
            String field,
            String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:opgroeiruimte:problem:" + rule));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", rule);
        if (field != null) problem.setProperty("field", field);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
