package nl.opgroeiruimte.casefile.infra.web;

import org.springframework.http.HttpStatus;

/**
 * Input the application itself refuses outside the command path (an upload, a subscription), answered as
 * problem+json with its status, rule and field.
 */
public class RequestRefused extends RuntimeException {
    private final HttpStatus status;
    private final String rule;
    private final String field;

    public RequestRefused(HttpStatus status, String rule, String field, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
