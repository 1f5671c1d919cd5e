package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.Promise;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.springframework.stereotype.Component;

/**
 * The promise ledger in the words of the handover page and its PDF (one template for both): grouped by
 * case, then by the college under which each promise was made, every value already written in Dutch so
 * that the template needs no beans and renders outside a web request too.
 */
@Component
public class HandoverSheet {
    private final Names names;
    private final DutchWords nl;
    private final Labels labels;

    public HandoverSheet(Names names, DutchWords nl, Labels labels) {
        this.names = names;
        this.nl = nl;
        this.labels = labels;
    }

    public record Sheet(
            String title,
            String asOf,
            String collegeFilter,
            List<CollegeLine> colleges,
            List<Count> counts,
            List<CaseGroup> cases,
            int promiseCount) {}

    public record Count(String status, String label, long n) {}

    public record CollegeLine(String collegeId, String term, String members) {}

    public record CaseGroup(String caseId, String title, String status, List<CollegeGroup> colleges) {}

    public record CollegeGroup(String collegeId, String heading, List<Row> rows) {}

    public record Row(
            String promiseId,
            String kind,
            String form,
            String subject,
            String madeOn,
            String dueOn,
            String madeBy,
            String recordedBy,
            String status,
            String statusLabel,
            String statusSince,
            String rule,
            String proof) {}

    public Sheet of(PromiseLedger ledger) {
        Map<String, College> colleges = new LinkedHashMap<>();
        ledger.colleges().forEach(c -> colleges.put(c.collegeId(), c));
        List<CaseGroup> cases = new ArrayList<>();
        for (PromiseLedger.CaseRef c : ledger.cases()) {
            Map<String, List<Row>> byCollege = new LinkedHashMap<>();
            byCollege.put("", new ArrayList<>());
            colleges.keySet().forEach(id -> byCollege.put(id, new ArrayList<>()));
            ledger.promises().stream()
                    .filter(p -> p.caseId().equals(c.caseId()))
                    .forEach(p -> byCollege
                            .get(Objects.requireNonNullElse(p.collegeId(), ""))
                            .add(row(p)));
            List<CollegeGroup> groups = byCollege.entrySet().stream()
                    .filter(e -> !e.getValue().isEmpty())
                    .map(e -> new CollegeGroup(
                            e.getKey(),
                            e.getKey().isEmpty()
                                    ? "Vóór het eerste vastgelegde college"
                                    : "Onder het college " + term(colleges.get(e.getKey())),
                            e.getValue()))
                    .toList();
            if (groups.isEmpty() && ledger.college() != null) continue;
            cases.add(new CaseGroup(
                    c.caseId(),
                    names.initiative(c.initiative()) + ": " + c.activity() + " in " + c.area(),
                    nl.caseStatus(c.status()),
                    groups));
        }
        String title = ledger.caseId() == null
                ? "Overdrachtsdossier gemeente " + names.municipality(ledger.municipality())
                : "Overdrachtsdossier "
                        + (cases.isEmpty() ? ledger.caseId() : cases.get(0).title());
        return new Sheet(
                title,
                nl.date(ledger.asOf()),
                ledger.college(),
                ledger.colleges().stream()
                        .map(c -> new CollegeLine(c.collegeId(), term(c), members(c)))
                        .toList(),
                ledger.countsPerStatus().entrySet().stream()
                        .map(e -> new Count(e.getKey(), status(e.getKey()), e.getValue()))
                        .toList(),
                cases,
                ledger.promises().size());
    }

    private Row row(Promise p) {
        String kind = labels.nlOr("promise-kind." + p.kind(), p.kind());
        String form = p.form() == null ? "" : labels.nlOr("promise-form." + p.form(), p.form());
        return new Row(
                p.promiseId(),
                kind,
                form.equals(kind) ? "" : form,
                "funding".equals(p.kind()) ? fundingInDutch(p.subject()) : p.subject(),
                nl.date(p.madeOn()),
                nl.date(p.dueOn()),
                nl.person(p.madeBy().name()) + " (" + nl.actorRole(p.madeBy().role()) + ", "
                        + names.party(p.madeBy().party()) + ")",
                nl.recorder(
                                p.recordedBy().kind(),
                                p.recordedBy().name(),
                                p.recordedBy().source())
                        + " op " + nl.date(p.recordedBy().recordedOn()),
                p.status(),
                status(p.status()),
                nl.date(p.statusSince()),
                p.rule(),
                String.join(", ", p.eventIds()));
    }

    /** "process-financing € 25.000 (municipal)" with the instrument and the source in Dutch. */
    private String fundingInDutch(String subject) {
        String dutch = subject;
        for (FundingInstrument i : FundingInstrument.values()) {
            String word = i.name().toLowerCase().replace('_', '-');
            if (dutch.startsWith(word + " ")) dutch = nl.instrument(i) + dutch.substring(word.length());
        }
        for (FundingSource s : FundingSource.values()) {
            dutch = dutch.replace("(" + s.name().toLowerCase().replace('_', '-') + ")", "(" + nl.source(s) + ")");
        }
        return dutch;
    }

    private String status(String status) {
        return labels.nlOr("promise-status." + status, status);
    }

    /** "geïnstalleerd 1 juni 2022 (verkiezingen 16 maart 2022), tot 31 mei 2026" or "…, nog in functie". */
    private String term(College c) {
        if (c == null) return "";
        return "geïnstalleerd " + nl.date(c.installedOn())
                + (c.electedOn() == null ? "" : " (verkiezingen " + nl.date(c.electedOn()) + ")")
                + (c.until() == null ? ", nog in functie" : ", tot en met " + nl.date(c.until()))
                + ": " + members(c);
    }

    private String members(College c) {
        return c.members().stream()
                .map(m -> nl.person(m.name()) + " (" + ("mayor".equals(m.role()) ? "burgemeester" : "wethouder")
                        + (m.portfolios().isEmpty() ? "" : ", " + String.join(", ", m.portfolios()))
                        + (m.politicalParty() == null ? "" : ", " + m.politicalParty())
                        + (m.until() == null ? "" : ", tot " + nl.date(m.until())) + ")")
                .collect(Collectors.joining("; "));
    }
}
