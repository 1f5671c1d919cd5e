package nl.opgroeiruimte.casefile.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import nl.opgroeiruimte.casefile.infra.config.OpenApiConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Two conventions of the HTTP API that hold for every endpoint, so that no controller has to remember
 * them: every read answers with an {@code ETag} (and 304 to an {@code If-None-Match} that still
 * matches), and a query parameter the endpoint does not know is refused rather than silently ignored
 * (a misspelt {@code asof} would otherwise answer as of today).
 */
@Configuration(proxyBeanMethods = false)
public class ApiConventions implements WebMvcConfigurer {
    private static final String API = "/api/v1/";
    private static final String OURS = "nl.opgroeiruimte.casefile.";

    /** Spring's own ETag of the answer's bytes; an answer that set its own ETag keeps it. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> readEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter() {
                    @Override
                    protected boolean shouldNotFilter(HttpServletRequest request) {
                        return !"GET".equals(request.getMethod())
                                || !request.getRequestURI().startsWith(API)
                                || OpenApiConfig.STREAMED_READS.contains(request.getRequestURI());
                    }

                    /** Security's Cache-Control: no-store keeps shared caches out; a caller may still ask If-None-Match. */
                    @Override
                    protected boolean isEligibleForEtag(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            int responseStatusCode,
                            java.io.InputStream inputStream) {
                        return !response.isCommitted() && responseStatusCode >= 200 && responseStatusCode < 300;
                    }
                });
        registration.addUrlPatterns(API + "*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownQueryParameters()).addPathPatterns(API + "**");
    }

    static final class KnownQueryParameters implements HandlerInterceptor {
        private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method)
                    || !method.getBeanType().getName().startsWith(OURS)) return true;
            Set<String> known = new HashSet<>();
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) continue;
                parameter.initParameterNameDiscovery(NAMES);
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                known.add(name);
            }
            // the query string only: getParameterMap() also holds form fields and multipart parts
            for (String name : queryParameterNames(request)) {
                if (!known.contains(name)) {
                    String detail = "Unknown query parameter " + name
                            + (known.isEmpty()
                                    ? "; this endpoint takes none"
                                    : "; this endpoint takes " + String.join(", ", new java.util.TreeSet<>(known)));
                    throw new ErrorResponseException(
                            HttpStatus.BAD_REQUEST, Problems.invalid("unknown-parameter", name, detail), null);
                }
            }
            return true;
        }

        private static Set<String> queryParameterNames(HttpServletRequest request) {
            String query = request.getQueryString();
            if (query == null || query.isEmpty()) return Set.of();
            Set<String> names = new java.util.LinkedHashSet<>();
            UriComponentsBuilder.newInstance()
                    .query(query)
                    .build()
                    .getQueryParams()
                    .keySet()
                    .forEach(name -> names.add(UriUtils.decode(name, StandardCharsets.UTF_8)));
            return names;
        }
    }
}
