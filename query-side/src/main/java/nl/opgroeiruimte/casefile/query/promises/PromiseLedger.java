package nl.opgroeiruimte.casefile.query.promises;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;

/**
 * Every promise of one case or one municipality as the world stood on {@code asOf}: who made it, who
 * recorded it, under which college, and what became of it (docs/promises.md). The election handover file.
 */
public record PromiseLedger(
        @Schema(description = "case or municipality") String scope,
        String municipality,

        @Schema(description = "The case, for a case's ledger")
        String caseId,

        LocalDate asOf,

        @Schema(description = "Only the promises made under this college (its collegeId), when asked for")
        String college,

        @Schema(description = "Every college of the municipality installed by asOf, oldest first")
        List<College> colleges,

        @Schema(description = "The cases the promises belong to")
        List<CaseRef> cases,

        List<Promise> promises,

        @Schema(description = "How many promises have each status")
        Map<String, Long> countsPerStatus) {

    /** The statuses a promise can have on a date, in the order the ledger counts them. */
    public static final List<String> STATUSES = List.of("open", "kept", "broken", "expired", "superseded", "withdrawn");

    /** A college of mayor and aldermen with its term: installed on, in office until the next one was installed. */
    public record College(
            String collegeId,
            LocalDate installedOn,

            @Schema(description = "The day before the next college was installed; absent while in office")
            LocalDate until,

            @Schema(description = "The municipal election before its installation, when recorded")
            LocalDate electedOn,

            List<Member> members,
            String eventId) {}

    /** A member of the college, with the day they joined and, after a departure, left it. */
    public record Member(
            String personId,
            String name,
            @Schema(description = "mayor or alderman") String role,
            List<String> portfolios,
            String politicalParty,
            LocalDate from,
            LocalDate until) {}

    public record CaseRef(String caseId, String initiative, String activity, String area, String status) {}

    /** Who made the promise in the world: the event's actor. */
    public record Maker(String personId, String name, ActorRole role, Party party) {}

    /**
     * Who put the promise in the file: a signed-in person, the case file itself or an import (the event's
     * recorder metadata), and on which day.
     */
    public record Recording(
            @Schema(description = "person, system, import, or unknown for events recorded before recorders were kept")
            String kind,

            String personId,
            String name,
            String source,
            LocalDate recordedOn) {}

    public record Promise(
            @Schema(description = "Stable within the case: kind and the id of what was promised")
            String promiseId,

            String caseId,

            @Schema(
                    description =
                            "grant, grant-time, grant-exclusivity, exclusivity-extension, process-hold, guarantee, funding, agreement, later or decision")
            String kind,

            @Schema(description = "The form of opgroeiruimte it gives: time, exclusivity, certainty or money")
            String form,

            String subject,
            LocalDate madeOn,

            @Schema(description = "The date it is due or runs until, when it has one")
            LocalDate dueOn,

            Maker madeBy,
            Recording recordedBy,

            @Schema(description = "The college in office on madeOn (its collegeId); absent before any was recorded")
            String collegeId,

            @Schema(description = "open, kept, broken, expired, superseded or withdrawn")
            String status,

            @Schema(description = "Since when it has that status")
            LocalDate statusSince,

            @Schema(description = "The rule that decided the status (docs/promises.md)")
            String rule,

            @Schema(description = "The events that prove the promise and its status")
            List<String> eventIds) {}
}
