package nl.opgroeiruimte.casefile.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
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
            b.find("#form-agreement label[for='agreement-topic-6']").click();
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

    /** Opens a form, fills it in, submits it and waits until it is recorded and the forms are fresh again. */
    private static void record(Browser b, String form, String actor, String person, Runnable fillIn) {
        b.waitFor(d -> b.all("#vastleggen details[open]").isEmpty() ? true : null);
        b.openForm(form);
        new Select(b.find("#" + actor)).selectByVisibleText(person);
        fillIn.run();
        b.script("document.getElementById('meldingen').textContent = '';");
        b.find("#" + form + " button[type='submit']").click();
        b.waitFor(d -> b.find("#meldingen").getText().contains("vastgelegd") ? true : null);
        b.waitFor(d -> b.all("#vastleggen details[open]").isEmpty() ? true : null);
    }
}
