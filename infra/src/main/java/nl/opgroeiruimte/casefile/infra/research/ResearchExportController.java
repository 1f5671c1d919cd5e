package nl.opgroeiruimte.casefile.infra.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.research.table.Anonymity;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Research replay's way in and out: the event store as CloudEvents in JSON Lines, pseudonymised by
 * default, and the import of such an export into a fresh installation (docs/research-export.md). A full,
 * not pseudonymised export and every import are for administrators.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research export", description = "Export and import of the event store as CloudEvents (JSON Lines)")
public class ResearchExportController {
    /** JSON Lines: one JSON document per line. */
    public static final String JSON_LINES = "application/x-ndjson";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final EventExporter exporter;
    private final EventImporter importer;
    private final Clock clock;

    private final CurrentCaller callers;

    public ResearchExportController(
            EventExporter exporter, EventImporter importer, Clock clock, CurrentCaller callers) {
        this.callers = callers;
        this.exporter = exporter;
        this.importer = importer;
        this.clock = clock;
    }

    @GetMapping("/exports")
    @Operation(
            summary =
                    "Export one case, a municipality (its stream and its cases) or everything as CloudEvents in JSON Lines",
            description =
                    "Written line by line as the event store is read; the last line is the manifest with a SHA-256 "
                            + "of the lines before it. pseudonymise=true (the default) replaces person ids by keyed pseudonyms and "
                            + "withholds free text; pseudonymise=false is the full export for moving an installation (administrators only).")
    @ApiResponse(
            responseCode = "200",
            description = "One CloudEvent (JSON) per line, the manifest last, as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment with a file name"),
            content = @Content(mediaType = JSON_LINES, schema = @Schema(type = "string")))
    public void export(
            @Parameter(description = "a case id") @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(required = false) @Pattern(regexp = CbsCode.PATTERN) String municipality,
            @RequestParam(defaultValue = "true") boolean pseudonymise,
            @Parameter(
                            description = "pseudonymised (default) or anonymised: only case streams of the cases a "
                                    + "k-anonymity check releases, municipality as province and size class, case and "
                                    + "initiative ids keyed, names withheld, dates to the month; not importable")
                    @RequestParam(defaultValue = "pseudonymised")
                    @Pattern(regexp = "pseudonymised|anonymised")
                    String anonymity,
            HttpServletResponse response)
            throws IOException {
        if (caseId != null && municipality != null) {
            throw new TwoScopes();
        }
        Anonymity level = pseudonymise ? Anonymity.of(anonymity) : null;
        if (!pseudonymise && anonymity.equals("anonymised")) {
            throw new Conflicting(
                    "anonymity", "A full export is not anonymised: give pseudonymise=false or anonymity=anonymised");
        }
        if (level == Anonymity.ANONYMISED && municipality != null) {
            throw new Conflicting(
                    "municipality",
                    "An anonymised export does not name its municipality: export everything or one case");
        }
        if (!pseudonymise && !callers.require().isAdministrator()) {
            throw new NotPermitted("A full export with personal ids is for administrators moving an installation");
        }
        ExportScope scope = caseId != null
                ? ExportScope.ofCase(caseId)
                : municipality != null ? ExportScope.ofMunicipality(municipality) : ExportScope.everything();
        exporter.requireExists(scope);
        String name = "casefile-export-"
                + (level == Anonymity.ANONYMISED
                        ? scope.kind().name().toLowerCase()
                        : scope.describe().replace(':', '-'))
                + "-" + STAMP.format(Instant.now(clock)) + "-" + (level == null ? "full" : level.word()) + ".jsonl";
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(JSON_LINES);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        exporter.export(scope, level, response.getOutputStream());
    }

    @PostMapping(value = "/imports", consumes = MediaType.ALL_VALUE)
    @Operation(
            summary = "Import an export (JSON Lines) into this installation: all events or none",
            description =
                    "The whole body is validated first; on any problem nothing is imported and the answer (422) names "
                            + "each problem with its line. Imports add new streams only, with their original ids, sequence numbers, "
                            + "recording times and metadata, if the export is signed by a trusted installation and every event's hash "
                            + "verifies. With source=..., the file is history from outside the case file: each event is stored as "
                            + "imported now, by the importing account, from that source.")
    public ImportReport importExport(
            HttpServletRequest request,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String source)
            throws IOException {
        return importer.importFrom(request.getInputStream(), source);
    }

    /** Both a case and a municipality were asked for. */
    static final class TwoScopes extends RuntimeException {
        TwoScopes() {
            super("Export one case or one municipality, not both; give neither for everything", null, false, false);
        }
    }

    @ExceptionHandler(TwoScopes.class)
    ProblemDetail twoScopes(TwoScopes e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:opgroeiruimte:problem:one-scope"));
        problem.setTitle("Invalid input");
        problem.setProperty("rule", "one-scope");
        problem.setProperty("field", "case");
        return problem;
    }

    /** Two parameters that do not go together. */
    static final class Conflicting extends RuntimeException {
        private final String field;

        Conflicting(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    @ExceptionHandler(Conflicting.class)
    ProblemDetail conflicting(Conflicting e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:opgroeiruimte:problem:anonymity"));
        problem.setTitle("Invalid input");
        problem.setProperty("rule", "anonymity");
        problem.setProperty("field", e.field);
        return problem;
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(URI.create("urn:opgroeiruimte:problem:import-rejected"));
        problem.setTitle("Import refused, nothing imported");
        problem.setProperty("rule", "import-rejected");
        List<Map<String, Object>> problems = e.problems().stream()
                .map(p -> Map.<String, Object>of("line", p.line(), "rule", p.rule(), "detail", p.detail()))
                .toList();
        problem.setProperty("problems", problems);
        problem.setProperty("moreProblems", e.truncated());
        return problem;
    }
}
