package nl.opgroeiruimte.casefile.infra.web.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.timeline.Dutch;
import org.springframework.stereotype.Component;

/**
 * The Dutch words of the pages for the case file's values, available in templates as {@code @nl}. The
 * domain's own terms come from {@link Dutch}; the rest (states, roles of people, topics) are here.
 */
@Component("nl")
public class DutchWords {
    private final ZoneId zone;

    public DutchWords(Clock clock) {
        this.zone = clock.getZone();
    }

    /** The day on which something was recorded, in the case file's time zone. */
    public String recordedOn(Instant recordedAt) {
        return recordedAt == null ? "" : shortDate(recordedAt.atZone(zone).toLocalDate());
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
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
        if (status == null) return "nog niet beoordeeld";
        return switch (status.toLowerCase().replace('_', '-')) {
            case "go" -> "go";
            case "attention" -> "aandacht";
            case "stop-risk" -> "stoprisico";
            case "closed" -> "afgesloten";
            default -> "nog niet beoordeeld";
        };
    }

    /** Lifecycle status of a case: requested, granted, paused, mature, stopped. */
    public String caseStatus(String status) {
        if (status == null) return "";
        return switch (status.toLowerCase()) {
            case "requested" -> "gevraagd";
            case "granted" -> "verleend";
            case "paused" -> "gepauzeerd";
            case "mature" -> "volwassen partnerschap";
            case "stopped" -> "gestopt";
            case "not-yet-requested" -> "nog niet gevraagd";
            default -> status;
        };
    }

    public String milestoneState(String state) {
        if (state == null) return "";
        return switch (state) {
            case "open" -> "open";
            case "overdue" -> "over tijd";
            case "met" -> "gehaald";
            case "partly-met" -> "deels gehaald";
            case "not-met" -> "niet gehaald";
            case "met-without-continuation" -> "gehaald, vervolg niet geleverd";
            default -> state;
        };
    }

    public String agreementState(String state) {
        if (state == null) return "";
        return switch (state) {
            case "in-force" -> "van kracht";
            case "not-yet-in-force" -> "nog niet van kracht";
            case "expired" -> "verlopen";
            case "terminated" -> "beëindigd";
            default -> state;
        };
    }

    public String fundingState(String state) {
        if (state == null) return "";
        return switch (state) {
            case "committed" -> "toegezegd";
            case "ended" -> "beëindigd";
            case "refused" -> "afgewezen";
            default -> state;
        };
    }

