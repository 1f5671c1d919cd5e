package nl.opgroeiruimte.casefile.query.research;

/** A research question asked with parameters that do not go together (400, with the rule and the field). */
public class InvalidResearchQuery extends RuntimeException {
    private final String rule;
    private final String field;

    public InvalidResearchQuery(String rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
