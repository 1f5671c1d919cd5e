package nl.opgroeiruimte.casefile.infra.cli;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code openapi FILE}: the OpenAPI document exactly as the service serves it at
 * {@code /api/v1/openapi.json}, for publishing it or generating a client in a build (client-test does).
 */
@Command(
        name = "openapi",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the OpenAPI document the service serves to FILE, or to standard output for '-'.",
            "Starts the service for the moment, on a free port, on the configured database."
        })
public class OpenApiCommand implements Callable<Integer> {
    @ParentCommand
    private CaseFileCli service;

    @Parameters(paramLabel = "FILE", description = "Where to write the document; '-' for standard output")
    private String file;

    @Override
    public Integer call() throws Exception {
        byte[] document;
        try (ConfigurableApplicationContext context = service.startWebService()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<byte[]> served = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (served.statusCode() != 200)
                throw new IllegalStateException("the service answered " + served.statusCode());
            document = served.body();
        }
        if ("-".equals(file)) {
            try (OutputStream out = service.standardOutput()) {
                out.write(document);
            }
        } else {
            Path target = Path.of(file);
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Files.write(target, document);
        }
        return 0;
    }
}
