package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.record.ChainVerifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The export and import from the command line, on the database the service is configured for (the same
 * profiles and SPRING_DATASOURCE_* variables), without starting the web server:
 * <pre>
 * java -jar casefile-exec.jar export FILE [--case=ID | --municipality=GM0193] [--pseudonymise=false] [spring options]
 * java -jar casefile-exec.jar import FILE [--source=TEXT] [spring options]
 * java -jar casefile-exec.jar verify [--case=ID] [spring options]
 * </pre>
 * Exit codes: 0 done, 2 import refused (nothing imported; the problems are printed) or a hash chain broken
 * (the first broken link of each broken stream is printed), 1 any other failure.
 */
public final class ResearchCli {
    private static final String EXPORT = "export";
    private static final String IMPORT = "import";
    private static final String VERIFY = "verify";

    private ResearchCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (EXPORT.equals(args[0]) || IMPORT.equals(args[0]) || VERIFY.equals(args[0]));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (VERIFY.equals(args[0])) return verify(args, out, err);
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: export FILE [--case=ID | --municipality=GM0193] [--pseudonymise=false] | import FILE [--source=TEXT] | verify [--case=ID]");
            return 1;
        }
        Path file = Path.of(args[1]);
        String caseId = null;
        String municipality = null;
        String source = null;
        boolean pseudonymise = true;
        List<String> spring = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--case=")) caseId = arg.substring("--case=".length());
            else if (arg.startsWith("--municipality=")) municipality = arg.substring("--municipality=".length());
            else if (arg.startsWith("--source=")) source = arg.substring("--source=".length());
            else if (arg.startsWith("--pseudonymise=")) pseudonymise = Boolean.parseBoolean(arg.substring("--pseudonymise=".length()));
            else spring.add(arg);
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseFileApplication.class)
                .web(WebApplicationType.NONE)
                .properties("casefile.demo-data.enabled=false")
                .run(spring.toArray(String[]::new))) {
            if (IMPORT.equals(args[0])) {
                ImportReport report = context.getBean(EventImporter.class).importFrom(file, source);
                out.println(json.writeValueAsString(report));
            } else {
                ExportScope scope = caseId != null ? ExportScope.ofCase(caseId)
                        : municipality != null ? ExportScope.ofMunicipality(municipality) : ExportScope.everything();
                EventExporter exporter = context.getBean(EventExporter.class);
                exporter.requireExists(scope);
                try (OutputStream target = Files.newOutputStream(file)) {
                    out.println(json.writeValueAsString(exporter.export(scope, pseudonymise, target)));
                }
            }
            return 0;
        } catch (ImportRejected rejected) {
            err.println("Import refused, nothing imported:");
            rejected.problems().forEach(p -> err.println("  line " + p.line() + ": " + p.rule() + ": " + p.detail()));
            if (rejected.truncated()) err.println("  (and more)");
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** Recomputes the hash chains from the store: of one case, or of every stream. */
    private static int verify(String[] args, PrintStream out, PrintStream err) {
        String caseId = null;
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--case=")) caseId = args[i].substring("--case=".length());
            else spring.add(args[i]);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseFileApplication.class)
                .web(WebApplicationType.NONE)
                .properties("casefile.demo-data.enabled=false")
                .run(spring.toArray(String[]::new))) {
            ChainVerifier verifier = context.getBean(ChainVerifier.class);
            long[] counts = new long[3];
            java.util.function.Consumer<ChainVerifier.Verdict> report = verdict -> {
                counts[0]++;
                counts[1] += verdict.events();
                if (!verdict.intact()) {
                    counts[2]++;
                    out.println("BROKEN " + verdict.stream() + " at sequence number " + verdict.brokenAt() + ": " + verdict.problem());
                }
            };
            if (caseId != null) {
                ChainVerifier.Verdict verdict = verifier.verify(caseId);
                if (verdict.events() == 0) {
                    err.println("verify failed: the store holds no case " + caseId);
                    return 1;
                }
                report.accept(verdict);
            } else {
                verifier.verifyAll(report);
            }
            out.println(counts[0] + " stream(s), " + counts[1] + " event(s) verified; " + (counts[2] == 0 ? "every chain is intact"
                    : counts[2] + " chain(s) broken"));
            return counts[2] == 0 ? 0 : 2;
        } catch (RuntimeException e) {
            err.println("verify failed: " + e.getMessage());
            return 1;
        }
    }
}
