package nl.opgroeiruimte.casefile.infra.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingInstrument;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.FundingSource;
import nl.opgroeiruimte.casefile.kernel.partnership.process.HeldProcessKind;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.query.audit.AuditTrail;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityViews;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every command of the API that someone records has a form on a page: the commands are read from the
 * controllers' request mappings (every POST, PUT, PATCH and DELETE), the forms from the descriptors of
 * {@link CommandForms} (in a case, municipality and initiative where each conditional form shows) and from
 * the hand-drawn forms of the page templates (the upload of a document, the registration of an initiative). A new command without a form breaks the build, unless it is
 * named below with the reason it deliberately has none.
 */
class EveryCommandHasAFormTest {

    /** The commands that have no page form on purpose, each with its reason. */
    private static final Map<String, String> WITHOUT_A_FORM = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/municipalities",
                    "registering a municipality of the CBS list is an administrator's set-up, before any case"),
            Map.entry(
                    "POST /api/v1/people/{}/erasure",
                    "erasing personal data is an administrator's act under the AVG, deliberately no button on a page"),
            Map.entry("POST /api/v1/imports", "an administrator's bulk import of a history from another system"),
            Map.entry("POST /api/v1/subscriptions", "notification subscriptions are for other systems, not people"),
            Map.entry("DELETE /api/v1/subscriptions/{}", "notification subscriptions are for other systems"),
            Map.entry(
                    "POST /api/v1/subscriptions/{}/deliveries/{}/retries",
                    "retrying a delivery is for the subscribing system"),
            Map.entry(
                    "POST /api/v1/admin/dead-letters/{}/retries",
                    "retrying an event a projection could not handle is operations, not a fact of a case"),
            Map.entry(
                    "POST /api/v1/admin/processors/{}/replay",
                    "rebuilding a read model is operations, not a fact of a case"),
            Map.entry(
                    "DELETE /api/v1/admin/document-contents/{}",
                    "removing a document's content is an administrator's act of data protection"));

    private static final DutchWords NL = new DutchWords(Clock.systemDefaultZone(), Labels.standalone());

    @Test
    void everyRecordableCommandOfTheApiHasAForm() throws IOException {
        Set<String> commands = commandEndpoints();
        Set<String> forms = formEndpoints();

        Set<String> missing = new TreeSet<>(commands);
        missing.removeAll(forms);
        missing.removeAll(WITHOUT_A_FORM.keySet());
        assertThat(missing)
                .as("commands without a page form: describe one in CommandForms, or name the command in"
                        + " WITHOUT_A_FORM with the reason it has none")
                .isEmpty();
        assertThat(commands)
                .as("every command named without a form is still a command of the API")
                .containsAll(WITHOUT_A_FORM.keySet());
        assertThat(forms)
                .as("every form sends a command the API has, and no command named without a form has one")
                .allMatch(commands::contains)
                .doesNotContainAnyElementsOf(WITHOUT_A_FORM.keySet());
    }

    @Test
    void everyPlaceholderOfAFormsPathIsChosenInTheFormAndEveryFieldHasADutchLabel() {
        for (CommandForms.Form form : describedForms()) {
            Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(form.api());
            while (placeholder.find()) {
                // the page's own id (the case, municipality or initiative) is filled in by the page
                if (Set.of("caseId", "cbsCode", "initiativeId").contains(placeholder.group(1))) continue;
                assertThat(form.fields())
                        .as(form.id() + " chooses {" + placeholder.group(1) + "}")
                        .anyMatch(f -> f.kind() == CommandForms.Kind.PATH_CHOICE
                                && f.name().equals(placeholder.group(1)));
            }
            assertThat(form.fields())
                    .allMatch(f -> !f.label().isBlank() && !f.label().equals(f.name()));
            assertThat(form.fields().stream().map(CommandForms.Field::id))
                    .as(form.id() + ": an id per field")
                    .doesNotHaveDuplicates();
        }
    }

    /** The forms of a step on something the case holds: an agreement, milestone, funding, "later", role, hold. */
    private static final List<String> ACTING_ON_SOMETHING = List.of(
            "amendment",
            "renewal",
            "termination",
            "reschedule",
            "budget-decision",
            "funding-payment",
            "follow-up",
            "vacancy",
            "facilitator-release",
            "process-release",
            "exclusivity-extension");

    @Test
    void aFormShowsOnlyWhereTheCaseHasSomethingForItToActOn() {
        List<String> empty = ids(trail("granted", null, false));
        assertThat(empty)
                .doesNotContainAnyElementsOf(ACTING_ON_SOMETHING)
                .contains("question", "decision", "funding-refusal", "neighbourhoods", "market-approach", "work");
        assertThat(ids(trail("granted", null, true))).containsAll(ACTING_ON_SOMETHING);
        assertThat(ids(trail("stopped", LocalDate.of(2026, 1, 1), true)))
                .as("a stopped case: nothing more to stop, pause, hold or extend")
                .doesNotContain("stop", "pause", "process-hold", "exclusivity-extension")
                .contains("question", "decision");
    }

    private static List<String> ids(AuditTrail trail) {
        return CommandForms.forCase("c", trail, NL).stream()
                .map(CommandForms.Form::id)
                .toList();
    }

    /** "POST /api/v1/cases/{}/grant" for each command mapping of the service's controllers. */
    private static Set<String> commandEndpoints() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> endpoints = new TreeSet<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("nl.opgroeiruimte.casefile")) {
            Class<?> controller;
            try {
                controller = Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
            String[] prefixes = onClass == null || onClass.path().length == 0 ? new String[] {""} : onClass.path();
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) continue;
                for (RequestMethod verb : mapping.method()) {
                    if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS)
                        continue;
                    String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                    for (String prefix : prefixes) {
                        for (String path : paths) endpoints.add(verb + " " + normalised(prefix + path));
                    }
                }
            }
        }
        assertThat(endpoints).as("the scan finds the case commands").contains("POST /api/v1/cases/{}/grant");
        return endpoints;
    }

    /** The endpoints the forms send to: the described ones and the ones drawn by hand in the templates. */
    private static Set<String> formEndpoints() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        describedForms().forEach(form -> endpoints.add("POST " + normalised(form.api())));
        Pattern drawn =
                Pattern.compile("data-api=@\\{(/api/[^(}{]*(?:\\{[^}]*}[^(}{]*)*)(?:\\([^)]*\\))?}(?: \\+ '([^']*)')?");
        for (Resource template :
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html;
            try (InputStream in = template.getInputStream()) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher form = drawn.matcher(html);
            while (form.find()) {
                String path = form.group(1) + (form.group(2) == null ? "" : form.group(2));
                endpoints.add("POST " + normalised(path));
            }
        }
        assertThat(endpoints).as("the hand-drawn forms are read").contains("POST /api/v1/cases/{}/grant");
        return endpoints;
    }

    /**
     * Every described form in the states that show them all: a granted and a paused case with something of
     * each kind to act on, a municipality with a college in office seen by an administrator, an initiative.
     */
    private static List<CommandForms.Form> describedForms() {
        List<CommandForms.Form> forms = new ArrayList<>();
        forms.addAll(CommandForms.forCase("{caseId}", trail("granted", null, true), NL));
        forms.addAll(CommandForms.forCase("{caseId}", trail("paused", null, true), NL));
        var alderman = new MunicipalityViews.MemberView(
                "p-wethouder",
                "Carmen Sterk",
                MunicipalityViews.Office.ALDERMAN,
                List.of("Energie"),
                "Partij",
                LocalDate.of(2022, 6, 1),
                null,
                null,
                null);
        var municipality = new MunicipalityViews.MunicipalityView(
                "GM0001",
                "Gemeente",
                true,
                LocalDate.of(2020, 1, 1),
                List.of(),
                List.of(new MunicipalityViews.CollegeView(
                        "college-2022", LocalDate.of(2022, 6, 1), null, true, List.of(alderman))),
                List.of());
        forms.addAll(CommandForms.forMunicipality("{cbsCode}", Optional.of(municipality), true, NL));
        forms.addAll(CommandForms.forInitiative("{initiativeId}", NL));
        // drawn beside them: registering a person (case, municipality and initiative pages), linking a document
        forms.add(CommandForms.personRegistration(
                List.of(new CasePage.Option(CommandForms.partyJson("municipality", "GM0001"), "Gemeente")), NL));
        forms.add(CommandForms.documentLink(
                "{caseId}",
                List.of(new CasePage.Option("doc-1", "verslag.pdf")),
                List.of(new CasePage.Option(CommandForms.linkJson("agreement", "a-1"), "Afspraak"))));
        return forms;
    }

    /** A case with one of everything: open question, "later", decision, milestone, funding, role, hold. */
    private static AuditTrail trail(String status, LocalDate closedOn, boolean withEverything) {
        LocalDate day = LocalDate.of(2025, 3, 1);
        var exclusivity = new AuditTrail.ExclusivityView(
                "warmtenet", "Wijk", day, day.plusYears(2), closedOn == null, List.of(), List.of());
        var agreement = new AuditTrail.AgreementView(
                "a-1",
                AgreementKind.values()[0],
                "Plan van aanpak",
                day,
                new ValidityPeriod(day, day.plusYears(1)),
                Set.of(),
                List.of(),
                null,
                null,
                "in-force",
                List.of(),
                List.of(),
                null,
                null);
        var decision = new AuditTrail.DecisionView(
                "d-1", day, DecisionBody.values()[0], "Budget", "Gereserveerd", null, "e-1");
        var milestone = new AuditTrail.MilestoneView(
                "m-1",
                "Haalbaarheid",
                day,
                day.plusMonths(6),
                null,
                null,
                null,
                "open",
                null,
                null,
                null,
                List.of(),
                List.of());
        var funding = new AuditTrail.FundingView(
                "f-1",
                FundingSource.values()[0],
                FundingInstrument.values()[0],
                BigDecimal.TEN,
                BigDecimal.ZERO,
                new FundingPeriod(day, day.plusYears(1)),
                "committed",
                null,
                List.of());
        var role = new AuditTrail.RoleView(
                CaseRole.MUNICIPAL_CONTACT, null, new AuditTrail.HolderView("p-1", "Sanne de Vries", null, day), false);
        var question = new AuditTrail.OpenQuestionView(
                "q-1", QuestionTopic.values()[0], "Mag het?", null, null, day, 3, "e-2");
        var later = new AuditTrail.LaterView(
                "q-2",
                QuestionTopic.values()[0],
                "Later?",
                null,
                null,
                "mandaat",
                day,
                day.plusMonths(1),
                null,
                "ahead",
                null,
                "open",
                null,
                "e-3");
        var hold = new AuditTrail.ProcessHoldView(
                "h-1", HeldProcessKind.TENDER, "Aanbesteding warmte", null, day, null, null, List.of());
        var process = new AuditTrail.MunicipalProcessView(
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(hold));
        return new AuditTrail(
                "c",
                day.plusMonths(1),
                AuditTrail.View.AS_KNOWN_NOW,
                null,
                "GM0001",
                "initiatief",
                null,
                status,
                day,
                day,
                closedOn,
                null,
                withEverything ? exclusivity : null,
                some(withEverything, agreement),
                List.of(),
                some(withEverything, decision),
                some(withEverything, milestone),
                some(withEverything, funding),
                some(withEverything, role),
                List.of(),
                List.of(),
                some(withEverything, new AuditTrail.PersonRef("p-pb", "Procesbegeleider")),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                some(withEverything, question),
                some(withEverything, later),
                withEverything ? process : null,
                List.of(),
                Map.of());
    }

    private static <T> List<T> some(boolean present, T item) {
        return present ? List.of(item) : List.of();
    }

    /** The path with each {placeholder} as {} and no trailing slash: the API's and the forms' written alike. */
    private static String normalised(String path) {
        String plain = path.replaceAll("\\{[^}]*}", "{}");
        return plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
