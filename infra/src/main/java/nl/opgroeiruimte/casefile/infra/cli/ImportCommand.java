package nl.opgroeiruimte.casefile.infra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opgroeiruimte.casefile.infra.research.EventImporter;
import nl.opgroeiruimte.casefile.infra.research.ImportRejected;
import nl.opgroeiruimte.casefile.infra.research.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE}: an export imported from the command line, all of it or nothing. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports an export (CloudEvents JSON Lines) into the configured case file: all events or none.",
            "Prints the import report as JSON on standard output; a refused import prints its problems on standard "
                    + "error and exits with 3."
        })
public class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private CaseFileCli service;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The export to import; '-' for standard input")
    private String file;

    @Option(
            names = "--source",
            paramLabel = "TEXT",
            description =
                    "History from outside the case file: imported as marked imports from this source, recorded by you")
    private String source;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show progress on standard error (default: when on a console)")
    private Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = service.startService();
                Progress shown = Progress.of(err, "import", progress)) {
            EventImporter importer = context.getBean(EventImporter.class);
            ImportReport report = "-".equals(file)
                    ? importer.importFrom(System.in, source)
                    : importer.importFrom(Path.of(file), source);
            shown.close();
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
            return 0;
        } catch (ImportRejected rejected) {
            err.println("Import refused, nothing imported:");
            rejected.problems().forEach(p -> err.println("  line " + p.line() + ": " + p.rule() + ": " + p.detail()));
            if (rejected.truncated()) err.println("  (and more)");
            return CaseFileCli.REFUSED;
        }
    }
}