    /** What became of a promise under an earlier college: an agreement, milestone or funding state, or "taken: ...". */
    public String becameOf(String text) {
        if (text == null) return "";
        if (text.startsWith("taken: ")) return "genomen: " + text.substring(7);
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
            if (title.startsWith(instrument.name() + " ")) return instrument(instrument) + title.substring(instrument.name().length());
        }
        return title;
    }

    public String promiseKind(String kind) {
        return switch (kind) {
            case "agreement" -> "afspraak";
            case "guarantee" -> "garantie bij mijlpaal";
            case "funding" -> "financiering";
            case "decision" -> "besluit";
            default -> kind;
        };
    }

    /** A line of an agreement's history ("2024-01-01: amended: ...") in Dutch. */
    public String agreementHistory(String line) {
        return line.replace(": amended: ", ": gewijzigd: ")
                .replace(": renewed until ", ": verlengd tot ")
                .replace(": terminated: ", ": beëindigd: ")
                .replace(": expired", ": verlopen");
    }

    public String agreementKind(AgreementKind kind) {
        return kind == null ? "" : Dutch.kind(kind);
    }

    public String caseRole(CaseRole role) {
        return role == null ? "" : Dutch.role(role);
    }

    public String theme(Theme theme) {
        return theme == null ? "" : Dutch.theme(theme);
    }

    public String themeStatus(ThemeStatus status) {
        return status == null ? "" : Dutch.status(status);
    }

    public String decisionBody(DecisionBody body) {
        return body == null ? "" : Dutch.body(body);
    }

    public String instrument(FundingInstrument instrument) {
        return instrument == null ? "" : Dutch.instrument(instrument);
    }

    public String source(FundingSource source) {
        if (source == null) return "";
        return switch (source) {
            case MUNICIPAL -> "gemeente";
            case PROVINCIAL -> "provincie";
            case NATIONAL -> "Rijk";
            case EUROPEAN -> "Europa";
            case PRIVATE -> "privaat";
            case OTHER -> "anders";
        };
    }

    public String topic(AgreementTopic topic) {
        if (topic == null) return "";
        return switch (topic) {
            case ROLES_TASKS_RESPONSIBILITIES -> "rollen, taken en verantwoordelijkheden";
            case RISK_ANALYSIS -> "risicoanalyse";
            case GOALS_AND_VALUES -> "doelen en waarden";
            case WORKING_STRUCTURE -> "werkstructuur";
            case DECISION_STRUCTURE -> "besluitvorming";
            case EVALUATION_MOMENTS -> "evaluatiemomenten";
            case FINANCING -> "financiering";
            case PARTICIPATION -> "participatie";
            case PROCESS -> "proces";
            case OTHER -> "overig";
        };
    }

    public String domain(Domain domain) {
        if (domain == null) return "";
        return switch (domain) {
            case HEAT -> "warmte";
            case SOLAR -> "zon";
            case WIND -> "wind";
            case SAVING -> "besparing";
            case ENERGY_ADVICE -> "energieadvies";
            case STORAGE -> "opslag";
            case MOBILITY -> "mobiliteit";
            case GREENING -> "vergroening";
        };
    }

    public String processPhase(ProcessPhase phase) {
        if (phase == null) return "";
        return switch (phase) {
            case INITIATIVE -> "initiatief";
            case DEFINITION -> "definitie";
            case DESIGN_AND_DECISION -> "ontwerp en besluitvorming";
            case IMPLEMENTATION -> "uitvoering";
            case AFTERCARE -> "nazorg";
        };
    }

    public String route(CooperationRoute route) {
        if (route == null) return "";
        return switch (route) {
            case SUBSIDY -> "subsidie";
            case RIGHT_TO_CHALLENGE -> "uitdaagrecht";
            case ONE_TO_ONE_AWARD -> "een-op-eengunning";
            case SEPARATE_LEGAL_ENTITY -> "samenwerking in een aparte rechtspersoon";
            case RESERVED_TENDER -> "voorbehouden aanbesteding";
            case INITIATIVE_PROOF_TENDER -> "aanbesteding die toegankelijk is voor initiatieven";
            case TENDER_SUPPORT -> "ondersteuning bij aanbestedingen";
        };
    }

    /** The government roles (NSOB, in seed 002), stacked, in their order. */
    public String governmentRoles(java.util.Collection<GovernmentRole> roles) {
        if (roles == null) return "";
        return roles.stream().sorted().map(role -> switch (role) {
            case LAWFUL -> "rechtmatig";
            case PERFORMING -> "presterend";
            case NETWORKING -> "netwerkend";
            case RESPONSIVE -> "responsief";
        }).collect(java.util.stream.Collectors.joining(", "));
    }

    public String questionTopic(QuestionTopic topic) {
        if (topic == null) return "";
        return switch (topic) {
            case LAND -> "grond";
            case DATA -> "gegevens";
            case PERMIT -> "vergunning";
            case BUDGET -> "budget";
            case SUPPORT -> "ondersteuning";
            case POLICY -> "beleid";
            case OTHER -> "overig";
        };
    }

    public String legalForm(LegalForm form) {
        if (form == null) return "";
        return switch (form) {
            case INFORMAL_GROUP -> "informele groep";
            case ASSOCIATION -> "vereniging";
            case FOUNDATION -> "stichting";
            case COOPERATIVE -> "coöperatie";
        };
    }

    /** The role someone acted in, from the enum or its kebab-case word. */
    public String actorRole(Object role) {
        if (role == null) return "";
        String word = role instanceof ActorRole r ? r.name() : role.toString().toUpperCase().replace('-', '_');
        return switch (word) {
            case "CIVIL_SERVANT" -> "ambtenaar";
            case "PROGRAM_DIRECTOR" -> "regisseur";
            case "ALDERMAN" -> "wethouder";
            case "MAYOR" -> "burgemeester";
            case "COUNCIL_MEMBER" -> "raadslid";
            case "MUNICIPAL_SECRETARY" -> "gemeentesecretaris";
            case "BOARD_MEMBER" -> "bestuurslid";
            case "PROJECT_LEAD" -> "projectleider";
            case "MEMBER" -> "lid";
            case "NEIGHBOURHOOD_FREELANCER" -> "buurtfreelancer";
            case "FACILITATOR" -> "procesbegeleider";
            default -> role.toString();
        };
    }

    /** A person's name from the people register, with its placeholders in Dutch. */
    public String person(String name) {
        if (name == null || PeopleDirectory.UNKNOWN.equals(name)) return "(onbekende persoon)";
        if (PeopleDirectory.ERASED.equals(name)) return "(gegevens gewist)";
        return name;
    }

    /** Who put a fact in the file, next to who did it: "vastgelegd door …", or "overgenomen door … uit …" for an import. */
    public String recorder(String kind, String name, String source) {
        if (kind == null) return "";
        return switch (kind) {
            case "system" -> "vastgelegd door het dossier zelf" + (source == null ? "" : " (" + systemSource(source) + ")");
            case "import" -> "overgenomen door " + person(name) + (source == null ? "" : " uit " + source);
            default -> "vastgelegd door " + person(name);
        };
    }

    private static String systemSource(String source) {
        if (source.startsWith("deadline")) return "termijn verstreken";
        if (source.equals("demo data")) return "demogegevens";
        return source;
    }

    public String yesNo(Boolean value) {
        return value == null ? "" : value ? "ja" : "nee";
    }

    public String view(String view) {
        return "as-recorded-then".equals(view) ? "zoals toen vastgelegd" : "zoals nu bekend";
    }
}
