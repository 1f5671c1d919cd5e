package nl.opgroeiruimte.casefile.infra.config;

/**
 * A command names a municipality by a code that is not on the CBS reference list, or that the list says
 * did not exist on the day (merged away, or not yet created): 422, naming the field and the rule.
 */
public class UnlistedMunicipality extends RuntimeException {
    private final String field;
    private final String rule;

    public UnlistedMunicipality(String field, String cbsCode) {
        this(
                field,
                "unlisted-municipality",
                cbsCode + " is not the CBS code of a current Dutch municipality (the CBS reference list)");
    }

    public UnlistedMunicipality(String field, String rule, String message) {
        super(message, null, false, false);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
