package nl.opgroeiruimte.casefile.infra.projections;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Exclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteGranted;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Preconditions;
import nl.opgroeiruimte.casefile.kernel.partnership.track.Scope;
import nl.opgroeiruimte.casefile.query.cases.CaseQueries;
import nl.opgroeiruimte.casefile.query.cases.CaseSummaryProjection;
import nl.opgroeiruimte.casefile.query.indicators.CaseIndicatorProjection;
import nl.opgroeiruimte.casefile.query.indicators.IndicatorQueries;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.support.Labels;
import nl.opgroeiruimte.casefile.query.timeline.Summaries;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProjection;
import nl.opgroeiruimte.casefile.query.timeline.TimelineProperties;
import nl.opgroeiruimte.casefile.query.timeline.TimelineQueries;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The projections on their own (fast tier): the schema that the service's Flyway migrations build on the
 * embedded H2 database, the projection and the queries that own its tables, and events handed to the
 * projection the way Axon hands them (through its annotation adapter, with sequence number and recording
 * time). No application, no event store, no processors. Each test's rows are rolled back after it. All
 * slice tests share this one configuration, so the context starts once.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:projection-slices;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1")
@Import({
    ProjectionSlice.Parts.class,
    CaseSummaryProjection.class,
    CaseQueries.class,
    TimelineProjection.class,
    TimelineQueries.class,
    Summaries.class,
    PeopleDirectory.class,
    CaseIndicatorProjection.class,
    IndicatorQueries.class
})
abstract class ProjectionSlice {
    static final String MUNICIPALITY = "GM0193";
    static final String INITIATIVE = "warm-assendorp";
    static final Actor BOARD_MEMBER = new Actor("p-cor", Party.initiative(INITIATIVE), ActorRole.BOARD_MEMBER);
    static final Actor CIVIL_SERVANT = new Actor("p-anna", Party.municipality(MUNICIPALITY), ActorRole.CIVIL_SERVANT);
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TimelineProperties.class)
    static class Parts {
        @Bean
        Clock clock() {
            return Clock.system(AMSTERDAM);
        }

        @Bean
        Labels labels() {
            return Labels.standalone();
        }

        @Bean
        ObjectMapper objectMapper() {
            return new ObjectMapper();
        }

        /** The projections run in no request: nobody is signed in, as on a processor's thread. */
        @Bean
        CurrentCaller currentCaller() {
            return Optional::empty;
        }
    }

    /** A fresh case id per test, so that no test depends on another's rows. */
    static String newCaseId() {
        return "case-" + UUID.randomUUID();
    }

    static OpgroeiruimteRequested requested(String caseId, LocalDate on) {
        return new OpgroeiruimteRequested(
                caseId,
                BOARD_MEMBER,
                on,
                MUNICIPALITY,
                INITIATIVE,
                new Scope("collectief warmtenet", "Assendorp"),
                "we willen samen een warmtenet ontwikkelen");
    }

    static OpgroeiruimteGranted granted(String caseId, LocalDate on) {
        return new OpgroeiruimteGranted(
                caseId,
                CIVIL_SERVANT,
                on,
                new Preconditions(true, true),
                new Exclusivity("collectief warmtenet", "Assendorp", on, on.plusYears(2)));
    }

    /** An event as the event store delivers it: in its stream at {@code sequence}, recorded at noon of {@code recordedOn}. */
    static DomainEventMessage<?> recorded(String stream, long sequence, Object event, LocalDate recordedOn) {
        Instant recordedAt = recordedOn.atTime(12, 0).atZone(AMSTERDAM).toInstant();
        return new GenericDomainEventMessage<>(
                "Case",
                stream,
                sequence,
                event,
                MetaData.emptyInstance(),
                UUID.randomUUID().toString(),
                recordedAt);
    }

    /** Hands the message to the projection's handlers, as its processor would. */
    static void deliver(Object projection, DomainEventMessage<?> message) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message);
        } catch (Exception e) {
            throw new AssertionError(
                    "the projection failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }
}
