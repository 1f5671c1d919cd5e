package nl.opgroeiruimte.casefile.infra.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details in one shape: a type per rule, the field concerned, and the broken rules. */
final class Problems {
    private static final String TYPE_PREFIX = "urn:opgroeiruimte:problem:";

    private Problems() {}

    static ProblemDetail of(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    static ProblemDetail invalid(String rule, String field, String detail) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, rule, "Invalid input", detail);
        if (field != null) {
            problem.setProperty("field", field);
            problem.setProperty("errors", List.of(Map.of("field", field, "rule", rule, "message", detail)));
        }
        return problem;
    }
}
