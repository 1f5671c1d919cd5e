package nl.opgroeiruimte.casefile.command.api;

/**
 * A text holds a character that is not text: a control character other than tab and line breaks, or half
 * of a surrogate pair. Nothing can display it, and the database refuses some of them (NUL).
 */
public class InvalidCharacters extends RuntimeException {
    private final String field;

    public InvalidCharacters(String field) {
        super(
                "must not contain control characters (other than tab and line breaks) or half a surrogate pair",
                null,
                false,
                false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
