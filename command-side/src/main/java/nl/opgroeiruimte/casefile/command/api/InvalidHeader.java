package nl.opgroeiruimte.casefile.command.api;

/** A request header does not have the form its rule asks for. */
public class InvalidHeader extends RuntimeException {
    private final String header;

    public InvalidHeader(String header, String message) {
        super(message, null, false, false);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
