package nl.opgroeiruimte.casefile.kernel.common;

/** A command or query names something that does not exist (a milestone, an agreement, a person...). */
public class UnknownEntity extends RuntimeException {
    private final String kind;
    private final String id;

    public UnknownEntity(String kind, String id) {
        super("No " + kind + " with id '" + id + "' is known", null, false, false);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
