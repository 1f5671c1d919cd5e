package nl.opgroeiruimte.casefile.infra;

import nl.opgroeiruimte.casefile.infra.cli.CaseFileCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The case file service: command side, query side and everything that holds them together. */
@SpringBootApplication(scanBasePackages = "nl.opgroeiruimte.casefile")
@ConfigurationPropertiesScan("nl.opgroeiruimte.casefile")
@EnableScheduling
public class CaseFileApplication {

    public static void main(String[] args) {
        // The service runs in closed networks and must not phone home about library updates.
        System.setProperty("axoniq.update-checker.disabled", "true");
        if (CaseFileCli.handles(args)) CaseFileCli.main(args);
        SpringApplication.run(CaseFileApplication.class, args);
    }
}
