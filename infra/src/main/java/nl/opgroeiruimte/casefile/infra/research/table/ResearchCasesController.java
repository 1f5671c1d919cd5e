package nl.opgroeiruimte.casefile.infra.research.table;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.research.IndicatorSeriesController;
import nl.opgroeiruimte.casefile.query.research.InvalidResearchQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case table for research (one row per case, as CSV, with its codebook) and the cohorts compared
 * (docs/research-export.md). For researchers and administrators.
 */
@RestController
@RequestMapping("/api/v1/research")
@Tag(name = "research replay")
public class ResearchCasesController {
    public static final String CSV = "text/csv";
    public static final String RULE_SET_HEADER = IndicatorSeriesController.RULE_SET_HEADER;
    public static final String ANONYMITY_HEADER = "Casefile-Anonymity";
    private static final String LEVELS = "pseudonymised|anonymised";

    private final CaseRows rows;
    private final IndicatorService indicators;
    private final ResearchProperties properties;

    public ResearchCasesController(CaseRows rows, IndicatorService indicators, ResearchProperties properties) {
        this.rows = rows;
        this.indicators = indicators;
        this.properties = properties;
    }

    @GetMapping("/cases")
    @Operation(
            summary =
                    "One row per case: durations, counts, time per indicator status, route, roles, phase, legal form, size class (CSV)",
            description =
                    "Cases requested in from..to (both optional, inclusive), of one municipality or all. "
                            + "anonymity=pseudonymised (default): ids as in the event export, exact dates. anonymity=anonymised: "
                            + "municipality withheld (province and size class instead), case and initiative ids as keyed pseudonyms, "
                            + "dates to the month, and every row shares its quasi-identifiers with at least k-1 others "
                            + "(generalised further or left out otherwise). The codebook (Frictionless Table Schema) is linked.")
    @ApiResponse(
            responseCode = "200",
            description = "The table as CSV (RFC 4180, CRLF line ends) with a header row, as an attachment",
            headers = {
                @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment with a file name"),
                @Header(
                        name = HttpHeaders.LINK,
                        description = "the codebook: <…/research/cases/codebook?anonymity=…>; rel=\"describedby\""),
                @Header(name = RULE_SET_HEADER, description = "the indicator rule set: version=N; sha256=…"),
                @Header(
                        name = ANONYMITY_HEADER,
                        description =
                                "level=…; and when anonymised k=…; suppressed=… (rows left out); generalised=… (rows released with coarser quasi-identifiers)")
            },
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    public void cases(
            @RequestParam(required = false) @Pattern(regexp = CbsCode.PATTERN) String municipality,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "pseudonymised or anonymised")
                    @RequestParam(defaultValue = "pseudonymised")
                    @Pattern(regexp = LEVELS)
                    String anonymity,
            HttpServletResponse response)
            throws IOException {
        Anonymity level = Anonymity.of(anonymity);
        List<CaseRow> table = rows.rows(selection(municipality, from, to, level));
        int k = properties.kAnonymity();
        response.setContentType(CSV);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"research-cases-" + level.word()
                        + (municipality == null ? "" : "-" + municipality) + ".csv\"");
        response.setHeader(
                HttpHeaders.LINK,
                "</api/v1/research/cases/codebook?anonymity=" + level.word() + ">; rel=\"describedby\"");
        response.setHeader(RULE_SET_HEADER, indicators.ruleSet().header());
        // the rows are anonymised as a whole before the first is written, so the count is known up front
        KAnonymity.Result released = CaseTable.release(table, level, k);
        response.setHeader(ANONYMITY_HEADER, CaseTable.anonymityHeader(level, k, released));
        CaseTable.write(released.released(), level, response.getWriter());
    }

    @GetMapping(value = "/cases/codebook", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The codebook of the case table: a Frictionless Table Schema",
            description =
                    "Per column its name, type, description, allowed words and source events; the anonymity "
                            + "level with k and the quasi-identifiers; and the indicator rule set (version, SHA-256, rules, thresholds).")
    @ApiResponse(
            responseCode = "200",
            description = "A Frictionless Table Schema (JSON)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema =
                                    @Schema(
                                            type = "object",
                                            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)))
    public Map<String, Object> codebook(
            @Parameter(description = "pseudonymised or anonymised")
                    @RequestParam(defaultValue = "pseudonymised")
                    @Pattern(regexp = LEVELS)
                    String anonymity) {
        return CaseTable.codebook(Anonymity.of(anonymity), properties.kAnonymity(), indicators.ruleSet());
    }

    @GetMapping("/cohorts")
    @Operation(
            summary = "Cases compared by year of grant, size class, route or legal form: counts and median durations",
            description = "Cases requested in from..to (both optional). A cohort of fewer than k cases "
                    + "(casefile.research.k-anonymity) is reported as suppressed, without numbers.")
    public Cohorts cohorts(
            @Parameter(description = "grant-year, size-class, route or legal-form")
                    @RequestParam(defaultValue = "grant-year")
                    @Pattern(regexp = "grant-year|size-class|route|legal-form")
                    String by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return cohortsOf(by, from, to);
    }

    /** The cohorts of all cases requested in from..to: for the API and the researcher's page. */
    public Cohorts cohortsOf(String by, LocalDate from, LocalDate to) {
        CaseRows.Selection selection = selection(null, from, to, Anonymity.ANONYMISED);
        return Cohorts.of(rows.quasiIdentifiers(selection), by, properties.kAnonymity(), indicators.ruleSet());
    }

    private static CaseRows.Selection selection(String municipality, LocalDate from, LocalDate to, Anonymity level) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidResearchQuery("valid-period", "from", "from (" + from + ") lies after to (" + to + ")");
        }
        if (municipality != null && level == Anonymity.ANONYMISED) {
            // the municipality a table was asked for is what anonymisation withholds
            throw new InvalidResearchQuery(
                    "anonymised-by-municipality",
                    "municipality",
                    "An anonymised table covers all municipalities; ask for a pseudonymised one to select one");
        }
        return new CaseRows.Selection(municipality, from, to);
    }

    @ExceptionHandler(InvalidResearchQuery.class)
    ProblemDetail invalid(InvalidResearchQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:opgroeiruimte:problem:" + e.rule()));
        problem.setTitle("Invalid input");
        problem.setProperty("rule", e.rule());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "rule", e.rule(), "message", e.getMessage())));
        return problem;
    }
}
