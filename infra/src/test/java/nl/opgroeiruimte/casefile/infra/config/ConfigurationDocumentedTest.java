package nl.opgroeiruimte.casefile.infra.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every {@code casefile.*} setting is documented in docs/configuration.md with the default its record gives
 * it, and the YAML files set only known settings without restating a default, so that a default lives in
 * one place. The settings are read from the metadata that spring-boot-configuration-processor writes at
 * compile time, the same metadata the IDEs use.
 */
class ConfigurationDocumentedTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");
    private static final Pattern ROW =
            Pattern.compile("^\\| `(casefile\\.[a-z0-9.-]+)` \\| (`[^`]*`|none) \\|", Pattern.MULTILINE);
    /** Settings a YAML file says although the record has the same default: none. */
    private static final Set<String> STATED_ON_PURPOSE = Set.of();

    /** name: default as text, or null when the setting has none */
    private static final Map<String, String> SETTINGS = new TreeMap<>();

    @BeforeAll
    static void readMetadata() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationDocumentedTest.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    JsonNode value = property.get("defaultValue");
                    if (name.startsWith("casefile."))
                        SETTINGS.put(name, value == null || value.isArray() ? null : value.asText());
                }
            }
        }
        assertThat(SETTINGS)
                .as("settings of all three modules")
                .containsKeys(
                        "casefile.commands.attempts-on-conflict",
                        "casefile.timeline.late-after-days",
                        "casefile.live.max-wait",
                        "casefile.data-dir");
    }

    @Test
    void everySettingIsDocumentedWithItsDefault() throws IOException {
        Map<String, String> documented = documented();
        Map<String, String> expected = new TreeMap<>();
        SETTINGS.forEach((name, value) -> expected.put(name, value == null ? "none" : "`" + value + "`"));
        expected.put("casefile.data-dir", "`" + applicationYml().get("casefile.data-dir") + "`");

        assertThat(documented)
                .as("docs/configuration.md: every setting, once, with its default")
                .isEqualTo(expected);
    }

    @Test
    void applicationYmlRestatesNoDefault() throws IOException {
        assertThat(applicationYml().keySet().stream().map(ConfigurationDocumentedTest::setting))
                .as("casefile settings with a default in their record, set again in application.yml")
                .noneMatch(name -> SETTINGS.get(name) != null && !STATED_ON_PURPOSE.contains(name));
    }

    @Test
    void theProfilesSetOnlyKnownSettingsAndOnlyToOtherValues() throws IOException {
        for (String file : List.of("application.yml", "application-postgres.yml")) {
            yml(file).forEach((key, value) -> {
                String name = setting(key);
                assertThat(SETTINGS)
                        .as(file + " sets a setting that does not exist")
                        .containsKey(name);
                if (!STATED_ON_PURPOSE.contains(name)) {
                    assertThat(same(value, SETTINGS.get(name)))
                            .as(file + " restates the default of " + name)
                            .isFalse();
                }
            });
        }
    }

    private static Map<String, String> documented() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            assertThat(rows.put(row.group(1), row.group(2)))
                    .as("documented twice: " + row.group(1))
                    .isNull();
        }
        return rows;
    }

    private static Map<String, String> applicationYml() throws IOException {
        return yml("application.yml");
    }

    /** The {@code casefile.*} keys a YAML file sets, with their values as text. */
    private static Map<String, String> yml(String file) throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
            for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                if (key.startsWith("casefile.")) keys.put(key, Objects.toString(source.getProperty(key)));
            }
        }
        return keys;
    }

    /**
     * {@code casefile.security.local-users[0].username} or {@code casefile.security.local-users.beheerder.role}
     * belongs to {@code casefile.security.local-users}: an entry of a list or map setting is that setting.
     */
    private static String setting(String key) {
        int index = key.indexOf('[');
        String name = index < 0 ? key : key.substring(0, index);
        if (SETTINGS.containsKey(name)) return name;
        return SETTINGS.keySet().stream()
                .filter(setting -> name.startsWith(setting + "."))
                .max(java.util.Comparator.comparingInt(String::length))
                .orElse(name);
    }

    private static boolean same(String value, String defaultValue) {
        if (defaultValue == null) return false;
        if (value.equalsIgnoreCase(defaultValue)) return true;
        try {
            Duration a = DurationStyle.detectAndParse(value);
            return a.equals(DurationStyle.detectAndParse(defaultValue));
        } catch (IllegalArgumentException notDurations) {
            return false;
        }
    }
}
