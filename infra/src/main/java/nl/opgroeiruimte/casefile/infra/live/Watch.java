package nl.opgroeiruimte.casefile.infra.live;

/**
 * The subscription queries of the live pages: watch one case (and the municipality it belongs to, whose
 * elections and colleges show on its timeline), one municipality, or the whole country. The initial
 * answer says since when one watches; each update says that something was recorded.
 */
public final class Watch {
    private Watch() {}

    public record WatchCase(String caseId, String municipality) {}

    public record WatchMunicipality(String cbsCode) {}

    public record WatchCountry() {}

    public record Watching(java.time.Instant since) {}

    /**
     * Something was recorded and the read models the pages show have caught up with it. {@code caseId} is
     * absent when it was a fact of the municipality (an election, a college, a policy); {@code kind} is the
     * event's kind in the API's words.
     */
    public record CaseFileChanged(String caseId, String municipality, String kind) {}
}
