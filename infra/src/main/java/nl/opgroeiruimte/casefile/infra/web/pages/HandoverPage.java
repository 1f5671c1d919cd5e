package nl.opgroeiruimte.casefile.infra.web.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedgerService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The election handover file (overdrachtsdossier) of a municipality or of one case: every promise, grouped
 * by case and by the college under which it was made, as of a date chosen from presets (the last election
 * day, the installation of the college, today), to read, print (A4, a page per case) or download.
 */
@Controller
public class HandoverPage {
    private final PromiseLedgerService ledgers;
    private final HandoverSheet sheets;
    private final HandoverCsv csv;
    private final HandoverPdf pdf;
    private final CaseAccess access;
    private final Names names;
    private final DutchWords nl;

    public HandoverPage(
            PromiseLedgerService ledgers,
            HandoverSheet sheets,
            HandoverCsv csv,
            HandoverPdf pdf,
            CaseAccess access,
            Names names,
            DutchWords nl) {
        this.ledgers = ledgers;
        this.sheets = sheets;
        this.csv = csv;
        this.pdf = pdf;
        this.access = access;
        this.names = names;
        this.nl = nl;
    }

    public record Preset(String label, String date, boolean chosen) {}

    public record Option(String value, String label, boolean chosen) {}

    @GetMapping("/gemeenten/{cbsCode}/overdracht")
    public String municipality(
            @PathVariable String cbsCode,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(required = false) String college,
            Model model) {
        requireMunicipality(cbsCode);
        PromiseLedger ledger = ledgers.ofMunicipality(cbsCode, day(asOf), blank(college));
        String base = "/gemeenten/" + cbsCode + "/overdracht";
        page(ledger, cbsCode, base, model);
        model.addAttribute("backLink", "/gemeenten/" + cbsCode);
        model.addAttribute("backLabel", "Gemeente " + names.municipality(cbsCode));
        return HandoverPdf.TEMPLATE;
    }

    @GetMapping("/dossiers/{caseId}/overdracht")
    public String oneCase(
            @PathVariable String caseId,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(required = false) String college,
            Model model) {
        access.requireRead(caseId);
        PromiseLedger ledger = ledgers.ofCase(caseId, day(asOf), blank(college));
        page(ledger, ledger.municipality(), "/dossiers/" + caseId + "/overdracht", model);
        model.addAttribute("backLink", "/dossiers/" + caseId);
        model.addAttribute("backLabel", "Terug naar het dossier");
        return HandoverPdf.TEMPLATE;
    }

    @GetMapping("/gemeenten/{cbsCode}/overdracht/download")
    public ResponseEntity<byte[]> municipalityDownload(
            @PathVariable String cbsCode,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(required = false) String college,
            @RequestParam(name = "formaat") String format)
            throws IOException {
        requireMunicipality(cbsCode);
        return download(ledgers.ofMunicipality(cbsCode, day(asOf), blank(college)), "beloften-" + cbsCode, format);
    }

    @GetMapping("/dossiers/{caseId}/overdracht/download")
    public ResponseEntity<byte[]> caseDownload(
            @PathVariable String caseId,
            @RequestParam(name = "peildatum", required = false) String asOf,
            @RequestParam(required = false) String college,
            @RequestParam(name = "formaat") String format)
            throws IOException {
        access.requireRead(caseId);
        return download(ledgers.ofCase(caseId, day(asOf), blank(college)), "beloften-" + caseId, format);
    }

    private void page(PromiseLedger ledger, String cbsCode, String base, Model model) {
        PromiseLedgerService.Presets presets = ledgers.presets(cbsCode);
        String chosen = ledger.asOf().toString();
        List<Preset> choices = new ArrayList<>();
        if (presets.lastElectionDay() != null)
            choices.add(preset("Laatste verkiezingsdag", presets.lastElectionDay(), chosen));
        if (presets.collegeInstalledOn() != null)
            choices.add(preset("College geïnstalleerd", presets.collegeInstalledOn(), chosen));
        choices.add(preset("Vandaag", presets.today(), chosen));
        model.addAttribute("sheet", sheets.of(ledger));
        model.addAttribute("pdf", false);
        model.addAttribute("presets", choices);
        model.addAttribute("asOf", chosen);
        model.addAttribute("action", base);
        model.addAttribute(
                "collegeOptions",
                ledger.colleges().stream()
                        .map(c -> new Option(
                                c.collegeId(),
                                "geïnstalleerd " + nl.date(c.installedOn()),
                                c.collegeId().equals(ledger.college())))
                        .toList());
        model.addAttribute("csvLink", link(base + "/download", chosen, ledger.college(), "csv"));
        model.addAttribute("pdfLink", link(base + "/download", chosen, ledger.college(), "pdf"));
    }

    private Preset preset(String label, LocalDate day, String chosen) {
        return new Preset(
                label + " (" + nl.date(day) + ")",
                day.toString(),
                day.toString().equals(chosen));
    }

    private static String link(String path, String asOf, String college, String format) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("peildatum", asOf)
                .queryParamIfPresent("college", java.util.Optional.ofNullable(college))
                .queryParam("formaat", format)
                .encode()
                .toUriString();
    }

    private ResponseEntity<byte[]> download(PromiseLedger ledger, String name, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String file = name + "-" + ledger.asOf();
        if ("pdf".equals(format)) {
            pdf.write(ledger, bytes);
            return attachment(bytes.toByteArray(), file + ".pdf", HandoverConverters.PDF.toString());
        }
        if ("csv".equals(format)) {
            csv.write(ledger, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            return attachment(bytes.toByteArray(), file + ".csv", HandoverConverters.CSV.toString());
        }
        throw new PageNotFound("Het overdrachtsdossier is te downloaden als csv of pdf.");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(body);
    }

    private void requireMunicipality(String cbsCode) {
        if (!DutchMunicipalities.isCurrent(cbsCode)) {
            throw new PageNotFound("Er is geen gemeente met CBS-code " + cbsCode + ".");
        }
        access.requireMunicipality(cbsCode);
    }

    private static LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) return null;
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new PageNotFound("De peildatum " + asOf + " is geen datum (jjjj-mm-dd).");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
