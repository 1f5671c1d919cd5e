package nl.opgroeiruimte.casefile.infra.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case file's enums travel as kebab-case words ({@code intent-agreement}, {@code partly-met}), as
 * the NL API Design Rules ask, in the API and in stored events alike. The Java names
 * stay the Java convention. Only our own enums are affected.
 */
public class KebabCaseEnums extends SimpleModule {
    private static final String OURS = "nl.opgroeiruimte.casefile.";

    public KebabCaseEnums() {
        super("kebab-case-enums");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(
                    SerializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonSerializer<?> serializer) {
                return isOurs(type.getRawClass()) ? new Writer() : serializer;
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> raw = type.getRawClass();
                return isOurs(raw) ? new Reader((Class<Enum>) raw) : deserializer;
            }
        });
    }

    public static String wordFor(Enum<?> value) {
        return value.name().toLowerCase().replace('_', '-');
    }

    private static boolean isOurs(Class<?> type) {
        return type.getName().startsWith(OURS);
    }

    private static final class Writer extends JsonSerializer<Enum<?>> {
        @Override
        public void serialize(Enum<?> value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(wordFor(value));
        }
    }

    private static final class Reader<E extends Enum<E>> extends JsonDeserializer<E> {
        private final Class<E> type;
        private final Map<String, E> byWord;

        Reader(Class<E> type) {
            this.type = type;
            this.byWord = Arrays.stream(type.getEnumConstants())
                    .collect(Collectors.toMap(KebabCaseEnums::wordFor, Function.identity()));
        }

        @Override
        public E deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String word = parser.getValueAsString();
            E value = word == null ? null : byWord.get(word);
            if (value == null) {
                throw InvalidFormatException.from(
                        parser,
                        "must be one of "
                                + String.join(
                                        ", ", byWord.keySet().stream().sorted().toList()),
                        word,
                        type);
            }
            return value;
        }
    }
}
