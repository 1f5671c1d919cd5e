package nl.opgroeiruimte.casefile.command.api;

/** The body names a different id than the path it was sent to. */
public class PathMismatch extends RuntimeException {
    private final String field;

    public PathMismatch(String field, String inPath, String inBody) {
        super("'" + field + "' is '" + inBody + "' in the body but '" + inPath + "' in the path", null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
