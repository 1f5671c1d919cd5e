package nl.opgroeiruimte.casefile.infra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.opgroeiruimte.casefile.infra.research.EventExporter;
import nl.opgroeiruimte.casefile.infra.research.ExportManifest;
import nl.opgroeiruimte.casefile.infra.research.ExportScope;
import nl.opgroeiruimte.casefile.infra.research.table.Anonymity;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export FILE}: the research export (docs/research-export.md) from the command line. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Exports the stored events as CloudEvents JSON Lines, pseudonymised unless told otherwise.",
            "The export goes to FILE, or to standard output for '-'; the manifest is printed as JSON "
                    + "(on standard output after a FILE, on standard error after '-')."
        })
public class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private CaseFileCli service;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the export; '-' for standard output")
    private String file;

    @ArgGroup(exclusive = true)
    private Scope scope = new Scope();

    static class Scope {
        @Option(names = "--case", paramLabel = "ID", description = "Only this case")
        String caseId;

        @Option(
                names = "--municipality",
                paramLabel = "CBS-CODE",
                description = "Only this municipality's cases, e.g. GM0193")
        String municipality;
    }

    @Option(
            names = "--pseudonymise",
            arity = "1",
            defaultValue = "true",
            paramLabel = "true|false",
            description =
                    "Pseudonymise people and withhold free text (default ${DEFAULT-VALUE}); false moves an installation")
    private boolean pseudonymise;

    @Option(
            names = "--anonymity",
            paramLabel = "pseudonymised|anonymised",
            defaultValue = "pseudonymised",
            description = "pseudonymised (default) or anonymised: case streams only, of the cases a k-anonymity "
                    + "check releases, without municipality, names or exact dates; not for import")
    private String anonymity;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show progress on standard error (default: when on a console)")
    private Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportScope what = scope.caseId != null
                ? ExportScope.ofCase(scope.caseId)
                : scope.municipality != null
                        ? ExportScope.ofMunicipality(scope.municipality)
                        : ExportScope.everything();
        if (!anonymity.equals("pseudonymised") && !anonymity.equals("anonymised")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--anonymity must be pseudonymised or anonymised, not " + anonymity);
        }
        boolean anonymised = anonymity.equals("anonymised");
        if (anonymised && (!pseudonymise || scope.municipality != null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "An anonymised export is pseudonymised and names no municipality");
        }
        Anonymity level = !pseudonymise ? null : Anonymity.of(anonymity);
        boolean toStandardOutput = "-".equals(file);
        ExportManifest manifest;
        try (ConfigurableApplicationContext context = service.startService()) {
            EventExporter exporter = context.getBean(EventExporter.class);
            exporter.requireExists(what);
            try (Progress shown = Progress.of(err, "export", progress);
                    OutputStream target = shown.counting(
                            toStandardOutput ? service.standardOutput() : Files.newOutputStream(Path.of(file)))) {
                manifest = exporter.export(what, level, target);
            }
        }
        String summary =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest);
        (toStandardOutput ? err : out).println(summary);
        return 0;
    }
}
