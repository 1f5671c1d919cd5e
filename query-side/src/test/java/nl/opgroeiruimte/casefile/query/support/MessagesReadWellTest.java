package nl.opgroeiruimte.casefile.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Messages read as a person would write them: a count takes its noun in the right number ("one person",
 * "3 people"; "één thema", "2 thema's"), never a "person(s)", "thema('s)" or "feit(en)" that leaves it to the
 * reader. A message that puts a number before a plural noun has a {@code .one} sibling ({@link Labels#enCount}).
 */
class MessagesReadWellTest {
    /** "fact(s)", "feit(en)", "thema('s)", "persoon/personen", "person/people". */
    private static final Pattern PLURAL_HACK = Pattern.compile(
            "\\p{L}\\((s|es|en|n|'s|’s|e)\\)|\\b(persoon/personen|person/persons|person/people|feit/feiten|fact/facts)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A number argument right before a plural noun: "{0} days", "{2} maanden". */
    private static final Pattern COUNTED_PLURAL =
            Pattern.compile("\\{\\d}\\s+(days|weeks|months|years|people|persons|facts|themes|events|meetings|questions"
                    + "|dagen|weken|maanden|jaren|personen|mensen|feiten|thema's|thema''s|overleggen|vragen)\\b");

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesReadWellTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void noMessageLeavesTheNumberOfANounToTheReader(String file) throws IOException {
        Properties messages = bundle(file);
        List<String> hacks = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            if (PLURAL_HACK.matcher(messages.getProperty(key)).find()) {
                hacks.add(key + "=" + messages.getProperty(key));
            }
        }
        assertThat(hacks).as("messages with a plural hack").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_nl.properties"})
    void aCountBeforeAPluralNounHasItsSingularBeside(String file) throws IOException {
        Properties messages = bundle(file);
        List<String> uncounted = new ArrayList<>();
        for (String key : messages.stringPropertyNames()) {
            boolean counted =
                    key.endsWith(".other") && messages.getProperty(key.replaceAll("\\.other$", ".one")) != null;
            if (!counted && COUNTED_PLURAL.matcher(messages.getProperty(key)).find()) {
                uncounted.add(key + "=" + messages.getProperty(key));
            }
        }
        assertThat(uncounted)
                .as("a number before a plural noun, without a .one/.other pair")
                .isEmpty();
    }

    @Test
    void theReadModelsOwnTextHasNoPluralHacksEither() throws IOException {
        List<String> hacks = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                    // only inside string literals: "(e)" of a lambda is code, not text
                    for (String literal : literals(line)) {
                        if (PLURAL_HACK.matcher(literal).find()) hacks.add(source.getFileName() + ": " + literal);
                    }
                }
            }
        }
        assertThat(hacks).isEmpty();
    }

    @Test
    void theHackIsRecognised() {
        assertThat(Stream.of("3 fact(s)", "2 feit(en)", "thema('s)", "persoon/personen"))
                .allMatch(text -> PLURAL_HACK.matcher(text).find());
        assertThat(COUNTED_PLURAL.matcher("({2} days ago)").find()).isTrue();
        assertThat(PLURAL_HACK
                        .matcher("Only one person on the municipal side knows this case")
                        .find())
                .isFalse();
    }

    private static List<String> literals(String line) {
        List<String> literals = new ArrayList<>();
        var matcher = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        while (matcher.find()) literals.add(matcher.group(1));
        return literals;
    }
}
