package nl.opgroeiruimte.casefile.infra.config;

/** A command names a municipality by a code that is not on the CBS reference list: 422, naming the field. */
public class UnlistedMunicipality extends RuntimeException {
    private final String field;

    public UnlistedMunicipality(String field, String cbsCode) {
        super(
                cbsCode + " is not the CBS code of a current Dutch municipality (the CBS reference list)",
                null,
                false,
                false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
