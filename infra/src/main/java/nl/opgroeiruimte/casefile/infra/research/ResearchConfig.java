package nl.opgroeiruimte.casefile.infra.research;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import nl.opgroeiruimte.casefile.infra.record.ExportSigner;
import nl.opgroeiruimte.casefile.infra.research.table.CaseRows;
import nl.opgroeiruimte.casefile.infra.research.table.ResearchProperties;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorService;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Export and import of the event store as CloudEvents (docs/research-export.md). */
@Configuration(proxyBeanMethods = false)
public class ResearchConfig {

    @Bean
    EventTypes eventTypes() {
        return EventTypes.scanKernel();
    }

    @Bean
    EventExporter eventExporter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventTypes types,
            ResearchExportProperties properties,
            Clock clock,
            ExportSigner signer,
            CaseRows cases,
            IndicatorService indicators,
            ResearchProperties research) {
        return new EventExporter(jdbc, transactions, types, properties, clock, signer, cases, indicators, research);
    }

    @Bean
    EventImporter eventImporter(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            EventTypes types,
            ObjectMapper caseFileJson,
            DeadlineManager deadlines,
            Clock clock,
            ExportSigner signer,
            CurrentCaller callers) {
        return new EventImporter(jdbc, transactions, types, caseFileJson, deadlines, clock, signer, callers);
    }
}
