package nl.opgroeiruimte.casefile.query.research;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Parameters of a research question that do not go together answer 400 problem+json, like any invalid
 * input. Ordered first, or the application's catch-all handler would answer before this one is asked.
 */
@RestControllerAdvice(basePackageClasses = InvalidResearchQuery.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResearchQueryAdvice {

    @ExceptionHandler(InvalidResearchQuery.class)
    ProblemDetail invalid(InvalidResearchQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:opgroeiruimte:problem:" + e.rule()));
        problem.setTitle("Invalid input");
        problem.setProperty("rule", e.rule());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "message", e.getMessage())));
        return problem;
    }
}
