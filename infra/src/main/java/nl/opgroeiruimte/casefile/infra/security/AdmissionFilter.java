package nl.opgroeiruimte.casefile.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounded admission: requests that change something (commands) are carried out at most
 * {@code casefile.security.admission.max-concurrent} at a time, after sign-in; the rest wait their turn in
 * order of arrival. A burst is thereby served a little later instead of running the database pool dry (a
 * request that finds no connection within the pool's wait would fail). One that waited {@code max-wait} in
 * vain is answered 503 {@code overloaded} with Retry-After: the service is busy, not broken, and nothing
 * was recorded, so the same request (with the same Idempotency-Key) can be sent again.
 */
@Component
public class AdmissionFilter extends OncePerRequestFilter {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private final Semaphore turns;
    private final SecurityProperties.Admission admission;
    private final ObjectMapper json;

    public AdmissionFilter(SecurityProperties properties, ObjectMapper json) {
        this.admission = properties.admission();
        this.turns = new Semaphore(Math.max(1, admission.maxConcurrent()), true);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(admission.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    String.valueOf(Math.max(1, admission.retryAfter().toSeconds())));
            SecurityConfig.problem(
                    json,
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "overloaded",
                    null,
                    "The case file is busier than it can handle at the moment; nothing was recorded. Please send the "
                            + "same request again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
