package nl.opgroeiruimte.casefile.infra.research;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How research exports treat free text (docs/research-export.md).
 *
 * @param keptFreeTextFields free-text fields a pseudonymised export keeps instead of withholding: a field
 *                           name ({@code title}), a record and field ({@code AgreementSigned.title}), or
 *                           {@code *} for all free text. Default: none, every free text is withheld.
 */
@ConfigurationProperties("casefile.research-export")
public record ResearchExportProperties(List<String> keptFreeTextFields) {
    public ResearchExportProperties {
        keptFreeTextFields = keptFreeTextFields == null ? List.of() : List.copyOf(keptFreeTextFields);
    }
}
