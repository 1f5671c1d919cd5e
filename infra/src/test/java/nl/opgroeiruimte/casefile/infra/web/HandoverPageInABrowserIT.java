package nl.opgroeiruimte.casefile.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The handover file (overdrachtsdossier) as a council member of Zwolle reads and prints it, in Debian's
 * chromium on the embedded default with its demo cases: the promises grouped by case and college, the date
 * presets, the downloads, and in print media no navigation or forms and a page break before every case.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HandoverPageInABrowserIT {
    private static final String ZWOLLE = "/gemeenten/GM0193/overdracht";
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedDefaultWithDemoData(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("casefile-handover");
        registry.add("casefile.data-dir", dir::toString);
        registry.add("casefile.demo-data.enabled", () -> "true");
    }

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Browser.available())
                .as("the browser tests need Debian's chromium and chromedriver")
                .isTrue();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
    }

    private Browser councilMember() {
        if (browser == null) {
            browser = new Browser(port);
            browser.driver().manage().deleteAllCookies();
            browser.signIn("raadslid-zwolle");
        }
        return browser;
    }

    @Test
    void aCouncilMemberReadsThePromisesOfZwolleGroupedByCaseAndCollege() {
        Browser b = councilMember().open(ZWOLLE);

        assertThat(b.find("h1").getText()).isEqualTo("Overdrachtsdossier gemeente Zwolle");
        b.waitFor(d -> b.all("section.handover-case[data-case='zwolle-warmtenet-assendorp']")
                        .isEmpty()
                ? null
                : true);
        assertThat(b.all("section.handover-case[data-case='zwolle-warmtenet-assendorp'] .handover-college h3"))
                .extracting(h -> h.getText())
                // promises from before the first college the demo recorded stand apart
                .allSatisfy(h -> assertThat(h)
                        .matches("(Onder het college geïnstalleerd .*|Vóór het eerste vastgelegde college)"))
                .anySatisfy(h -> assertThat(h).startsWith("Onder het college geïnstalleerd"));
        assertThat(b.all("tr[data-promise][data-status]")).isNotEmpty();
        assertThat(b.all(".presets a"))
                .extracting(a -> a.getText())
                .anySatisfy(t -> assertThat(t).startsWith("Laatste verkiezingsdag"));
        b.screenshot("handover-gemeente-zwolle");

        // a preset moves the date: the page says which day it shows
        String electionDay = b.find(".presets a").getAttribute("data-preset");
        b.find(".presets a").click();
        b.waitFor(d -> b.currentPath().contains("peildatum=" + electionDay) ? true : null);
        assertThat(b.find("#peildatum").getAttribute("value")).isEqualTo(electionDay);

        // the downloads answer a CSV and a PDF to the signed-in session
        b.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        for (String id : new String[] {"download-csv", "download-pdf"}) {
            String href = b.find("#" + id).getAttribute("href");
            Object answer = ((ChromeDriver) b.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                    + ".catch(e => done('failed ' + e));",
                            href);
            assertThat(answer.toString()).startsWith("200 " + (id.endsWith("csv") ? "text/csv" : "application/pdf"));
        }
    }

    @Test
    void inPrintTheNavigationAndFormsAreGoneAndEveryCaseStartsOnANewPage() {
        Browser b = councilMember().open(ZWOLLE);
        b.waitFor(d -> b.all("section.handover-case").isEmpty() ? null : true);
        ChromeDriver chrome = (ChromeDriver) b.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(b.script("return getComputedStyle(document.querySelector('.site-header')).display"))
                    .isEqualTo("none");
            assertThat(b.script("return getComputedStyle(document.querySelector('.handover-controls')).display"))
                    .isEqualTo("none");
            assertThat(b.script("return getComputedStyle(document.querySelector('.breadcrumb')).display"))
                    .isEqualTo("none");
            assertThat(b.script("return [...document.querySelectorAll('.handover-case')]"
                            + ".every(s => getComputedStyle(s).breakBefore === 'page')"))
                    .isEqualTo(true);
            assertThat(b.find("table.promises").isDisplayed()).isTrue();
            b.screenshot("handover-gemeente-zwolle-print");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theCasePageLinksToTheHandoverFileOfThatCase() {
        Browser b = councilMember().open("/dossiers/zwolle-warmtenet-assendorp");
        b.find("#naar-overdracht").click();
        b.waitFor(d -> b.currentPath().startsWith("/dossiers/zwolle-warmtenet-assendorp/overdracht") ? true : null);
        assertThat(b.find("h1").getText()).startsWith("Overdrachtsdossier");
        assertThat(b.all("section.handover-case")).hasSize(1);
        assertThat(b.all("tr[data-promise='grant:zwolle-warmtenet-assendorp']")).hasSize(1);
    }
}
