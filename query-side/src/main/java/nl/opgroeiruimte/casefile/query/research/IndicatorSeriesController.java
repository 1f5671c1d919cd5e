package nl.opgroeiruimte.casefile.query.research;

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
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.CbsCode;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummary;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.indicators.StatusChange;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stop-go indicator as a time series for research: per case, each period in which its status and
 * active rules stayed the same (or each day), as CSV. Built from the indicator history, which evaluates
 * the documented rules day by day on the fold of the case (docs/indicators.md), one case at a time.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "research replay")
public class IndicatorSeriesController {
    public static final String CSV = "text/csv";
    /** Which rules and thresholds computed an indicator answer: {@code version=1; sha256=…}. */
    public static final String RULE_SET_HEADER = "Casefile-Rule-Set";

    private static final int CASES_PER_PAGE = 200;
    private final CaseQueries cases;
    private final IndicatorService indicators;
    private final Clock clock;

    public IndicatorSeriesController(CaseQueries cases, IndicatorService indicators, Clock clock) {
        this.cases = cases;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/indicator-series")
    @Operation(
            summary = "Stop-go status and active rules per case over time, as CSV",
            description = "per=change (default): one row per period with the same status and rules, "
                    + "columns caseId,municipality,from,until,status,closed,rules (rules separated by ';', until inclusive). "
                    + "per=day: one row per case per day, columns caseId,municipality,date,status,closed,rules. "
                    + "Periods are cut to from..to; to defaults to today.")
    @ApiResponse(
            responseCode = "200",
            description = "The series as CSV (RFC 4180, CRLF line ends) with a header row, as an attachment",
            headers = {
                @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment with a file name"),
                @Header(
                        name = RULE_SET_HEADER,
                        description = "the rules and thresholds that computed the series: version=N; sha256=… "
                                + "(SHA-256 over the rule ids and every configured threshold)")
            },
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    public void series(
            @RequestParam(required = false) @Pattern(regexp = CbsCode.PATTERN) String municipality,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "change or day")
                    @RequestParam(defaultValue = "change")
                    @Pattern(regexp = "change|day")
                    String per,
            HttpServletResponse response)
            throws IOException {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        if (from != null && from.isAfter(last)) {
            throw new InvalidResearchQuery("valid-period", "from", "from (" + from + ") lies after to (" + last + ")");
        }
        boolean daily = per.equals("day");
        response.setContentType(CSV);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"indicator-series" + (municipality == null ? "" : "-" + municipality)
                        + ".csv\"");
        response.setHeader(RULE_SET_HEADER, indicators.ruleSet().header());
        PrintWriter csv = response.getWriter();
        csv.print(
                daily
                        ? "caseId,municipality,date,status,closed,rules\r\n"
                        : "caseId,municipality,from,until,status,closed,rules\r\n");
        CaseQueries.Filter filter = new CaseQueries.Filter(municipality, null, null);
        for (int page = 1; ; page++) {
            Page<CaseSummary> batch = cases.list(filter, CaseQueries.Visibility.ALL, page, CASES_PER_PAGE);
            for (CaseSummary c : batch.items()) {
                if (c.requestedOn() != null && c.requestedOn().isAfter(last)) continue;
                writeCase(csv, c, indicators.history(c.caseId(), from, last), from, last, daily);
            }
            csv.flush();
            if (page >= batch.totalPages()) break;
        }
    }

    private static void writeCase(
            PrintWriter csv, CaseSummary c, List<StatusChange> changes, LocalDate from, LocalDate to, boolean daily) {
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            LocalDate start = from != null && change.from().isBefore(from) ? from : change.from();
            LocalDate end = i + 1 < changes.size() ? changes.get(i + 1).from().minusDays(1) : to;
            if (end.isAfter(to)) end = to;
            if (start.isAfter(end)) continue;
            String values = status(change) + "," + change.closed() + "," + String.join(";", change.rules());
            if (daily) {
                for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                    csv.print(cell(c.caseId()) + "," + c.municipality() + "," + day + "," + values + "\r\n");
                }
            } else {
                csv.print(cell(c.caseId()) + "," + c.municipality() + "," + start + "," + end + "," + values + "\r\n");
            }
        }
    }

    private static String status(StatusChange change) {
        return change.status().name().toLowerCase().replace('_', '-');
    }

    /** Case ids are chosen by clients; quoted when they hold what CSV would misread (RFC 4180). */
    private static String cell(String value) {
        return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
