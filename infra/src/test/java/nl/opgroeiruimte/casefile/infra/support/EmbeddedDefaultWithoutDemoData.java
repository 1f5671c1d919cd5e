package nl.opgroeiruimte.casefile.infra.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on its zero-setup embedded H2 file database, in a fresh data directory, without the demo
 * cases. Subclasses share one application context (and database), so each works on a municipality of its own.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedDefaultWithoutDemoData {
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-embedded");
        registry.add("casefile.data-dir", dir::toString);
        registry.add("casefile.demo-data.enabled", () -> "false");
    }
}
