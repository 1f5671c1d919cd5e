package nl.opgroeiruimte.casefile.infra.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What reaches the servlet container's error path (an error no handler answered, or {@code /error} asked
 * for directly) is problem+json for every client but a browser, which keeps the Dutch error page; never
 * Spring Boot's own JSON with timestamp and path.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController extends BasicErrorController {

    public ProblemErrorController(
            ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        // asked for directly, not forwarded with an error: there is nothing at this address
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                ? HttpStatus.NOT_FOUND
                : getStatus(request);
        String rule = status == HttpStatus.INTERNAL_SERVER_ERROR
                ? "internal-error"
                : status.name().toLowerCase().replace('_', '-');
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:opgroeiruimte:problem:" + rule);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put(
                "detail",
                status.is5xxServerError()
                        ? "Something went wrong on our side. Please try again later."
                        : status.getReasonPhrase());
        problem.put("rule", rule);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
