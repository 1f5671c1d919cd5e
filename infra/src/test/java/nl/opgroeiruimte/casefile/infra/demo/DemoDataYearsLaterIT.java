package nl.opgroeiruimte.casefile.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.opgroeiruimte.casefile.infra.CaseFileApplication;
import nl.opgroeiruimte.casefile.infra.record.ChainVerifier;
import nl.opgroeiruimte.casefile.infra.support.MutableClock;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo started years from now, when the service believes it is that day: the case file takes every fact
 * of it, and each case shows the same early-warning state as when the demo is started today.
 */
@SpringBootTest(classes = CaseFileApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoDataYearsLaterIT.YearsLater.class)
class DemoDataYearsLaterIT {
    /** The later of the two days {@code DemoStoriesTest} tells the demo on. */
    static final LocalDate DAY =
            LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusYears(2).plusDays(137);

    @TestConfiguration(proxyBeanMethods = false)
    static class YearsLater {
        @Bean
        @Primary
        MutableClock yearsLater() {
            MutableClock clock = new MutableClock();
            clock.setDay(DAY.toString());
            return clock;
        }
    }

    @DynamicPropertySource
    static void embeddedDefaultWithDemoData(DynamicPropertyRegistry registry) throws IOException {
        DemoDataRecorderIT.embeddedDefaultWithDemoData(registry);
    }

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainVerifier verifier;

    @Test
    void startedYearsLaterTheDemoIsTakenWholeAndShowsTheSameStates() {
        long events = jdbc.sql("select count(*) from domainevententry")
                .query(Long.class)
                .single();
        assertThat(events).as("the demo was recorded on the first start").isGreaterThan(100);
        assertThat(DemoDataRecorderIT.statesToday(indicators))
                .as("as of %s", DAY)
                .isEqualTo(DemoDataRecorderIT.STATES);
        assertThat(verifier.verifyAll())
                .allSatisfy(verdict ->
                        assertThat(verdict.intact()).as(verdict.toString()).isTrue());
    }
}
