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
 * them; {@code Schema.NAME} where a name means something else in one schema, and {@code parameter.NAME}
 * for a path or query parameter, {@code schema.NAME} for a schema that properties refer to. A property the record's Javadoc already describes keeps that
 * description; {@code NAME.example} gives an example value.
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
        schemas.forEach((schemaName, schema) -> {
            // a property that refers to a schema is described by it (OpenAPI 3.0 ignores siblings of $ref)
            String ownDescription = entries.getProperty("schema." + schemaName);
            if (ownDescription != null
                    && (schema.getDescription() == null
                            || schema.getDescription().isBlank())) {
                schema.setDescription(ownDescription);
            }
            if (schema.getProperties() == null) return;
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                // Schema.property where one name means something else in one schema
                String description = entries.getProperty(schemaName + "." + name, entries.getProperty(name));
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

    /**
     * Parameters without a description of their own: {@code parameter.NAME}, else what the property of the
     * same name means ({@code caseId} in a path is the case's id as in a body).
     */
    void describeParameters(io.swagger.v3.oas.models.Paths paths) {
        paths.values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getParameters() == null) return;
                    operation.getParameters().forEach(parameter -> {
                        if (parameter.getDescription() != null
                                && !parameter.getDescription().isBlank()) return;
                        String name = parameter.getName();
                        String description = entries.getProperty("parameter." + name, entries.getProperty(name));
                        if (description != null) parameter.setDescription(description);
                    });
                }));
    }
}
