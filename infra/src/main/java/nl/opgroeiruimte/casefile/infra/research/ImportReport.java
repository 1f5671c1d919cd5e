package nl.opgroeiruimte.casefile.infra.research;

import java.util.Map;

/** What an import appended, and what it was: the export's id, scope and whether it was pseudonymised. */
public record ImportReport(
        String exportId,
        ExportManifest.Scope scope,
        boolean pseudonymised,
        long eventsImported,
        long streamsImported,
        Map<String, Long> countsPerType,
        int deadlinesScheduled) {}
