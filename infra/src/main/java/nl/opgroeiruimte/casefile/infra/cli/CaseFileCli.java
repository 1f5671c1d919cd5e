package nl.opgroeiruimte.casefile.infra.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commands of {@code casefile-exec.jar} next to running the service. A command runs on the database
 * the service is configured for (the same profiles, {@code SPRING_*} variables and {@code --spring.x=y}
 * settings) without the web server, and exits. What it produces goes to standard output or the file
 * named; the logs, warnings and progress go to standard error, so that {@code | jq} reads data only.
 * An option with a dot in its name ({@code --spring.profiles.active=postgres}) is a setting of the
 * service; any other option the command does not know is refused with its usage (exit 2).
 * A new command is a picocli {@code @Command} class listed in {@code subcommands} below.
 */
@Command(
        name = "java -jar casefile-exec.jar",
        mixinStandardHelpOptions = true,
        version = "Opgroeiruimte case file",
        description = {
            "Without a command: runs the service (settings as --name=value, e.g. --server.port=8080).",
            "With a command: runs it on the configured database and exits."
        },
        subcommands = {
            ExportCommand.class,
            ImportCommand.class,
            ResearchCasesCommand.class,
            VerifyCommand.class,
            OpenApiCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:failed",
            "2:unknown command or option (the usage is printed)",
            "3:refused (e.g. an import; nothing was changed)",
            "4:a hash chain is broken (verify)"
        })
public final class CaseFileCli {
    public static final int REFUSED = 3;
    public static final int BROKEN = 4;
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+(=.*)?");
    private static final Set<String> OWN = Set.of("-h", "--help", "-V", "--version");

    private final List<String> settings;
    private final PrintStream data;

    private CaseFileCli(List<String> settings, PrintStream data) {
        this.settings = List.copyOf(settings);
        this.data = data;
    }

    /** Standard output as bytes, for data; closing it leaves standard output open. */
    public OutputStream standardOutput() {
        return new FilterOutputStream(data) {
            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
                out.write(buffer, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * The service as a command uses it (a subcommand reaches it as its {@code @ParentCommand}): on the
     * configured database, without the web server, the banner or the demo data, logging warnings only
     * (a {@code --logging.level.root=INFO} setting brings the rest back).
     */
    public ConfigurableApplicationContext startService() {
        return service(WebApplicationType.NONE);
    }

    /** The same with its web server, on a free port unless a {@code --server.port} setting says otherwise. */
    public ConfigurableApplicationContext startWebService() {
        return service(WebApplicationType.SERVLET);
    }

    private ConfigurableApplicationContext service(WebApplicationType web) {
        return new SpringApplicationBuilder(CaseFileApplication.class)
                .web(web)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("casefile.demo-data.enabled=false", "logging.level.root=WARN", "server.port=0")
                .run(settings.toArray(String[]::new));
    }

    /** Whether the arguments ask for a command (or this usage) rather than for the service. */
    public static boolean handles(String[] args) {
        // the service takes options only; a first word is a command, misspelt or not
        return args.length > 0 && (OWN.contains(args[0]) || !args[0].startsWith("-"));
    }

    /**
     * Runs a command. {@code out} receives the data and nothing else; the service's own logging must
     * already be on {@code err} (the caller points {@code System.out} there).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> own = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String arg : args) (SETTING.matcher(arg).matches() ? settings : own).add(arg);
        CommandLine cli = new CommandLine(new CaseFileCli(settings, out))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, given) -> {
                    CommandLine wrong = e.getCommandLine();
                    wrong.getErr().println(e.getMessage());
                    CommandLine.UnmatchedArgumentException.printSuggestions(e, wrong.getErr());
                    wrong.usage(wrong.getErr());
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println(commandLine.getCommandName() + " failed: " + e.getMessage());
                    return CommandLine.ExitCode.SOFTWARE;
                });
        return cli.execute(own.toArray(String[]::new));
    }

    /** Runs the commands from the command line: data on standard output, everything else on standard error. */
    public static void main(String[] args) {
        PrintStream data = System.out;
        System.setOut(System.err);
        System.exit(run(args, data, System.err));
    }
}
