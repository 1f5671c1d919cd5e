package nl.opgroeiruimte.casefile.infra.research;

/** What an export holds: one case, a municipality (its own stream and its cases), or everything. */
public record ExportScope(Kind kind, String id) {

    public enum Kind {
        CASE,
        MUNICIPALITY,
        ALL
    }

    public static ExportScope ofCase(String caseId) {
        return new ExportScope(Kind.CASE, caseId);
    }

    public static ExportScope ofMunicipality(String cbsCode) {
        return new ExportScope(Kind.MUNICIPALITY, cbsCode);
    }

    public static ExportScope everything() {
        return new ExportScope(Kind.ALL, null);
    }

    /** {@code case:…}, {@code municipality:GM0193} or {@code all}: the manifest's subject and the file name. */
    public String describe() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase() + ":" + id;
    }
}
