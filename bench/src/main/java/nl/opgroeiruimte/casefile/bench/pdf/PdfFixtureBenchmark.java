package nl.opgroeiruimte.casefile.bench.pdf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.opgroeiruimte.casefile.infra.web.pages.DutchWords;
import nl.opgroeiruimte.casefile.infra.web.pages.HandoverPdf;
import nl.opgroeiruimte.casefile.infra.web.pages.HandoverSheet;
import nl.opgroeiruimte.casefile.infra.web.pages.Names;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeProjection;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeView;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The promise ledger's PDF of a large municipality, measured without a database: a seeded {@link
 * LedgerFixture} rendered through the service's own {@link HandoverPdf} (its template, sheet and print
 * stylesheet) again and again after a warm-up, printing p50 and p99. Issue 22's target: under 2 s for the
 * largest municipality of the default dataset (about 300 cases, 2,700 promises).
 *
 * <pre>
 * java -jar bench/target/bench.jar pdf-fixture [--cases=300] [--promises-per-case=9] [--renders=30] [--warmup=5] [--out=FILE]
 * </pre>
 */
@Command(
        name = "java -jar bench/target/bench.jar " + PdfFixtureBenchmark.COMMAND,
        mixinStandardHelpOptions = true,
        description = "Renders a seeded municipal promise ledger to PDF through HandoverPdf and prints p50/p99.")
public final class PdfFixtureBenchmark implements java.util.concurrent.Callable<Integer> {
    /** The first argument that runs this benchmark instead of the database-backed run. */
    public static final String COMMAND = "pdf-fixture";

    @Option(
            names = "--cases",
            defaultValue = "300",
            description = "Cases of the municipality (default ${DEFAULT-VALUE})")
    int cases;

    @Option(
            names = "--promises-per-case",
            defaultValue = "9",
            description = "Promises per case on average (default ${DEFAULT-VALUE})")
    int promisesPerCase;

    @Option(names = "--renders", defaultValue = "30", description = "Measured renders (default ${DEFAULT-VALUE})")
    int renders;

    @Option(names = "--warmup", defaultValue = "5", description = "Renders before measuring (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the last PDF rendered to this file")
    java.nio.file.Path outFile;

    @Option(names = "--seed", defaultValue = "22", description = "Seed of the ledger (default ${DEFAULT-VALUE})")
    long seed;

    public static int main(String[] args, PrintStream out) {
        return new CommandLine(new PdfFixtureBenchmark(out)).execute(args);
    }

    private final PrintStream out;

    private PdfFixtureBenchmark(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        // the service logs at INFO; without Spring Boot's logging set-up logback would log PDFBox at DEBUG
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.INFO);
        PromiseLedger ledger = LedgerFixture.municipality(cases, promisesPerCase, seed);
        var os = ManagementFactory.getOperatingSystemMXBean();
        out.printf(
                Locale.ROOT,
                "promise ledger fixture: %d cases, %d promises, %d colleges; load average %.2f on %d cores%n",
                ledger.cases().size(),
                ledger.promises().size(),
                ledger.colleges().size(),
                os.getSystemLoadAverage(),
                os.getAvailableProcessors());
        measure(handoverPdf(), ledger);
        return 0;
    }

    private void measure(HandoverPdf pdf, PromiseLedger ledger) throws Exception {
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        byte[] last = null;
        double[] times = new double[renders];
        double[] cpu = new double[renders];
        for (int i = -warmup; i < renders; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long c = process.getProcessCpuTime();
            long t = System.nanoTime();
            pdf.write(ledger, bytes);
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (process.getProcessCpuTime() - c) / 1e6;
            }
            last = bytes.toByteArray();
        }
        if (outFile != null) java.nio.file.Files.write(outFile, last);
        int pages;
        try (PDDocument document = Loader.loadPDF(last)) {
            pages = document.getNumberOfPages();
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        out.printf(
                Locale.ROOT,
                "PDF of %d cases (%d pages, %,d bytes), %d renders after %d warm-up: p50 %.0f ms, p99 %.0f ms;"
                        + " CPU of the process per render min %.0f, p50 %.0f ms; load average now %.2f%n",
                ledger.cases().size(),
                pages,
                last.length,
                renders,
                warmup,
                percentile(times, 50),
                percentile(times, 99),
                cpu[0],
                percentile(cpu, 50),
                process.getSystemLoadAverage());
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** The service's HandoverPdf with its own template, words and labels; initiatives named without a database. */
    private static HandoverPdf handoverPdf() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        Labels labels = Labels.standalone();
        InitiativeProjection initiatives = new InitiativeProjection(null, null) {
            @Override
            public Optional<InitiativeView> find(String initiativeId) {
                return Optional.of(new InitiativeView(
                        initiativeId,
                        "Initiatief " + initiativeId.substring(initiativeId.length() - 4),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        };
        DutchWords words = new DutchWords(Clock.system(ZoneId.of("Europe/Amsterdam")), labels);
        return new HandoverPdf(templates, new HandoverSheet(new Names(initiatives), words, labels));
    }
}
