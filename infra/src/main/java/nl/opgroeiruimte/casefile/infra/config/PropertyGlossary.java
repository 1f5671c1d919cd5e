package nl.opgroeiruimte.casefile.infra.config;

import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The meaning of a property name, said once for the whole API ({@code openapi/glossary.properties}):
 * {@code caseId} or {@code occurredOn} mean the same in every one of the dozens of records that carry
 * them. A property the record's Javadoc already describes keeps that description; {@code NAME.example}
 * gives an example value.
 */
@Component
public class PropertyGlossary {
    private final Properties entries = new Properties();

    public PropertyGlossary() {
        try (InputStream in = PropertyGlossary.class.getResourceAsStream("/openapi/glossary.properties")) {
            if (in != null) entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    void describe(Map<String, Schema> schemas) {
        schemas.values().forEach(schema -> {
            if (schema.getProperties() == null) return;
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                String description = entries.getProperty(name);
                // a $ref property is described by the schema it refers to (OpenAPI 3.0 ignores siblings of $ref)
                if (description != null
                        && property.get$ref() == null
                        && (property.getDescription() == null
                                || property.getDescription().isBlank())) {
                    property.setDescription(description);
                }
                String example = entries.getProperty(name + ".example");
                if (example != null && property.getExample() == null && "string".equals(property.getType())) {
                    property.setExample(example);
                }
            });
        });
    }
}
