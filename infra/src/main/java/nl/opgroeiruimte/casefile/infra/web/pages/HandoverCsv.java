package nl.opgroeiruimte.casefile.infra.web.pages;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Promise;
import org.springframework.stereotype.Component;

/**
 * The promise ledger as CSV (RFC 4180, UTF-8, one promise a row), for a spreadsheet: the API's field names
 * as column names, the college named by its term and members. A cell that a spreadsheet would read as a
 * formula gets a leading apostrophe.
 */
@Component
public class HandoverCsv {
    static final List<String> COLUMNS = List.of(
            "case_id",
            "promise_id",
            "kind",
            "form",
            "subject",
            "made_on",
            "due_on",
            "made_by_person_id",
            "made_by_name",
            "made_by_role",
            "made_by_party",
            "recorded_by_kind",
            "recorded_by_name",
            "recorded_on",
            "college_id",
            "college_installed_on",
            "college_until",
            "college_members",
            "status",
            "status_since",
            "rule",
            "event_ids");

    public void write(PromiseLedger ledger, Writer out) throws IOException {
        Map<String, College> colleges = new LinkedHashMap<>();
        ledger.colleges().forEach(c -> colleges.put(c.collegeId(), c));
        line(out, COLUMNS);
        for (Promise p : ledger.promises()) {
            College c = p.collegeId() == null ? null : colleges.get(p.collegeId());
            line(
                    out,
                    List.of(
                            p.caseId(),
                            p.promiseId(),
                            p.kind(),
                            text(p.form()),
                            p.subject(),
                            date(p.madeOn()),
                            date(p.dueOn()),
                            p.madeBy().personId(),
                            text(p.madeBy().name()),
                            p.madeBy().role() == null
                                    ? ""
                                    : p.madeBy().role().name().toLowerCase().replace('_', '-'),
                            text(Objects.toString(p.madeBy().party(), null)),
                            p.recordedBy().kind(),
                            text(p.recordedBy().name()),
                            date(p.recordedBy().recordedOn()),
                            text(p.collegeId()),
                            c == null ? "" : date(c.installedOn()),
                            c == null ? "" : date(c.until()),
                            c == null
                                    ? ""
                                    : c.members().stream()
                                            .map(m -> m.name() + " (" + m.role() + ")")
                                            .collect(Collectors.joining("; ")),
                            p.status(),
                            date(p.statusSince()),
                            p.rule(),
                            String.join(" ", p.eventIds())));
        }
        out.flush();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(HandoverCsv::cell).collect(Collectors.joining(",")));
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r"))
            return "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
