package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.work.Theme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ThemeStatus;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.springframework.stereotype.Component;

/**
 * The Dutch words of the pages for the case file's values, available in templates as {@code @nl}: dates
 * written the Dutch way, and every label from {@code messages_nl.properties} (through {@link Labels}).
 */
@Component("nl")
public class DutchWords {
    private static final List<String> AGREEMENT_CHANGES = List.of(
            "agreement-history.amended",
            "agreement-history.renewed",
            "agreement-history.terminated",
            "agreement-history.expired");
    private final ZoneId zone;
    private final Labels labels;

    public DutchWords(Clock clock, Labels labels) {
        this.zone = clock.getZone();
        this.labels = labels;
    }

    /**
     * What the pages say when the API refuses an input, per rule ({@code problem.<rule>} in
     * messages_nl.properties), as JSON for the forms' script: never the API's English detail.
     */
    public String problemMessagesJson() {
        return PROBLEM_MESSAGES;
    }

    private static final String PROBLEM_MESSAGES = problemMessages();

    private static String problemMessages() {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = DutchWords.class.getResourceAsStream("/messages_nl.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("messages_nl.properties is missing", e);
        }
        java.util.Map<String, String> messages = new java.util.TreeMap<>();
        bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("problem."))
                .forEach(key -> messages.put(key.substring("problem.".length()), bundle.getProperty(key)));
        try {
            // "<" as an escape, so that no message can close the script element it is written into
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(messages)
                    .replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The day on which something was recorded, in the case file's time zone. */
    public String recordedOn(Instant recordedAt) {
        return recordedAt == null ? "" : shortDate(recordedAt.atZone(zone).toLocalDate());
    }

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final java.util.regex.Pattern ISO_DATE =
            java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl"));

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String shortDate(LocalDate day) {
        return day == null ? "" : SHORT.format(day);
    }

    /** A text from the query side with its ISO dates (2026-07-06) written the Dutch way (6-7-2026). */
    public String dates(String text) {
        if (text == null) return "";
        return ISO_DATE.matcher(text).replaceAll(m -> {
            try {
                return shortDate(LocalDate.parse(m.group()));
            } catch (java.time.DateTimeException notADate) {
                return java.util.regex.Matcher.quoteReplacement(m.group());
            }
        });
    }

    public String month(LocalDate day) {
        return day == null ? "" : MONTH.format(day);
    }

    /** Indicator status as stored or sent: go, attention, stop-risk, closed, pending. */
    public String indicator(String status) {
        String pending = labels.nl("indicator.pending");
        return status == null
                ? pending
                : word("indicator." + status.toLowerCase().replace('_', '-'), pending);
    }

    /** Lifecycle status of a case: requested, granted, paused, mature, stopped. */
    public String caseStatus(String status) {
        return status == null ? "" : word("case-status." + status.toLowerCase(), status);
    }

    public String milestoneState(String state) {
        return state == null ? "" : word("milestone-state." + state, state);
    }

    public String agreementState(String state) {
        return state == null ? "" : word("agreement-state." + state, state);
    }

    public String fundingState(String state) {
        return state == null ? "" : word("funding-state." + state, state);
    }

    /** What became of a promise under an earlier college: an agreement, milestone or funding state, or "taken: ...". */
    public String becameOf(String text) {
        if (text == null) return "";
        if (text.startsWith("taken: ")) return labels.nl("promise.taken", text.substring(7));
        String word = milestoneState(text);
        if (!word.equals(text)) return word;
        word = agreementState(text);
        if (!word.equals(text)) return word;
        return fundingState(text);
    }

    /** A promise's title; funding is titled with its instrument's name in the query side's words. */
    public String promiseTitle(String kind, String title) {
        if (!"funding".equals(kind) || title == null) return title;
        for (FundingInstrument instrument : FundingInstrument.values()) {
            if (title.startsWith(instrument.name() + " "))
                return instrument(instrument)
                        + title.substring(instrument.name().length());
        }
        return title;
    }

    public String promiseKind(String kind) {
        return word("promise-kind." + kind, kind);
    }

    /** A line of an agreement's history ("2024-01-01: amended: ...") in Dutch. */
    public String agreementHistory(String line) {
        String dutch = line;
        for (String change : AGREEMENT_CHANGES) dutch = dutch.replace(labels.en(change), labels.nl(change));
        return dutch;
    }

    public String agreementKind(AgreementKind kind) {
        return value(kind);
    }

    public String caseRole(CaseRole role) {
        return value(role);
    }

    public String theme(Theme theme) {
        return value(theme);
    }

    public String themeStatus(ThemeStatus status) {
        return value(status);
    }

    public String decisionBody(DecisionBody body) {
        return value(body);
    }

    public String instrument(FundingInstrument instrument) {
        return value(instrument);
    }

    public String source(FundingSource source) {
        return value(source);
    }

    public String topic(AgreementTopic topic) {
        return value(topic);
    }

    public String domain(Domain domain) {
        return value(domain);
    }

    /** "verkiezingen" or "nieuw college" for the facts that touch every case of a municipality, else null. */
    public String politicalMark(String kind) {
        return TimelineFilter.politicalMark(kind);
    }

    /** Any value of the domain in the timeline's words. */
    public String word(Enum<?> value) {
        return value(value);
    }

    /** A value in the pages' words where they have their own (page.Enum.CONSTANT), else the timeline's. */
    public String pageWord(Enum<?> value) {
        return value == null ? "" : labels.nlOr("page." + Labels.key(value), labels.nl(value));
    }

    public String processPhase(ProcessPhase phase) {
        return phase == null ? "" : labels.nl("page." + Labels.key(phase));
    }

    public String route(CooperationRoute route) {
        return route == null ? "" : labels.nl("page." + Labels.key(route));
    }

    /** The government roles (NSOB, in seed 002), stacked, in their order. */
    public String governmentRoles(Collection<GovernmentRole> roles) {
        if (roles == null) return "";
        return roles.stream().sorted().map(labels::nl).collect(Collectors.joining(", "));
    }

    public String questionTopic(QuestionTopic topic) {
        return topic == null ? "" : labels.nl("page." + Labels.key(topic));
    }

    public String legalForm(LegalForm form) {
        return value(form);
    }

    /** The role someone acted in, from the enum or its kebab-case word. */
    public String actorRole(Object role) {
        if (role == null) return "";
        String word = role instanceof ActorRole r
                ? r.name()
                : role.toString().toUpperCase().replace('-', '_');
        return word("ActorRole." + word, role.toString());
    }

    /**
     * Who did it and for whom: "Bram Jansen (bestuurslid) namens Warmtecoöperatie Assendorp"; what the case
     * file did by itself (a deadline passing) has no person, role or party to name.
     */
    public String who(String name, Object role, String party) {
        if (role == ActorRole.SYSTEM || "system".equals(String.valueOf(role)) || "SYSTEM".equals(String.valueOf(role)))
            return "door het dossier zelf";
        return person(name) + " (" + actorRole(role) + ")"
                + (party == null || party.isBlank() ? "" : " namens " + party);
    }

    /** A person's name from the people register, with its placeholders in Dutch. */
    public String person(String name) {
        if (name == null || PeopleDirectory.UNKNOWN.equals(name)) return labels.nl("person.unknown");
        if (PeopleDirectory.ERASED.equals(name)) return labels.nl("person.erased");
        return name;
    }

    /** Who put a fact in the file, next to who did it: "vastgelegd door …", or "overgenomen door … uit …" for an import or a back-fill. */
    public String recorder(String kind, String name, String source) {
        if (kind == null) return "";
        return switch (kind) {
            case "system" ->
                "vastgelegd door het dossier zelf" + (source == null ? "" : " (" + systemSource(source) + ")");
            case "import", "backfill" -> "overgenomen door " + person(name) + (source == null ? "" : " uit " + source);
            default -> "vastgelegd door " + person(name);
        };
    }

    /** {@link #recorder} for an entry of the audit trail. */
    public String recordedBy(AuditTrail.RecorderView recorder) {
        return recorder == null ? "" : recorder(recorder.kind(), recorder.name(), recorder.source());
    }

    private static String systemSource(String source) {
        if (source.startsWith("deadline")) return "termijn verstreken";
        if (source.equals("demo data")) return "demogegevens";
        return source;
    }

    public String yesNo(Boolean value) {
        return value == null ? "" : labels.nl(value ? "answer.yes" : "answer.no");
    }

    public String view(String view) {
        return labels.nl("as-recorded-then".equals(view) ? "view.as-recorded-then" : "view.as-known-now");
    }

    private String value(Enum<?> value) {
        return value == null ? "" : labels.nl(value);
    }

    /** The Dutch word for a state the read models keep; a state without a word is shown as it is stored. */
    private String word(String key, String otherwise) {
        return labels.nlOr(key, otherwise);
    }
}
