package nl.opgroeiruimte.casefile.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A projector instance ({@code casefile.instance.role=projector}, docs/scaling.md) answers health, for the
 * orchestration, and the administration of the processors it runs; anything else, pages included, is
 * refused before sign-in with {@code 404 not-served-by-projector}: the load balancer should not send it there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "casefile.instance.role", havingValue = "projector")
public class ProjectorServesNoApi {
    private static final List<String> SERVED =
            List.of("/actuator", "/api/v1/admin/processors", "/api/v1/admin/dead-letters");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> projectorServesNoApiFilter(ObjectMapper json) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (SERVED.stream().anyMatch(served -> path.equals(served) || path.startsWith(served + "/"))) {
                    chain.doFilter(request, response);
                    return;
                }
                SecurityConfig.problem(
                        json,
                        request,
                        response,
                        HttpStatus.NOT_FOUND,
                        "not-served-by-projector",
                        null,
                        "This instance only keeps the read models up to date (casefile.instance.role=projector); "
                                + "send requests to an instance with the role api or all.");
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
