package nl.opgroeiruimte.casefile.query.support;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the case file shows, from {@code messages.properties} (English, for the API) and
 * {@code messages_nl.properties} (Dutch, for the pages), read through Spring's {@link MessageSource}. A new
 * label goes into both files; {@code LabelsTest} checks that every key is in both.
 *
 * <p>Arguments are passed as text, so a number or date reads the same in both languages ({@code 2024-03-01},
 * {@code 1000}) and never gets a locale's grouping. In a message with arguments, an apostrophe is written
 * twice ({@code ''}), as {@link java.text.MessageFormat} wants.
 */
@Component
public class Labels {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BASENAME = "messages";
    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The labels outside a Spring context (unit tests, tools), read the same way the application reads them. */
    public static Labels standalone() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Labels(source);
    }

    public String en(String key, Object... args) {
        return messages.getMessage(key, text(args), ENGLISH);
    }

    public String nl(String key, Object... args) {
        return messages.getMessage(key, text(args), DUTCH);
    }

    /**
     * The English message for a count, in the singular or plural: key {@code key.one} for 1, {@code key.zero} for
     * 0 where the bundle has one, {@code key.other} otherwise: never a noun with "(s)" after it.
     */
    public String enCount(String key, long count, Object... args) {
        return en(countKey(key, count, ENGLISH), args);
    }

    /** The Dutch message for a count, as {@link #enCount}. */
    public String nlCount(String key, long count, Object... args) {
        return nl(countKey(key, count, DUTCH), args);
    }

    private String countKey(String key, long count, Locale locale) {
        if (count == 0 && messages.getMessage(key + ".zero", null, null, locale) != null) return key + ".zero";
        return key + (count == 1 ? ".one" : ".other");
    }

    /** The Dutch word under the key, or {@code otherwise} when there is none (a state stored before it had a word). */
    public String nlOr(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, DUTCH);
    }

    /** The English word for a value of the domain: key {@code AgreementKind.PLAN_OF_APPROACH}. */
    public String en(Enum<?> value) {
        return en(key(value));
    }

    /** The Dutch word for a value of the domain (the seeds' words): key {@code AgreementKind.PLAN_OF_APPROACH}. */
    public String nl(Enum<?> value) {
        return nl(key(value));
    }

    public static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    private static Object[] text(Object[] args) {
        return args == null || args.length == 0
                ? null
                : Arrays.stream(args).map(String::valueOf).toArray();
    }
}
