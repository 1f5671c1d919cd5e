package nl.opgroeiruimte.casefile.infra.config;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Schemas as the API really reads and writes them, derived from the records themselves rather than
 * annotated property by property: our enums as the kebab-case words {@link KebabCaseEnums} makes of
 * them; a primitive component required (a command without it is refused, and an answer always has it);
 * {@code @NotEmpty} and {@code @NotBlank} as at least one item or character, which swagger's own
 * reading of a {@code @Size} next to them would otherwise set back to zero.
 */
@Component
public class ApiSchemas implements ModelConverter {
    private static final String OURS = "nl.opgroeiruimte.casefile.";

    static {
        // an enum is a named schema, one type in a generated client wherever it is used (an inline enum in
        // an array also produces Java that OpenAPI Generator's own templates cannot compile)
        ModelResolver.enumsAsRef = true;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) return null;
        Schema schema = chain.next().resolve(type, context, chain);
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (schema == null || !raw.getName().startsWith(OURS)) return schema;
        if (raw.isEnum()) {
            Schema named = schema.get$ref() == null
                    ? schema
                    : context.getDefinedModels()
                            .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            if (named != null && named.getEnum() != null) {
                named.setEnum(Arrays.stream(raw.getEnumConstants())
                        .map(e -> KebabCaseEnums.wordFor((Enum<?>) e))
                        .toList());
            }
        }
        if (raw.isRecord() && schema.getProperties() != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Schema property = (Schema) schema.getProperties().get(component.getName());
                if (property == null) continue;
                if (component.getType().isPrimitive()) require(schema, component.getName());
                Field field = field(raw, component.getName());
                if (field != null
                        && (field.isAnnotationPresent(NotEmpty.class) || field.isAnnotationPresent(NotBlank.class))) {
                    if ("array".equals(property.getType()) || property.getItems() != null) property.setMinItems(1);
                    else if ("string".equals(property.getType())) property.setMinLength(1);
                }
            }
        }
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void require(Schema schema, String name) {
        List<String> required = schema.getRequired();
        if (required == null || !required.contains(name)) schema.addRequiredItem(name);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
