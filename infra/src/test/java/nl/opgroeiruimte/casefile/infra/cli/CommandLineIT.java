package nl.opgroeiruimte.casefile.infra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.CaseJson;
import nl.opgroeiruimte.casefile.infra.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar casefile-exec.jar COMMAND}: data on standard output and nothing else (so that it can
 * be piped into jq), logs on standard error without the banner, a usage for {@code --help}, and an
 * option the command does not know refused with its usage and exit code 2 before anything starts.
 */
class CommandLineIT extends PostgresIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {}

    private static Run inProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CaseFileCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsAndEachCommandItsOptions() {
        Run help = inProcess("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("export", "import", "Exit codes");
        Run export = inProcess("export", "--help");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("--case", "--municipality", "--pseudonymise", "progress");
    }

    @Test
    void anUnknownOptionOrCommandIsRefusedWithTheUsageBeforeAnythingStarts() {
        Run option = inProcess("export", "out.jsonl", "--pseudonymize=false");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--pseudonymize=false'", "Usage:");
        assertThat(option.out()).isEmpty();

        Run both = inProcess("export", "out.jsonl", "--case=a", "--municipality=GM0193");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        Run misspelt = inProcess("exprot", "out.jsonl");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).contains("Unmatched argument", "Usage:");
        assertThat(CaseFileCli.handles(new String[] {"exprot"}))
                .as("a misspelt command never starts the service")
                .isTrue();
        assertThat(CaseFileCli.handles(new String[] {"--server.port=8080"})).isFalse();
    }

    @Test
    void anExportToStandardOutputIsDataOnlyWithTheLogsOnStandardError() throws Exception {
        String caseId = api().post("/api/v1/cases", CaseJson.request("2024-03-01"))
                .json()
                .get("aggregateId")
                .asText();
        Path out = Files.createTempFile("casefile-cli-", ".out");
        Path err = Files.createTempFile("casefile-cli-", ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CaseFileApplication.class.getName(),
                "export",
                "-",
                "--case",
                caseId,
                "--no-progress",
                "--spring.profiles.active=postgres",
                // a few connections are enough, on a database server that other tests keep busy
                "--spring.datasource.hikari.maximum-pool-size=3"));
        command.addAll(List.of(secondInstanceArgs()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the export ends").isTrue();
        assertThat(process.exitValue()).as(read(err)).isZero();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines).as("one line per stored event, then the manifest").hasSize(2);
        for (String line : lines)
            assertThat(JSON.readTree(line).has("specversion")).as(line).isTrue();
        JsonNode manifest = JSON.readTree(lines.get(1));
        assertThat(manifest.at("/data/eventCount").asLong()).isEqualTo(1);
        assertThat(read(err))
                .as("the summary goes to standard error when the data has standard output")
                .contains("\"exportId\"")
                .doesNotContain(" :: Spring Boot :: ");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
