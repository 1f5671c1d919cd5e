package nl.opgroeiruimte.casefile.infra.web.pages;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The promise ledger on paper: the handover page's own template, rendered without its navigation and
 * forms and with the print stylesheet inlined, laid out as A4 by openhtmltopdf.
 */
@Component
public class HandoverPdf {
    static final String TEMPLATE = "pages/handover";
    private final ITemplateEngine templates;
    private final HandoverSheet sheets;
    private final String printCss;

    public HandoverPdf(ITemplateEngine templates, HandoverSheet sheets) {
        this.templates = templates;
        this.sheets = sheets;
        try (InputStream in = new ClassPathResource("static/css/handover.css").getInputStream()) {
            this.printCss = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(PromiseLedger ledger, OutputStream out) throws IOException {
        Context context = new Context(java.util.Locale.forLanguageTag("nl"));
        context.setVariable("sheet", sheets.of(ledger));
        context.setVariable("pdf", true);
        context.setVariable("printCss", printCss);
        String html = templates.process(TEMPLATE, context);
        PdfRendererBuilder pdf = new PdfRendererBuilder();
        pdf.useFastMode();
        pdf.withHtmlContent(html, null);
        pdf.toStream(out);
        pdf.run();
    }
}
