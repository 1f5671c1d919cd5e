package nl.opgroeiruimte.casefile.infra.web.pages;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.opgroeiruimte.casefile.infra.web.pages.HandoverSheet.CaseGroup;
import nl.opgroeiruimte.casefile.infra.web.pages.HandoverSheet.Sheet;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The promise ledger on paper: the handover page's own template, rendered without its navigation and
 * forms and with the print stylesheet inlined, laid out as A4 by openhtmltopdf.
 *
 * <p>Every case starts on a new page, so a large municipality's file is laid out in parts that cannot
 * change each other's pages: the front (title, colleges, counts) with the first cases, then the other
 * cases in a few runs, laid out side by side on the machine's cores and put together with PDFBox (issue 22:
 * the largest municipality's PDF under 2 s; BENCHMARKS.md).
 */
@Component
public class HandoverPdf implements AutoCloseable {
    static final String TEMPLATE = "pages/handover";
    /** Fewer cases than this are laid out in one go: a part of its own costs a few milliseconds. */
    private static final int CASES_PER_PART_AT_LEAST = 8;
    /** A case's part starts with the case: a page break before it would leave its first page blank. */
    private static final String PART_STARTS_WITH_A_CASE =
            "\n.handover-case:first-child { page-break-before: auto; break-before: auto; margin-top: 0; }\n";

    private final ITemplateEngine templates;
    private final HandoverSheet sheets;
    private final String printCss;
    private final int parts;
    /**
     * Its own threads, not the common pool: their context class loader is the application's, through which
     * openhtmltopdf and Thymeleaf find their resources inside the packaged jar.
     */
    private final ExecutorService layout;

    public HandoverPdf(ITemplateEngine templates, HandoverSheet sheets) {
        this.templates = templates;
        this.sheets = sheets;
        // more parts than cores, so that a core that finishes early takes another
        int cores = Runtime.getRuntime().availableProcessors();
        this.parts = 2 * cores;
        ClassLoader application = HandoverPdf.class.getClassLoader();
        AtomicInteger threads = new AtomicInteger();
        this.layout = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task, "handover-pdf-" + threads.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(application);
            return thread;
        });
        try (InputStream in = new ClassPathResource("static/css/handover.css").getInputStream()) {
            this.printCss = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(PromiseLedger ledger, OutputStream out) throws IOException {
        Sheet sheet = sheets.of(ledger);
        List<List<CaseGroup>> cases = split(sheet.cases());
        List<Future<PDDocument>> pending = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            List<CaseGroup> run = cases.get(i);
            boolean casesOnly = i > 0;
            pending.add(layout.submit(() -> pdf(html(sheet, run, casesOnly))));
        }
        List<PDDocument> laidOut = new ArrayList<>();
        try {
            for (Future<PDDocument> part : pending) laidOut.add(done(part));
            PDDocument whole = laidOut.get(0);
            for (PDDocument part : laidOut.subList(1, laidOut.size())) {
                for (PDPage page : part.getPages()) whole.importPage(page);
            }
            whole.save(out);
        } finally {
            for (Future<PDDocument> part : pending) part.cancel(true);
            for (PDDocument part : laidOut) part.close();
        }
    }

    private static PDDocument done(Future<PDDocument> part) throws IOException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the handover PDF was laid out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        layout.shutdownNow();
    }

    /** The cases in runs of about equal length, in their order; the first run goes with the front. */
    private List<List<CaseGroup>> split(List<CaseGroup> cases) {
        int n = Math.max(1, Math.min(parts, cases.size() / CASES_PER_PART_AT_LEAST));
        List<List<CaseGroup>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) runs.add(cases.subList(i * cases.size() / n, (i + 1) * cases.size() / n));
        return runs;
    }

    private String html(Sheet sheet, List<CaseGroup> cases, boolean casesOnly) {
        Context context = new Context(Locale.forLanguageTag("nl"));
        context.setVariable("sheet", sheet);
        context.setVariable("pdf", true);
        context.setVariable("pdfCases", cases);
        context.setVariable("pdfCasesOnly", casesOnly);
        context.setVariable("printCss", casesOnly ? printCss + PART_STARTS_WITH_A_CASE : printCss);
        return templates.process(TEMPLATE, context);
    }

    private static PDDocument pdf(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useNamespaceHandler(new HandoverUserAgent());
        builder.withHtmlContent(html, null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            return renderer.createPDFKeepOpen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
