package nl.opgroeiruimte.casefile.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/** Every label is there in both languages, and every value of the domain that has a word has one for each constant. */
class LabelsTest {

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInEnglishAndInDutch() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> dutch = new TreeSet<>(bundle("messages_nl.properties").stringPropertyNames());

        assertThat(english).as("keys").isNotEmpty().isEqualTo(dutch);
    }

    @Test
    void aValueOfTheDomainWithAWordHasOneForEachOfItsConstants() throws IOException {
        Properties english = bundle("messages.properties");
        Set<String> labelled = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(k -> k.matches("[A-Z]\\w*\\.[A-Z_]+"))
                .forEach(k -> labelled.add(k.substring(0, k.indexOf('.'))));
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        List<Class<?>> enums = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("nl.opgroeiruimte.casefile")) {
            enums.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), LabelsTest.class.getClassLoader()));
        }

        assertThat(enums)
                .filteredOn(type -> labelled.contains(type.getSimpleName()))
                .hasSizeGreaterThan(15)
                .allSatisfy(type -> {
                    for (Object constant : type.getEnumConstants()) {
                        String key = Labels.key((Enum<?>) constant);
                        // the case file acting by itself is shown as it is stored
                        if (!key.equals("ActorRole.SYSTEM"))
                            assertThat(english.getProperty(key)).as(key).isNotBlank();
                    }
                });
    }

    @Test
    void argumentsReadTheSameInBothLanguagesAndAnApostropheSurvives() {
        Labels labels = Labels.standalone();

        assertThat(labels.nl("summary.QuestionFollowedUp", "asked again"))
                .isEqualTo("Een 'ooit' opgevolgd: asked again");
        assertThat(labels.en("summary.CollegeInstalled", 1000))
                .isEqualTo("New college installed: mayor and 1000 aldermen");
        assertThat(labels.nl("summary.CollegeInstalled", 1000))
                .isEqualTo("Nieuw college geïnstalleerd: burgemeester en 1000 wethouders");
    }
}
