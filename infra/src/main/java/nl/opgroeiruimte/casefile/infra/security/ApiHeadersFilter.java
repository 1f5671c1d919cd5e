package nl.opgroeiruimte.casefile.infra.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.infra.documents.DocumentsProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything else: every response says which API version answered (NL API Design Rules), and a
 * request body larger than allowed is refused as problem+json before it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiHeadersFilter extends OncePerRequestFilter {
    public static final String API_VERSION = "1.0.0";
    /** Document uploads are the one kind of request that may be bigger (docs/documents.md). */
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/cases/[^/]+/documents");
    private final SecurityProperties properties;
    private final DocumentsProperties documents;
    private final ObjectMapper json;

    public ApiHeadersFilter(SecurityProperties properties, DocumentsProperties documents, ObjectMapper json) {
        this.properties = properties;
        this.documents = documents;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", API_VERSION);
        boolean upload = "POST".equals(request.getMethod()) && UPLOAD.matcher(request.getRequestURI()).matches();
        long limit = upload ? documents.maxRequestBytes() : properties.maxRequestBytes();
        if (request.getContentLengthLong() > limit) {
            SecurityConfig.problem(json, request, response, HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large",
                    "A request body may hold at most " + limit + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
