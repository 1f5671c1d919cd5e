package nl.opgroeiruimte.casefile.infra.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.opgroeiruimte.casefile.infra.research.table.Anonymity;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRow;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRows;
import nl.opgroeiruimte.casefile.infra.research.table.CaseTable;
import nl.opgroeiruimte.casefile.infra.research.table.KAnonymity;
import nl.opgroeiruimte.casefile.infra.research.table.ResearchProperties;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import nl.opgroeiruimte.casefile.query.indicators.RuleSet;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code research-cases FILE}: the case table for research (docs/research-export.md) from the command line. */
@Command(
        name = "research-cases",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the case table (one row per case, CSV) for research, pseudonymised unless told to anonymise.",
            "The table goes to FILE, or to standard output for '-'; a summary (rows, rows left out, level, k, "
                    + "rule set) is printed as JSON (on standard output after a FILE, on standard error after '-')."
        })
public class ResearchCasesCommand implements Callable<Integer> {
    @ParentCommand
    private CaseFileCli service;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the table; '-' for standard output")
    private String file;

    @Option(
            names = "--municipality",
            paramLabel = "CBS-CODE",
            description = "Only this municipality's cases (pseudonymised only)")
    private String municipality;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only cases requested on or after this day")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only cases requested on or before this day")
    private LocalDate to;

    @Option(
            names = "--anonymity",
            paramLabel = "pseudonymised|anonymised",
            defaultValue = "pseudonymised",
            description = "pseudonymised (default) or anonymised (k-anonymous, no municipality or initiative)")
    private String anonymity;

    @Option(names = "--codebook", paramLabel = "FILE", description = "Also write the codebook (Table Schema JSON) here")
    private Path codebook;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show progress on standard error (default: when on a console)")
    private Boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!anonymity.equals("pseudonymised") && !anonymity.equals("anonymised")) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--anonymity must be pseudonymised or anonymised, not " + anonymity);
        }
        Anonymity level = Anonymity.of(anonymity);
        if (level == Anonymity.ANONYMISED && municipality != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "An anonymised table covers all municipalities: leave out --municipality");
        }
        boolean toStandardOutput = "-".equals(file);
        Map<String, Object> summary = new LinkedHashMap<>();
        try (ConfigurableApplicationContext context = service.startService()) {
            CaseRows rows = context.getBean(CaseRows.class);
            int k = context.getBean(ResearchProperties.class).kAnonymity();
            RuleSet ruleSet = context.getBean(IndicatorService.class).ruleSet();
            List<CaseRow> table = rows.rows(new CaseRows.Selection(municipality, from, to));
            KAnonymity.Result released = CaseTable.release(table, level, k);
            try (Progress shown = Progress.of(err, "research-cases", progress);
                    OutputStream target = shown.counting(
                            toStandardOutput ? service.standardOutput() : Files.newOutputStream(Path.of(file)));
                    PrintWriter csv = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8))) {
                CaseTable.write(released.released(), level, csv);
            }
            if (codebook != null) {
                new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(codebook.toFile(), CaseTable.codebook(level, k, ruleSet));
            }
            summary.put("rows", released.released().size());
            summary.put("rowsLeftOut", released.suppressed());
            summary.put("anonymity", level.word());
            if (level == Anonymity.ANONYMISED) summary.put("k", k);
            summary.put("ruleSet", Map.of("version", ruleSet.version(), "sha256", ruleSet.sha256()));
        }
        (toStandardOutput ? err : out)
                .println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(summary));
        return 0;
    }
}
