package nl.opgroeiruimte.casefile.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.support.Api;
import nl.opgroeiruimte.casefile.infra.support.People;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages as a civil servant uses them, in Debian's chromium: the service runs on the embedded
 * default with its demo cases, and every page is saved as a screenshot under target/screenshots.
 * Each test works on its own demo case, so the tests do not depend on each other's records; the
 * dashboard test runs first because it expects the demo as recorded.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(WebPagesInABrowserIT.KeepTheEvidence.class)
class WebPagesInABrowserIT {
    private static final String ASSENDORP = "/dossiers/zwolle-warmtenet-assendorp";
    private static final String BOMENBUURT = "/dossiers/den-haag-warmtenet-bomenbuurt";
    private static final String KETELHUIS = "/dossiers/amsterdam-ketelhuis";
    private static final String HILVERZON = "/dossiers/hilversum-green-deal-hilverzon";
    /** Made up, with the troubles the seeds do not tell of their real initiatives. */
    private static final String FICTIEFBUURT = "/dossiers/amsterdam-warmtecollectief-fictiefbuurt";

    @LocalServerPort
    int port;

    private static Browser browser;
    private static Browser second;

    @DynamicPropertySource
    static void embeddedDefaultWithDemoData(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-web");
        registry.add("casefile.data-dir", dir::toString);
        registry.add("casefile.demo-data.enabled", () -> "true");
    }

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as(
                        "the browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver")
                .isTrue();
    }

    @AfterEach
    void reportWhatThePagesWroteToTheConsole() {
        for (Browser b : new Browser[] {browser, second}) {
            if (b != null) b.console().forEach(line -> System.out.println("[browser console] " + line));
        }
    }

    /** A failing test leaves the page as the browser had it, screenshot and HTML, under target/screenshots. */
    static final class KeepTheEvidence implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = "failed-" + context.getRequiredTestMethod().getName();
            for (Browser b : new Browser[] {browser, second}) {
                if (b == null) continue;
                try {
                    Path shot = b.evidence(name + (b == second ? "-second" : ""));
                    Files.writeString(
                            shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
                            b.driver().getPageSource());
                } catch (RuntimeException | IOException e) {
                    System.out.println("[browser evidence] not kept: " + e);
                }
            }
        }
    }

    @AfterAll
    static void closeBrowsers() {
        if (browser != null) browser.close();
        if (second != null) second.close();
    }

    private Browser browser() {
        if (browser == null) browser = new Browser(port);
        return browser;
    }

    private Browser secondBrowser() {
        if (second == null) second = new Browser(port);
        return second;
    }

    @Test
    @Order(1)
    void theDashboardOfAMunicipalityShowsItsDemoCasesWithTheirStopGoStatus() {
        Browser b = browser().open("/gemeenten/GM0193");

        // the indicators are evaluated within seconds of the start; the live stream brings them in
        b.waitFor(d -> b.all("tr[data-case='zwolle-warmtenet-assendorp'][data-indicator='go']")
                        .isEmpty()
                ? null
                : true);
        b.waitFor(d -> b.all("tr[data-case='zwolle-zon-op-stadshagen'][data-indicator='attention']")
                        .isEmpty()
                ? null
                : true);
        assertThat(b.find("h1").getText()).isEqualTo("Gemeente Zwolle");
        assertThat(b.find("tr[data-case='zwolle-zon-op-stadshagen'] .reasons").getText())
                .contains("op pauze");
        assertThat(b.find("#grafiek svg title").getAttribute("textContent")).contains("Stoplichten per maand");
        b.live().screenshot("01-gemeente-zwolle");

        new Select(b.find("#filter-stoplicht")).selectByValue("attention");
        b.waitFor(d -> b.all("tr[data-case]").size() == 1 ? true : null);
        assertThat(b.find("tr[data-case]").getAttribute("data-case")).isEqualTo("zwolle-zon-op-stadshagen");
        assertThat(b.currentPath()).contains("stoplicht=attention");

        b.open("/");
        b.waitFor(d -> b.all("tr[data-municipality='GM0301']").isEmpty() ? null : true);
        assertThat(b.all("tr[data-municipality]")).hasSizeGreaterThanOrEqualTo(6);
        b.live().screenshot("02-landelijk-overzicht");
        new Select(b.find("#provincie")).selectByValue("Overijssel");
        b.waitFor(d -> b.all("tr[data-municipality]").size() == 1 ? true : null);
        assertThat(b.find("tr[data-municipality]").getAttribute("data-municipality"))
                .isEqualTo("GM0193");
    }

    @Test
    @Order(2)
    void recordingAMilestoneOutcomeThroughTheFormShowsOnTheTimelineAndChangesTheIndicator() {
        Browser b = browser().open(ASSENDORP).live();
        assertThat(b.find("#stoplicht .badge").getText()).isEqualTo("go");
        int outcomesBefore =
                b.all("#tijdlijn [data-kind='milestone-outcome-recorded']").size();

        b.openForm("form-outcome");
        new Select(b.find("#outcome-actor")).selectByVisibleText("Sanne de Vries (ambtenaar)");
        new Select(b.find("#outcome-milestone")).selectByValue("asd-m3");
        b.find("label[for='outcome-met']").click();
        b.find("label[for='outcome-not-continued']").click();
        b.find("#outcome-evaluation")
                .sendKeys("150 woningen aangesloten, maar de tweede fase staat niet in de wijkaanpak.");
        b.find("#form-outcome button[type='submit']").click();

        b.waitFor(d -> b.find("#meldingen").getText().contains("vastgelegd") ? true : null);
        b.waitFor(d ->
                b.all("#tijdlijn [data-kind='milestone-outcome-recorded']").size() == outcomesBefore + 1 ? true : null);
        b.waitFor(d -> b.find("#stoplicht .badge").getText().equals("stoprisico") ? true : null);
        // the indicator panel is redrawn by live updates while the projections catch up: read it afresh each time
        String reasonText =
                b.waitFor(d -> b.find("#stoplicht .reason--stop-risk").getText());
        assertThat(reasonText).contains("Eerste 150 woningen aangesloten").contains("vervolg");
        String headerBadge = b.waitFor(d -> b.find("#kop .badge").getText());
        assertThat(headerBadge).isEqualTo("stoprisico");
        assertThat(b.all("header.site-header"))
                .as("a refreshed part brings no second page header")
                .hasSize(1);

        // the reason points at the timeline entries that caused it
        String cause = "#stoplicht .reason--stop-risk a.event-link:last-of-type";
        String href = b.waitFor(d -> b.find(cause).getAttribute("href"));
        String target = href.substring(href.indexOf('#'));
        assertThat(b.all("#tijdlijn " + target)).hasSize(1);
        String causeKind = b.waitFor(d -> b.find("#tijdlijn " + target).getAttribute("data-kind"));
        assertThat(causeKind).isEqualTo("milestone-outcome-recorded");
        String causeText = b.waitFor(d -> b.find("#tijdlijn " + target).getText());
        assertThat(causeText).contains("beloofd vervolg NIET geleverd");
        b.waitFor(d -> {
            b.find(cause).click();
            return true;
        });
        b.waitFor(d -> d.getCurrentUrl().endsWith(target) ? true : null);
        b.screenshot("03-dossier-na-uitkomst-mijlpaal");
        b.screenshot("04-dossier-op-tablet", 800);
    }

    @Test
    @Order(3)
    void aSecondBrowserSessionSeesAnEventArriveWithoutReloading() {
        Browser watcher = secondBrowser().open(BOMENBUURT).live();
        watcher.script("window.stillTheSamePage = true;");
        int meetingsBefore =
                watcher.all("#tijdlijn [data-kind='meeting-recorded']").size();

        Browser recorder = browser().open(BOMENBUURT).live();
        recorder.openForm("form-meeting");
        new Select(recorder.find("#meeting-actor")).selectByVisibleText("Yusuf Demir (ambtenaar)");
        recorder.find("#form-meeting label[for^='meeting-attendees-municipality']")
                .click();
        recorder.find("#form-meeting label[for^='meeting-attendees-initiative']")
                .click();
        recorder.find("#meeting-topics").sendKeys("vervolgfinanciering\nActielijn 2027");
        recorder.find("#meeting-summary").sendKeys("Vervolg van de procesfinanciering besproken met de vereniging.");
        recorder.find("#form-meeting button[type='submit']").click();
        recorder.waitFor(d -> recorder.find("#meldingen").getText().contains("vastgelegd") ? true : null);

        watcher.waitFor(d ->
                watcher.all("#tijdlijn [data-kind='meeting-recorded']").size() == meetingsBefore + 1 ? true : null);
        assertThat(watcher.script("return window.stillTheSamePage === true;")).isEqualTo(true);
        assertThat(watcher.find("[data-live-status]").getText()).contains("bijgewerkt om");
        watcher.screenshot("05-tweede-sessie-live-bijgewerkt");
    }

    @Test
    @Order(4)
    void theDatePickerShowsTheAuditTrailAsOfThatDate() {
        Browser b = browser().open(KETELHUIS).live();
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        assertThat(b.find("[data-audit-date]").getAttribute("data-audit-date")).isEqualTo(today);
        assertThat(b.find("#borgingsdossier").getText()).contains("Samenwerkingsovereenkomst Ketelhuis");

        WebElement picker = b.find("#peildatum");
        b.script(
                "arguments[0].value = '2025-05-01'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                picker);

        b.waitFor(d -> "2025-05-01".equals(b.find("[data-audit-date]").getAttribute("data-audit-date")) ? true : null);
        String audit = b.find("#borgingsdossier").getText();
        assertThat(audit)
                .contains("Stand van zaken op 1 mei 2025")
                .contains("Intentieovereenkomst Ketelhuis")
                .doesNotContain("Samenwerkingsovereenkomst Ketelhuis");
        assertThat(b.find("[data-audit-milestone]").getText())
                .contains("Haalbaarheidsstudie en businesscase")
                .contains("open");
        assertThat(b.currentPath()).contains("peildatum=2025-05-01");
        b.screenshot("06-borgingsdossier-op-peildatum");

        b.open(KETELHUIS + "?peildatum=2025-05-01&weergave=toen-vastgelegd");
        assertThat(b.find("#weergave").getAttribute("value")).isEqualTo("toen-vastgelegd");
        assertThat(b.find("[data-audit-date]").getAttribute("data-audit-date")).isEqualTo("2025-05-01");
    }

    @Test
    @Order(5)
    void anApiErrorShowsNextToTheFieldItConcerns() {
        Browser b = browser().open(HILVERZON).live();

        // invalid input (400, errors[].field): a milestone without a title and without a guarantee
        b.openForm("form-milestone");
        new Select(b.find("#milestone-actor")).selectByVisibleText("Sophie Mertens (ambtenaar)");
        b.find("#form-milestone button[type='submit']").click();
        b.waitFor(d -> b.find("#milestone-title-error").isDisplayed() ? true : null);
        assertThat(b.find("#milestone-title-error").getText()).isEqualTo("Dit is verplicht.");
        assertThat(b.find("#milestone-title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(b.find("#milestone-title").getAttribute("aria-describedby")).contains("milestone-title-error");
        assertThat(b.find("#milestone-continues-error").isDisplayed()).isTrue();
        assertThat(b.find("#milestone-actor-error").isDisplayed()).isFalse();
        b.screenshot("07-api-fout-bij-het-veld");

        // a rule of the domain (409, field): an outcome dated in the future
        b.openForm("form-outcome");
        new Select(b.find("#outcome-actor")).selectByVisibleText("Sophie Mertens (ambtenaar)");
        new Select(b.find("#outcome-milestone")).selectByValue("hz-evaluatie");
        b.find("label[for='outcome-met']").click();
        b.find("label[for='outcome-continued']").click();
        String nextYear =
                LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusYears(1).toString();
        b.script("arguments[0].value = arguments[1];", b.find("#outcome-occurred"), nextYear);
        b.find("#form-outcome button[type='submit']").click();
        b.waitFor(d -> b.find("#outcome-occurred-error").isDisplayed() ? true : null);
        assertThat(b.find("#outcome-occurred-error").getText()).contains("in de toekomst");
        assertThat(b.find("#outcome-occurred").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(b.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("outcome-occurred");
        assertThat(b.all("#tijdlijn [data-kind='milestone-outcome-recorded']")).isEmpty();
        b.screenshot("08-domeinregel-bij-het-veld");
    }

    @Test
    @Order(6)
    void aNewCaseIsRequestedOnTheDashboardAndGrantedOnItsPage() {
        Browser b = browser().open("/gemeenten/GM0503").live();
        new Select(b.find("#request-actor")).selectByVisibleText("Tim de Boer (lid)");
        new Select(b.find("#request-initiative")).selectByValue("tanthof-duurzaam");
        b.find("#request-activity").sendKeys("Zonnepanelen op de basisschool");
        b.find("#request-area").sendKeys("Tanthof-Oost");
        b.find("#request-motivation").sendKeys("Ouders willen de school samen verduurzamen.");
        b.find("#form-request button[type='submit']").click();

        b.waitFor(d -> b.currentPath().startsWith("/dossiers/") ? true : null);
        assertThat(b.find("h1").getText())
                .contains("Bewonersgroep Tanthof Duurzaam")
                .contains("Zonnepanelen op de basisschool in Tanthof-Oost");
        b.waitFor(d -> b.find("#kop").getText().contains("gevraagd") ? true : null);
        b.live();

        b.openForm("form-grant");
        new Select(b.find("#grant-actor")).selectByVisibleText("Laura Meijer (ambtenaar)");
        b.find("label[for='grant-added-value']").click();
        b.find("label[for='grant-willing']").click();
        b.find("#grant-activity").sendKeys("Zonnepanelen op de basisschool");
        b.find("#grant-area").sendKeys("Tanthof-Oost");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        b.script(
                "arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
                b.find("#grant-from"),
                today.toString(),
                b.find("#grant-until"),
                today.plusYears(2).toString());
        b.find("#form-grant button[type='submit']").click();

        b.waitFor(d -> b.find("#kop").getText().contains("aangeboden") ? true : null);
        b.waitFor(d -> b.all("#form-grant").isEmpty() ? true : null);
        b.waitFor(d -> b.all("#tijdlijn [data-kind='opgroeiruimte-granted']").size() == 1 ? true : null);
        b.screenshot("09-nieuw-traject-aangeboden");
    }

    @Test
    @Order(7)
    void theOtherFormsResolveABreachHandOverARoleSignAnAgreementAndReportABreach() {
        Browser b = browser().open(FICTIEFBUURT).live();
        assertThat(b.find("#stoplicht .badge").getText()).isEqualTo("stoprisico");

        record(b, "form-resolution", "resolution-actor", "Noor Bakker (ambtenaar)", () -> {
            new Select(b.find("#resolution-breach")).selectByValue("fb-marktconsultatie");
            b.find("#resolution-text")
                    .sendKeys("Inkoop trekt de marktconsultatie in; het collectief blijft exclusief partner.");
        });
        b.waitFor(d ->
                b.all("#tijdlijn [data-kind='exclusivity-breach-resolved']").size() == 1 ? true : null);
        b.waitFor(d -> b.find("#stoplicht .badge").getText().equals("stoprisico") ? null : true);

        record(b, "form-handover", "handover-actor", "Mirjam de Graaf (regisseur)", () -> {
            new Select(b.find("#handover-role")).selectByValue("municipal-contact");
            new Select(b.find("#handover-successor")).selectByVisibleText("Carmen Sterk (wethouder)");
            b.find("#handover-department").sendKeys("Bestuur");
            b.find("#handover-note").sendKeys("Dossier en lopende afspraken besproken.");
        });
        b.waitFor(d -> b.all("#tijdlijn [data-kind='role-handed-over']").size() == 1 ? true : null);
        b.waitFor(d -> b.find("#overzicht").getText().contains("Carmen Sterk") ? true : null);

        int agreements = b.all("#tijdlijn [data-kind='agreement-signed']").size();
        record(b, "form-agreement", "agreement-actor", "Noor Bakker (ambtenaar)", () -> {
            new Select(b.find("#agreement-kind")).selectByValue("budget-inclusion");
            b.find("#agreement-title").sendKeys("Warmtenet Fictiefbuurt in de begroting 2027");
            new Select(b.find("#agreement-signatory-1")).selectByVisibleText("Carmen Sterk (wethouder)");
            b.find("#agreement-mandate-1").sendKeys("Raadsbesluit begroting 2027");
            b.script(
                    "arguments[0].value = arguments[1];",
                    b.find("#agreement-from"),
                    LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
            b.find("#form-agreement label[for='agreement-topics-6']").click();
        });
        b.waitFor(d -> b.all("#tijdlijn [data-kind='agreement-signed']").size() == agreements + 1 ? true : null);

        record(b, "form-breach", "breach-actor", "Yara Mendes (bestuurslid)", () -> {
            b.find("label[for='breach-by-municipality']").click();
            b.find("#breach-what").sendKeys("Een tweede marktconsultatie, nu voor de warmtebron.");
            b.find("#breach-source").sendKeys("Gemeenteblad");
        });
        b.waitFor(d -> b.all("#tijdlijn [data-kind='exclusivity-breached']").size() == 2 ? true : null);
        b.waitFor(d -> b.find("#stoplicht .badge").getText().equals("stoprisico") ? true : null);
        b.screenshot("10-overige-formulieren");
    }

    /** What each ready user must see first: the path they land on, and a case of theirs on it (or none). */
    private record Landing(String path, String heading, String aCase) {}

    private static final java.util.Map<String, Landing> LANDINGS = java.util.Map.of(
            "beheerder", new Landing("/overzicht", "Landelijk overzicht", null),
            "ambtenaar-zwolle", new Landing("/gemeenten/GM0193", "Gemeente Zwolle", "zwolle-warmtenet-assendorp"),
            "raadslid-zwolle", new Landing("/controle", "Controle: gemeente Zwolle", "zwolle-warmtenet-assendorp"),
            "ambtenaar-zutphen", new Landing("/gemeenten/GM0301", "Gemeente Zutphen", "zutphen-warmtenet-de-hoven"),
            "bestuur-assendorp",
                    new Landing(
                            "/initiatieven/warm-assendorp", "Warmtecoöperatie Assendorp", "zwolle-warmtenet-assendorp"),
            "procesbegeleider", new Landing("/mijn-trajecten", "Mijn trajecten", "den-haag-warmtenet-bomenbuurt"),
            "onderzoeker", new Landing("/onderzoek", "Onderzoek", null));

    @Test
    @Order(8)
    void everyReadyUserOfTheDocsLandsOnThePageOfTheirRoleWithTheirOwnCases() throws IOException {
        java.util.Set<String> documented = new java.util.TreeSet<>();
        var user = java.util.regex.Pattern.compile("^\\| `([a-z-]+)` \\|", java.util.regex.Pattern.MULTILINE)
                .matcher(readyUsersTable(Files.readString(Path.of("..", "docs", "security.md"))));
        while (user.find()) documented.add(user.group(1));
        var named = java.util.regex.Pattern.compile("`([a-z]+-[a-z]+|beheerder)`")
                .matcher(Files.readString(Path.of("..", "README.md")));
        while (named.find()) if (LANDINGS.containsKey(named.group(1))) documented.add(named.group(1));
        assertThat(documented).as("the ready users docs/security.md names").containsAll(LANDINGS.keySet());
        assertThat(LANDINGS.keySet())
                .as("a landing checked for every documented user")
                .containsAll(documented);

        try (Browser b = new Browser(port)) {
            b.open("/login");
            for (String field : new String[] {"#username", "#password"}) {
                Number height = (Number) b.script("return arguments[0].getBoundingClientRect().height;", b.find(field));
                assertThat(height.doubleValue())
                        .as(field + " on the login page: a target of 44 px")
                        .isGreaterThanOrEqualTo(44);
            }
        }
        for (String name : documented) {
            Landing landing = LANDINGS.get(name);
            try (Browser b = new Browser(port)) {
                b.signIn(name);
                b.open("/");
                b.waitFor(d -> b.currentPath().startsWith(landing.path()) ? true : null);
                assertThat(b.fitsWithoutSidewaysScrolling(375))
                        .as(name + "'s landing page on a phone")
                        .isTrue();
                b.waitFor(d -> b.currentPath().startsWith(landing.path()) ? true : null);
                assertThat(b.find("h1").getText()).as(name).isEqualTo(landing.heading());
                assertThat(b.driver().getTitle()).as(name).doesNotContain("Geen toegang");
                if (landing.aCase() != null) {
                    b.waitFor(d ->
                            b.all("tr[data-case='" + landing.aCase() + "']").isEmpty() ? null : true);
                }
                if (name.equals("beheerder")) {
                    assertThat(b.all("#resultaten svg [data-chart-municipality]"))
                            .as("the country's stop-go counts as a chart, a bar per municipality")
                            .hasSizeGreaterThanOrEqualTo(6);
                }
                b.screenshot("11-start-" + name);
                // the menu offers only places this user may open
                java.util.List<String> menu = b.all(".site-header-nav a").stream()
                        .map(a -> a.getAttribute("href"))
                        .filter(href -> !href.contains("/api/"))
                        .toList();
                assertThat(menu).as(name + "'s menu").isNotEmpty();
                for (String href : menu) {
                    b.driver().get(href);
                    assertThat(b.driver().getTitle())
                            .as(name + " opens " + href)
                            .doesNotContain("Geen toegang");
                }
                if (landing.aCase() != null) {
                    b.open("/dossiers/" + landing.aCase());
                    assertThat(b.driver().getTitle()).as(name).doesNotContain("Geen toegang");
                    assertThat(b.fitsWithoutSidewaysScrolling(375))
                            .as(name + "'s case page on a phone")
                            .isTrue();
                    assertThat(b.all("#verloop svg rect"))
                            .as("the stop-go history as a strip")
                            .isNotEmpty();
                    boolean readOnly = name.startsWith("raadslid");
                    assertThat(b.all("#vastleggen form").isEmpty())
                            .as(name + (readOnly ? " reads only: no forms" : " records: forms"))
                            .isEqualTo(readOnly);
                    for (WebElement crumb : b.all(".breadcrumb a")) {
                        String href = crumb.getAttribute("href");
                        Browser again = b.open(href.substring(href.indexOf('/', 8)));
                        assertThat(again.driver().getTitle())
                                .as(name + " follows the breadcrumb " + href)
                                .doesNotContain("Geen toegang");
                        b.open("/dossiers/" + landing.aCase());
                    }
                }
            }
        }
    }

    @Test
    @Order(10)
    void aQuestionIsAskedAndAnsweredThroughTheDescribedFormsWithTheErrorAtItsFieldInDutch() {
        Browser b = browser().open(BOMENBUURT).live();
        int asked = b.all("#tijdlijn [data-kind='question-asked']").size();
        int answered = b.all("#tijdlijn [data-kind='question-answered']").size();
        String question = "Mag de warmtebron op grond van de gemeente komen?";

        record(b, "form-question", "question-actor", "Jeroen Peters (bestuurslid)", () -> {
            new Select(b.find("#question-asked-by")).selectByVisibleText("Jeroen Peters (bestuurslid)");
            new Select(b.find("#question-topic")).selectByValue("land");
            b.find("#question-text").sendKeys(question);
        });
        b.waitFor(d -> b.all("#tijdlijn [data-kind='question-asked']").size() == asked + 1 ? true : null);

        // without the considerations the API refuses the answer: said in Dutch, at that field
        b.openForm("form-answer");
        new Select(b.find("#answer-actor")).selectByVisibleText("Yusuf Demir (ambtenaar)");
        new Select(b.find("#answer-question")).selectByVisibleText(question);
        new Select(b.find("#answer-answered-by")).selectByVisibleText("Yusuf Demir (ambtenaar)");
        new Select(b.find("#answer-status")).selectByValue("now");
        b.find("#answer-mandate").sendKeys("Afdelingshoofd Warmtetransitie");
        b.find("#form-answer button[type='submit']").click();
        b.waitFor(d -> b.find("#answer-considerations-error").isDisplayed() ? true : null);
        assertThat(b.find("#answer-considerations-error").getText()).isEqualTo("Dit is verplicht.");
        assertThat(b.find("#answer-considerations").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(b.find("#form-answer [data-form-error]").getText()).startsWith("Vastleggen is niet gelukt");

        b.find("#answer-considerations")
                .sendKeys("Eerst het tracé; de grond komt in de gebiedsvisie van volgend jaar.");
        b.script("document.getElementById('meldingen').textContent = '';");
        b.find("#form-answer button[type='submit']").click();
        b.waitFor(d -> b.find("#meldingen").getText().contains("vastgelegd") ? true : null);
        b.waitFor(d -> b.all("#tijdlijn [data-kind='question-answered']").size() == answered + 1 ? true : null);
        b.screenshot("12-vraag-en-antwoord");
    }

    @Test
    @Order(11)
    void theTimelineIsFilteredByKindAndPeriodWithElectionsAndCollegesMarked() {
        Browser b = browser().open(ASSENDORP).live();
        int all = b.all("#tijdlijn li.timeline-entry").size();
        assertThat(b.all("#tijdlijn [data-political]"))
                .as("elections and colleges marked")
                .isNotEmpty();

        new Select(b.find("#tijdlijn-soort")).selectByValue("gemeente");
        b.waitFor(d -> b.currentPath().contains("soort=gemeente") ? true : null);
        b.waitFor(d -> b.all("#tijdlijn [data-timeline-shown]").isEmpty() ? null : true);
        java.util.List<String> kinds = b.all("#tijdlijn li.timeline-entry").stream()
                .map(e -> e.getAttribute("data-kind"))
                .toList();
        assertThat(kinds)
                .isNotEmpty()
                .hasSizeLessThan(all)
                .allMatch(k -> k.startsWith("municipal-election")
                        || k.startsWith("college-")
                        || k.startsWith("alderman-")
                        || k.startsWith("policy-")
                        || k.startsWith("neighbourhood-approach"));

        b.open(ASSENDORP + "?soort=afspraken&van=2024-01-01&tot=2024-12-31");
        for (WebElement entry : b.all("#tijdlijn li.timeline-entry")) {
            assertThat(entry.getAttribute("data-kind")).startsWith("agreement-");
            assertThat(entry.findElement(By.cssSelector("time")).getAttribute("datetime"))
                    .startsWith("2024-");
        }
        b.screenshot("13-tijdlijn-gefilterd");
    }

    /** The table of docs/security.md under "Ready users of the local mode". */
    private static String readyUsersTable(String doc) {
        String from = doc.substring(doc.indexOf("Ready users of the local mode"));
        return from.substring(0, from.indexOf("\n\n", from.indexOf("| user |")));
    }

    @Test
    @Order(9)
    void theResearcherFindsTheExportsTheSeriesAndTheDocsOnTheirPage() {
        try (Browser b = new Browser(port)) {
            b.signIn("onderzoeker");
            b.open("/");
            b.waitFor(d -> b.currentPath().startsWith("/onderzoek") ? true : null);
            java.util.List<String> links =
                    b.all("main a").stream().map(a -> a.getAttribute("href")).toList();
            assertThat(links)
                    .anyMatch(href -> href.endsWith("/api/v1/exports"))
                    .anyMatch(href -> href.endsWith("/api/v1/indicator-series"))
                    .anyMatch(href -> href.endsWith("/api/v1/docs"));
            for (String href : links) {
                Object status = b.asyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {method: 'GET'}).then(function (r) { done(r.status); })"
                                + ".catch(function () { done(0); });",
                        href);
                assertThat(status).as("the researcher's link " + href).isEqualTo(200L);
            }
        }
    }

    @Test
    @Order(12)
    void theAccessibilityCheckOfEveryPageStateCatchesTwoTinyButtonsSideBySide() {
        Browser b = browser().open("/");
        b.waitFor(d -> b.all("tr[data-municipality]").isEmpty() ? null : true);
        b.assertAccessible("landelijk-overzicht");

        // two 12 px buttons without room around them are too small a target (WCAG 2.2, 2.5.8)
        b.script("const p = document.createElement('p');"
                + "for (const name of ['een', 'twee']) {"
                + "  const button = document.createElement('button');"
                + "  button.setAttribute('aria-label', name);"
                + "  button.style.cssText = 'all:unset;display:inline-block;width:12px;height:12px;background:#154273';"
                + "  p.append(button);"
                + "}"
                + "document.querySelector('main').prepend(p);");
        assertThatThrownBy(() -> b.assertAccessible("te-kleine-knoppen"))
                .hasMessageContaining("te-kleine-knoppen")
                .hasMessageContaining("target-size");
        b.open("/");
    }

    /** An initiative of this test's own in Zwolle, so that its case is in no other test's way. */
    private static final String FORMS_INITIATIVE = "formulieren-proeftuin";

    private static final String FORMS_CIVIL_SERVANT =
            "{\"personId\": \"p-form-anna\", \"party\": {\"municipality\": \"GM0193\"}, \"role\": \"civil-servant\"}";
    private static final String FORMS_BOARD_MEMBER = "{\"personId\": \"p-form-bram\", \"party\": {\"initiative\": \""
            + FORMS_INITIATIVE + "\"}, \"role\": \"board-member\"}";

    @Test
    @Order(13)
    void aCivilServantRecordsEveryStepOfACaseThroughItsFormAndACouncilMemberSeesNone() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String caseId = aCaseWithSomethingOfEachKind(today);
        String page = "/dossiers/" + caseId;

        try (Browser b = new Browser(port)) {
            b.signIn("ambtenaar-zwolle");
            openWhenListed(b, page, "#question-actor", "Bram Formsma").live();
            b.assertTargetsOfAtLeast44px("#vastleggen");

            // a field left empty: said in Dutch, at that field, and nothing recorded
            b.openForm("form-reschedule");
            choose(b, "#reschedule-actor", "Anna Formsma");
            new Select(b.find("#reschedule-milestone")).selectByIndex(1);
            b.script(
                    "arguments[0].value = arguments[1];",
                    b.find("#reschedule-due"),
                    today.plusMonths(6).toString());
            b.find("#form-reschedule button[type='submit']").click();
            b.waitFor(d -> b.find("#reschedule-reason-error").isDisplayed() ? true : null);
            assertThat(b.find("#reschedule-reason-error").getText()).isEqualTo("Dit is verplicht.");
            assertThat(b.find("#reschedule-reason").getAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(b.find("#form-reschedule [data-form-error]").getText()).startsWith("Vastleggen is niet gelukt");
            b.assertTargetsOfAtLeast44px("#form-reschedule");
            b.screenshot("14-verzetten-fout-bij-het-veld");
            b.find("#reschedule-reason").sendKeys("De haalbaarheidsstudie wacht op de netbeheerder.");
            submitAndSee(b, "form-reschedule", "milestone-rescheduled");

            recordThroughForm(b, "form-budget-decision", "guarantee-budget-decision-recorded", () -> {
                new Select(b.find("#budget-decision-milestone")).selectByIndex(1);
                new Select(b.find("#budget-decision-decision")).selectByIndex(1);
            });
            recordThroughForm(b, "form-funding-payment", "funding-paid", () -> {
                new Select(b.find("#funding-payment-funding")).selectByIndex(1);
                b.find("#funding-payment-amount").sendKeys("12500");
            });
            recordThroughForm(b, "form-funding-refusal", "funding-refused", () -> {
                new Select(b.find("#funding-refusal-source")).selectByValue("provincial");
                new Select(b.find("#funding-refusal-instrument")).selectByValue("subsidy");
                b.find("#funding-refusal-amount").sendKeys("80000");
                b.find("#funding-refusal-reason").sendKeys("Het provinciale budget is op.");
            });
            recordThroughForm(b, "form-amendment", "agreement-amended", () -> {
                new Select(b.find("#amendment-agreement")).selectByIndex(1);
                b.find("#amendment-changes").sendKeys("Evaluatiemomenten toegevoegd.");
                choose(b, "#amendment-signatory-1", "Anna Formsma");
                b.find("#amendment-mandate-1").sendKeys("Collegebesluit");
                choose(b, "#amendment-signatory-2", "Bram Formsma");
                b.find("#amendment-mandate-2").sendKeys("Besluit van de ALV");
            });
            recordThroughForm(b, "form-renewal", "agreement-renewed", () -> {
                new Select(b.find("#renewal-agreement")).selectByIndex(1);
                b.script(
                        "arguments[0].value = arguments[1];",
                        b.find("#renewal-until"),
                        today.plusYears(3).toString());
                choose(b, "#renewal-signatory-1", "Anna Formsma");
                b.find("#renewal-mandate-1").sendKeys("Collegebesluit");
                choose(b, "#renewal-signatory-2", "Bram Formsma");
                b.find("#renewal-mandate-2").sendKeys("Besluit van de ALV");
            });
            recordThroughForm(b, "form-vacancy", "role-vacated", () -> {
                new Select(b.find("#vacancy-role")).selectByValue("municipal-contact");
                b.find("#vacancy-reason").sendKeys("Anna gaat naar een andere afdeling.");
            });
            recordThroughForm(b, "form-facilitator-release", "facilitator-released", () -> {
                new Select(b.find("#facilitator-release-person")).selectByIndex(1);
                b.find("#facilitator-release-reason").sendKeys("Er zijn heldere afspraken.");
            });
            recordThroughForm(b, "form-follow-up", "question-followed-up", () -> {
                new Select(b.find("#follow-up-question")).selectByIndex(1);
                b.find("#follow-up-note").sendKeys("Nagevraagd bij Grondzaken; het antwoord volgt na de zomer.");
            });
            recordThroughForm(b, "form-work", "doen-work-recorded", () -> {
                new Select(b.find("#work-part")).selectByValue("get-to-know-each-other");
                b.find("#work-description").sendKeys("Keukentafelgesprekken in de straat.");
            });
            recordThroughForm(b, "form-neighbourhoods", "neighbourhoods-recorded", () -> {
                b.find("#neighbourhoods-name-1").sendKeys("Assendorp");
                b.find("#neighbourhoods-code-1").sendKeys("BU01930101");
                b.find("#neighbourhoods-name-2").sendKeys("Diezerpoort");
            });
            recordThroughForm(b, "form-process-release", "municipal-process-released", () -> {
                new Select(b.find("#process-release-hold")).selectByIndex(1);
                b.find("#process-release-reason").sendKeys("Het initiatief koos zijn warmtebedrijf.");
            });
            recordThroughForm(b, "form-process-hold", "municipal-process-held", () -> {
                new Select(b.find("#process-hold-process")).selectByValue("permit");
                b.find("#process-hold-description").sendKeys("De vergunning voor de warmtecentrale.");
            });
            recordThroughForm(b, "form-exclusivity-extension", "exclusivity-extended", () -> {
                b.script(
                        "arguments[0].value = arguments[1];",
                        b.find("#exclusivity-extension-until"),
                        today.plusYears(4).toString());
                b.find("#exclusivity-extension-reason").sendKeys("De Wet collectieve warmte vertraagt het besluit.");
            });

            // a rule of the domain, in Dutch at its field: during the exclusivity a market consultation is a breach
            b.waitFor(d -> b.all("#vastleggen details[open]").isEmpty() ? true : null);
            b.openForm("form-market-approach");
            choose(b, "#market-approach-actor", "Anna Formsma");
            new Select(b.find("#market-approach-kind")).selectByValue("market-consultation");
            b.find("#market-approach-description").sendKeys("Een marktconsultatie voor een warmtebedrijf.");
            b.find("label[for='market-approach-breach-nee']").click();
            b.find("#form-market-approach button[type='submit']").click();
            b.waitFor(d -> b.find("#market-approach-breach-error").isDisplayed() ? true : null);
            assertThat(b.find("#market-approach-breach-error").getText())
                    .isEqualTo("Een aanbesteding of marktconsultatie kan niet zolang de exclusiviteit loopt.");
            b.screenshot("15-marktconsultatie-domeinregel");
            b.find("label[for='market-approach-breach-ja']").click();
            submitAndSee(b, "form-market-approach", "market-approach-recorded");
            b.waitFor(d -> b.all("#tijdlijn [data-kind='exclusivity-breached']").isEmpty() ? null : true);

            recordThroughForm(b, "form-termination", "agreement-terminated", () -> {
                new Select(b.find("#termination-agreement")).selectByIndex(1);
                b.find("#termination-reason").sendKeys("Opgevolgd door een samenwerkingsovereenkomst.");
                new Select(b.find("#termination-by")).selectByValue("both");
                b.find("label[for='termination-mutual-ja']").click();
            });
            b.waitFor(d -> b.all("#form-amendment").isEmpty() ? true : null);
            b.screenshot("16-alle-stappen-vastgelegd");
        }

        try (Browser b = new Browser(port)) {
            b.signIn("raadslid-zwolle");
            b.open(page);
            assertThat(b.find("#vastleggen h2").getText()).isEqualTo("Alleen lezen");
            assertThat(b.all("#vastleggen form, #vastleggen details"))
                    .as("a council member reads only")
                    .isEmpty();
            b.screenshot("17-raadslid-leest-alleen");
            b.open("/gemeenten/GM0193");
            assertThat(b.all("#gemeente-vastleggen, #nieuw-traject, main form[data-api]"))
                    .as("no form on the municipality page either")
                    .isEmpty();
        }
    }

    @Test
    @Order(14)
    void theMunicipalityRecordsACollegeADepartureAndANeighbourhoodApproachOnItsPage() {
        String town = "GM1680";
        Api api = registrarIn(town);
        String party = "{\"municipality\": \"" + town + "\"}";
        person(api, "p-form-burgemeester", party, "mayor", "Marijke Burgemeester");
        person(api, "p-form-wethouder", party, "alderman", "Wouter Wethouder");
        person(api, "p-form-griffier", party, "civil-servant", "Gerrit Griffier");

        Browser b = openWhenListed(browser(), "/gemeenten/" + town, "#approach-actor", "Gerrit Griffier");
        openWhenListed(b, "/gemeenten/" + town, "#college-alderman-1", "Wouter Wethouder");
        assertThat(b.all("#form-reorganisation"))
                .as("an administrator may record a reorganisation")
                .hasSize(1);
        b.assertTargetsOfAtLeast44px("#gemeente-vastleggen");

        b.openForm("form-approach");
        choose(b, "#approach-actor", "Gerrit Griffier");
        b.find("#form-approach button[type='submit']").click();
        b.waitFor(d -> b.find("#approach-name-error").isDisplayed() ? true : null);
        assertThat(b.find("#approach-name-error").getText()).isEqualTo("Dit is verplicht.");
        assertThat(b.find("#approach-intensity-error").getText()).isEqualTo("Maak een keuze.");
        // a rule on the command as a whole (a role, in either way): the API names the field, the page shows it there
        assertThat(b.find("#approach-role-error").getText()).startsWith("Noem de rol die de gemeente er neemt");
        assertThat(b.find("#form-approach [data-form-error]").getText())
                .as("every error placed at its field")
                .isEqualTo("Vastleggen is niet gelukt. Verbeter de gemarkeerde velden.");
        b.assertTargetsOfAtLeast44px("#form-approach");
        b.screenshot("18-gemeente-fout-bij-het-veld");
        b.find("#approach-name").sendKeys("Annen");
        b.find("label[for='approach-roles-1']").click();
        b.find("#approach-short").sendKeys("Een warmteplan per dorp.");
        new Select(b.find("#approach-intensity")).selectByValue("light");
        submit(b, "form-approach");
        assertThat(b.find("#meldingen").getText()).startsWith("De aanpak voor de buurt is vastgelegd.");

        b.openForm("form-college");
        choose(b, "#college-actor", "Gerrit Griffier");
        choose(b, "#college-mayor", "Marijke Burgemeester");
        b.find("#college-mayor-portfolios").sendKeys("Openbare orde");
        choose(b, "#college-alderman-1", "Wouter Wethouder");
        b.find("#college-alderman-1-portfolios").sendKeys("Energie\nWonen");
        b.find("#college-alderman-1-party").sendKeys("Dorpsbelang");
        submit(b, "form-college");
        assertThat(b.find("#meldingen").getText()).startsWith("Het college is geïnstalleerd.");

        // the college is in office: its alderman can now leave it, with no successor yet
        b.waitFor(d -> b.open("/gemeenten/" + town).all("#form-departure").isEmpty() ? null : true);
        b.openForm("form-departure");
        choose(b, "#departure-actor", "Gerrit Griffier");
        new Select(b.find("#departure-college")).selectByIndex(1);
        choose(b, "#departure-person", "Wouter Wethouder");
        new Select(b.find("#departure-reason")).selectByValue("appointed-elsewhere");
        b.screenshot("19-gemeente-vertrek-wethouder");
        submit(b, "form-departure");
        assertThat(b.find("#meldingen").getText()).startsWith("Het vertrek van de wethouder is vastgelegd.");
        b.waitFor(d -> b.open("/gemeenten/" + town).all("#form-departure").isEmpty() ? true : null);

        try (Browser staff = new Browser(port)) {
            staff.signIn("ambtenaar-zwolle");
            staff.open("/gemeenten/GM0193");
            assertThat(staff.all("#form-college, #form-approach")).hasSize(2);
            assertThat(staff.all("#form-reorganisation"))
                    .as("only an administrator records a reorganisation")
                    .isEmpty();
        }
    }

    @Test
    @Order(15)
    void aCivilServantRegistersANewAttendeeUploadsAndLinksADocumentAndAmendsTheTopicsOfAnAgreement()
            throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String caseId = aCaseWithSomethingOfEachKind(today);
        String page = "/dossiers/" + caseId;
        String newcomer = "Dirk Nieuwkomer " + caseId.substring(0, 6);

        try (Browser b = new Browser(port)) {
            b.signIn("ambtenaar-zwolle");
            openWhenListed(b, page, "#question-actor", "Bram Formsma").live();

            // someone new at the table: registered on the case page, the register's rules said on the form
            b.openForm("form-person");
            assertThat(b.find("#form-person-note").getText())
                    .contains("personenregister", "AVG", "wissen", "kenmerk, de partij en de rol");
            choose(b, "#person-actor", "Anna Formsma");
            b.find("#person-name").sendKeys(newcomer);
            new Select(b.find("#person-party")).selectByVisibleText("Gemeente Zwolle");
            b.find("#person-external").sendKeys("Bureau Buiten");
            new Select(b.find("#person-role")).selectByValue("civil-servant");
            b.assertTargetsOfAtLeast44px("#form-person");
            // a rule across fields (exactly one party) at the field it is about, in Dutch
            b.find("#form-person button[type='submit']").click();
            b.waitFor(d -> b.find("#person-party-error").isDisplayed() ? true : null);
            assertThat(b.find("#person-party-error").getText()).isEqualTo("Kies precies één partij.");
            assertThat(b.find("#person-party").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.find("#form-person [data-form-error]").getText())
                    .isEqualTo("Vastleggen is niet gelukt. Verbeter de gemarkeerde velden.");
            b.screenshot("20-persoon-registreren-fout-bij-het-veld");
            b.find("#person-external").clear();
            submit(b, "form-person");
            assertThat(b.find("#meldingen").getText()).startsWith("De persoon is geregistreerd.");

            // the forms drawn again offer the newcomer as an attendee of a meeting
            b.waitFor(d -> b.all("#meeting-attendees label").stream()
                            .anyMatch(l -> l.getAttribute("textContent").startsWith(newcomer))
                    ? true
                    : null);
            int meetings = b.all("#tijdlijn [data-kind='meeting-recorded']").size();
            record(b, "form-meeting", "meeting-actor", "Anna Formsma", () -> {
                attend(b, newcomer);
                attend(b, "Bram Formsma");
                b.find("#meeting-topics").sendKeys("Kennismaking met de nieuwe collega");
            });
            b.waitFor(d -> b.all("#tijdlijn [data-kind='meeting-recorded']").size() > meetings ? true : null);
            b.screenshot("21-overleg-met-nieuwe-deelnemer");

            // a document added as evidence of the intent agreement, then linked to the budget decision too
            Path minutes = Files.createTempFile("verslag-overleg", ".txt");
            Files.writeString(minutes, "Verslag van het overleg over de warmtecentrale.\n");
            int added = b.all("#tijdlijn [data-kind='document-added']").size();
            record(b, "form-document", "document-actor", "Anna Formsma", () -> {
                b.assertTargetsOfAtLeast44px("#form-document");
                b.find("#document-file").sendKeys(minutes.toString());
                b.find("#document-name").sendKeys("Verslag kennismaking.txt");
                b.all("#document-links label").stream()
                        .filter(l -> l.getText().startsWith("Afspraak: Intentieovereenkomst proeftuin"))
                        .findFirst()
                        .orElseThrow()
                        .click();
                b.screenshot("22-document-toevoegen");
            });
            b.waitFor(d -> b.all("#tijdlijn [data-kind='document-added']").size() > added ? true : null);
            recordThroughForm(b, "form-document-link", "document-linked", () -> {
                choose(b, "#document-link-document", "Verslag kennismaking.txt");
                choose(b, "#document-link-record", "Besluit: Budget voor de proeftuin");
                b.screenshot("23-document-koppelen");
            });

            // the content of an agreement changes: its topics too
            recordThroughForm(b, "form-amendment", "agreement-amended", () -> {
                new Select(b.find("#amendment-agreement")).selectByIndex(1);
                b.find("#amendment-changes").sendKeys("Evaluatiemomenten toegevoegd aan de financiering.");
                b.find("label[for='amendment-topics-5']").click();
                b.find("label[for='amendment-topics-6']").click();
                choose(b, "#amendment-signatory-1", "Anna Formsma");
                b.find("#amendment-mandate-1").sendKeys("Collegebesluit");
                choose(b, "#amendment-signatory-2", "Bram Formsma");
                b.find("#amendment-mandate-2").sendKeys("Besluit van de ALV");
                b.screenshot("24-afspraak-wijzigen-met-onderwerpen");
            });
            b.waitFor(d -> b.find("#borgingsdossier").getText().contains("evaluatiemomenten") ? true : null);
            assertThat(b.find("#borgingsdossier").getText()).contains("financiering");
        }

        try (Browser b = new Browser(port)) {
            b.signIn("raadslid-zwolle");
            b.open(page);
            assertThat(b.all("#form-person, #form-document, #form-document-link, #form-meeting"))
                    .as("a council member registers no one and adds no document")
                    .isEmpty();
            b.open("/gemeenten/GM0193");
            assertThat(b.all("#registreren, #form-person, #form-initiative")).isEmpty();
        }
    }

    @Test
    @Order(16)
    void anAdministratorRegistersAnInitiativeOnTheMunicipalityPageAndItsFirstMemberOnItsOwnPage() {
        String town = "GM1680";
        Api api = registrarIn(town);
        person(api, "p-form-griffier", "{\"municipality\": \"" + town + "\"}", "civil-servant", "Gerrit Griffier");
        String initiativeId = "dorpswarmte-" + Long.toString(System.nanoTime(), 36);

        Browser b = openWhenListed(browser(), "/gemeenten/" + town, "#initiative-actor", "Gerrit Griffier");
        b.openForm("form-initiative");
        choose(b, "#initiative-actor", "Gerrit Griffier");
        b.find("#initiative-name").sendKeys("Dorpswarmte Nieuwland (fictief)");
        b.find("#initiative-id").sendKeys(initiativeId);
        new Select(b.find("#initiative-legal-form")).selectByValue("informal-group");
        b.find("#initiative-kvk").sendKeys("12345678");
        b.find("#initiative-area").sendKeys("Nieuwland");
        b.find("label[for='initiative-domains-0']").click();
        assertThat(b.find("#initiative-municipalities").getAttribute("value")).isEqualTo(town);
        b.assertTargetsOfAtLeast44px("#form-initiative");
        // a rule across fields (an informal group has no KvK number): at the KvK number, in Dutch
        b.find("#form-initiative button[type='submit']").click();
        b.waitFor(d -> b.find("#initiative-kvk-error").isDisplayed() ? true : null);
        assertThat(b.find("#initiative-kvk-error").getText()).startsWith("Een informele groep is geen rechtspersoon");
        assertThat(b.find("#form-initiative [data-form-error]").getText())
                .isEqualTo("Vastleggen is niet gelukt. Verbeter de gemarkeerde velden.");
        b.screenshot("25-initiatief-registreren-fout-bij-het-veld");
        b.find("#initiative-kvk").clear();
        b.find("#form-initiative button[type='submit']").click();

        // the new initiative's page opens, where its people are registered
        b.waitFor(d -> b.currentPath().equals("/initiatieven/" + initiativeId) ? true : null);
        assertThat(b.find("h1").getText()).isEqualTo("Dorpswarmte Nieuwland (fictief)");
        b.openForm("form-person");
        choose(b, "#person-actor", "Gerrit Griffier");
        b.find("#person-name").sendKeys("Ina Initiatief");
        new Select(b.find("#person-party")).selectByVisibleText("Dorpswarmte Nieuwland (fictief)");
        new Select(b.find("#person-role")).selectByValue("board-member");
        b.screenshot("26-initiatief-eerste-lid");
        submit(b, "form-person");
        assertThat(b.find("#meldingen").getText()).startsWith("De persoon is geregistreerd.");

        try (Browser staff = new Browser(port)) {
            staff.signIn("ambtenaar-zwolle");
            staff.open("/gemeenten/GM0193");
            assertThat(staff.all("#form-person"))
                    .as("a civil servant registers people")
                    .hasSize(1);
            assertThat(staff.all("#form-initiative"))
                    .as("an initiative is registered by its own members or an administrator")
                    .isEmpty();
        }
    }

    /** The administrator's API, with this municipality registered. */
    private Api registrarIn(String town) {
        Api api = new Api(port);
        People.registrar(api);
        People.ensureMunicipality(town);
        return api;
    }

    /** Ticks the attendee whose label names this person. */
    private static void attend(Browser b, String name) {
        b.all("#meeting-attendees label").stream()
                .filter(l -> l.getText().startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attendee " + name))
                .click();
    }

    /** A case of this test's own, granted, with a milestone, decision, funding, agreement, role, facilitator, "later" and hold. */
    private String aCaseWithSomethingOfEachKind(LocalDate today) {
        Api api = new Api(port);
        People.registrar(api);
        People.ensureMunicipality("GM0193");
        People.ensureInitiative(FORMS_INITIATIVE, "GM0193");
        person(api, "p-form-anna", "{\"municipality\": \"GM0193\"}", "civil-servant", "Anna Formsma");
        person(api, "p-form-bram", "{\"initiative\": \"" + FORMS_INITIATIVE + "\"}", "board-member", "Bram Formsma");
        person(api, "p-form-fenna", "{\"external\": \"Energie Samen\"}", "facilitator", "Fenna Formsma");
        Api.Response requested = api.post("/api/v1/cases", """
                {"actor": %s, "occurredOn": "2025-01-06", "municipality": "GM0193", "initiative": "%s",
                 "scope": {"activity": "Warmtenet", "area": "Proeftuin"}}""".formatted(FORMS_BOARD_MEMBER, FORMS_INITIATIVE));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String caseId = requested.json().get("aggregateId").asText();
        String base = "/api/v1/cases/" + caseId;
        String until = today.plusYears(2).toString();
        String[][] steps = {
            {"/grant", """
                    "preconditions": {"addedValueRecognisedByBoth": true, "willingToInvestAndPauseUsualWays": true},
                    "exclusivity": {"activity": "Warmtenet", "area": "Proeftuin", "from": "2025-01-13", "until": "%s"}""".formatted(until), "2025-01-13"},
            {"/facilitators", "\"personId\": \"p-form-fenna\", \"organisation\": \"Energie Samen\"", "2025-01-20"},
            {"/roles/municipal-contact/assignments", "\"personId\": \"p-form-anna\"", "2025-01-20"},
            {
                "/decisions",
                "\"body\": \"college\", \"subject\": \"Budget voor de proeftuin\", \"decision\": \"60.000 euro gereserveerd\"",
                "2025-01-27"
            },
            {"/milestones", """
                    "title": "Haalbaarheidsstudie", "dueDate": "%s",
                    "owners": {"municipalOwner": "p-form-anna", "initiativeOwner": "p-form-bram"},
                    "guarantee": {"whatContinues": "Procesgeld voor het ontwerp", "meansAvailable": ["40.000 euro"]}""".formatted(today.plusMonths(3)), "2025-02-03"},
            {"/funding", """
                    "source": "municipal", "instrument": "process-financing", "amountInEuros": 40000,
                    "period": {"from": "2025-02-03", "until": "%s"}""".formatted(today.plusYears(1)), "2025-02-03"},
            {"/agreements", """
                    "kind": "intent-agreement", "title": "Intentieovereenkomst proeftuin",
                    "signatories": [{"personId": "p-form-anna", "party": {"municipality": "GM0193"}, "mandate": "college"},
                                    {"personId": "p-form-bram", "party": {"initiative": "%s"}, "mandate": "ALV"}],
                    "validity": {"from": "2025-03-03", "until": "%s"}, "topics": ["financing"]""".formatted(FORMS_INITIATIVE, today.plusYears(1)), "2025-03-03"},
            {
                "/process-holds",
                "\"process\": \"tender\", \"description\": \"De aanbesteding van de warmtelevering\"",
                "2025-03-10"
            },
        };
        for (String[] step : steps) recorded(api, base + step[0], body(FORMS_CIVIL_SERVANT, step[2], step[1]));
        String question = recorded(api, base + "/questions", body(FORMS_BOARD_MEMBER, "2025-03-17", """
                "askedBy": %s, "topic": "land", "question": "Mag de warmtecentrale op grond van de gemeente?\"""".formatted(
                                FORMS_BOARD_MEMBER)))
                .get("id")
                .asText();
        recorded(
                api,
                base + "/questions/" + question + "/answers",
                body(FORMS_CIVIL_SERVANT, "2025-03-24", """
                "answeredBy": %s, "status": "later", "considerations": "Eerst het bestemmingsplan",
                "mandate": "Afdelingshoofd", "expectedOn": "%s\"""".formatted(FORMS_CIVIL_SERVANT, today.plusMonths(2))));
        return caseId;
    }

    private static String body(String actor, String occurredOn, String rest) {
        return "{\"actor\": " + actor + ", \"occurredOn\": \"" + occurredOn + "\", " + rest + "}";
    }

    private static com.fasterxml.jackson.databind.JsonNode recorded(Api api, String path, String body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(201);
        return response.json();
    }

    /** Registers a person under a name of their own (the page lists people by name and role). */
    private static void person(Api api, String personId, String party, String role, String name) {
        String actor = "{\"personId\": \"" + personId + "\", \"party\": " + party + ", \"role\": \"" + role + "\"}";
        Api.Response response = api.post("/api/v1/people", """
                {"personId": "%s", "actor": %s, "occurredOn": "2020-01-01", "name": "%s", "party": %s, "role": "%s"}""".formatted(personId, actor, name, party, role));
        assertThat(response.status()).as(personId + ": " + response).isIn(201, 409);
    }

    /**
     * Opens the page once it lists this person (just registered: the people register follows shortly); the
     * option's text content, as its form may still be closed.
     */
    private static Browser openWhenListed(Browser b, String path, String select, String name) {
        b.waitFor(d -> b.open(path).all(select + " option").stream()
                        .anyMatch(o -> o.getAttribute("textContent").startsWith(name))
                ? true
                : null);
        return b;
    }

    /** Chooses the option that names this person (the label adds the role). */
    private static void choose(Browser b, String select, String name) {
        b.waitFor(d -> {
            Select choice = new Select(b.find(select));
            for (WebElement option : choice.getOptions()) {
                if (option.getText().startsWith(name)) {
                    choice.selectByVisibleText(option.getText());
                    return true;
                }
            }
            return null;
        });
    }

    /** Records through a form of the case page as the civil servant, and sees the fact arrive on the timeline. */
    private static void recordThroughForm(Browser b, String form, String kind, Runnable fillIn) {
        int before = b.all("#tijdlijn [data-kind='" + kind + "']").size();
        record(b, form, form.substring("form-".length()) + "-actor", "Anna Formsma", () -> {
            b.assertTargetsOfAtLeast44px("#" + form);
            fillIn.run();
        });
        b.waitFor(d -> b.all("#tijdlijn [data-kind='" + kind + "']").size() > before ? true : null);
    }

    private static void submitAndSee(Browser b, String form, String kind) {
        int before = b.all("#tijdlijn [data-kind='" + kind + "']").size();
        submit(b, form);
        b.waitFor(d -> b.all("#tijdlijn [data-kind='" + kind + "']").size() > before ? true : null);
    }

    /** Submits the form and waits for its success text (read first: a form may be gone once recorded). */
    private static void submit(Browser b, String form) {
        String success = b.find("#" + form).getAttribute("data-success");
        b.script("document.getElementById('meldingen').textContent = '';");
        b.find("#" + form + " button[type='submit']").click();
        b.waitFor(d -> b.find("#meldingen").getText().contains(success) ? true : null);
    }

    /** Opens a form, fills it in, submits it and waits until it is recorded and the forms are fresh again. */
    private static void record(Browser b, String form, String actor, String person, Runnable fillIn) {
        b.waitFor(d -> b.all("#vastleggen details[open]").isEmpty() ? true : null);
        b.openForm(form);
        choose(b, "#" + actor, person);
        fillIn.run();
        submit(b, form);
        b.waitFor(d -> b.all("#vastleggen details[open]").isEmpty() ? true : null);
    }
}
