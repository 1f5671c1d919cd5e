package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneDueDatePassed;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneOwners;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestonePlanned;
import nl.opgroeiruimte.casefile.kernel.partnership.process.CooperationRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRole;
import nl.opgroeiruimte.casefile.kernel.partnership.process.GovernmentRolesRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachKind;
import nl.opgroeiruimte.casefile.kernel.partnership.process.MarketApproachRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.Neighbourhood;
import nl.opgroeiruimte.casefile.kernel.partnership.process.NeighbourhoodsRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RouteRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAnswered;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionAsked;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.question.QuestionWithdrawn;
import nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.RoleAssigned;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.junit.jupiter.api.Test;

/**
 * A long case is rebuilt from a snapshot: the case with its members serialised as JSON (fields, not
 * getters) and read back. What it remembers of questions, phases, roles, routes, market approaches and
 * neighbourhoods must survive that, or the rules would judge a long case differently from a short one.
 * A snapshot of the case's earlier shape (before its members, class {@code Partnership}, no revision) is
 * not read: the case is then sourced from its events.
 */
class CaseSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final AggregateModel<Case> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Case.class);

    @Test
    void whatTheCaseAndItsMembersRememberSurvivesASnapshot() throws Exception {
        LocalDate march = LocalDate.of(2025, 3, 3);
        LocalDate april = LocalDate.of(2025, 4, 7);
        Case original = sourcedFrom(
                requested(),
                granted(),
                new QuestionAsked(
                        CASE_ID,
                        BOARD_MEMBER,
                        march,
                        "q1",
                        BOARD_MEMBER,
                        Party.municipality(MUNICIPALITY),
                        QuestionTopic.LAND,
                        "Grond?"),
                new QuestionAnswered(
                        CASE_ID,
                        ALDERMAN,
                        april,
                        "q1",
                        ALDERMAN,
                        AnswerStatus.LATER,
                        "Bestemmingsplan",
                        "mandaat",
                        LocalDate.of(2025, 9, 1),
                        null,
                        null),
                new QuestionAsked(
                        CASE_ID,
                        CIVIL_SERVANT,
                        march,
                        "q2",
                        CIVIL_SERVANT,
                        Party.initiative(INITIATIVE),
                        QuestionTopic.DATA,
                        "Leden?"),
                new QuestionWithdrawn(CASE_ID, CIVIL_SERVANT, april, "q2", "Niet meer nodig"),
                new MilestonePlanned(
                        CASE_ID,
                        CIVIL_SERVANT,
                        march,
                        "m1",
                        "Haalbaarheidsstudie",
                        LocalDate.of(2025, 5, 1),
                        new MilestoneOwners("ambtenaar-energie", "bestuurder-warm"),
                        null),
                new MilestoneDueDatePassed(
                        CASE_ID, SystemActor.CASE_FILE, LocalDate.of(2025, 5, 2), "m1", LocalDate.of(2025, 5, 1)),
                new RoleAssigned(CASE_ID, CIVIL_SERVANT, march, CaseRole.MUNICIPAL_CONTACT, "p-anna", "Energie"),
                new ProcessPhaseRecorded(CASE_ID, CIVIL_SERVANT, march, ProcessPhase.DEFINITION, null),
                new ProcessPhaseRecorded(CASE_ID, CIVIL_SERVANT, march, ProcessPhase.DESIGN_AND_DECISION, null),
                new GovernmentRolesRecorded(
                        CASE_ID, ALDERMAN, march, Set.of(GovernmentRole.NETWORKING, GovernmentRole.RESPONSIVE), null),
                new RouteRecorded(CASE_ID, CIVIL_SERVANT, april, CooperationRoute.RIGHT_TO_CHALLENGE, "besluit", null),
                new MarketApproachRecorded(
                        CASE_ID,
                        BOARD_MEMBER,
                        april,
                        "mc1",
                        MarketApproachKind.MARKET_CONSULTATION,
                        "Marktconsultatie",
                        null,
                        null),
                new NeighbourhoodsRecorded(
                        CASE_ID,
                        BOARD_MEMBER,
                        april,
                        List.of(
                                new Neighbourhood("BU01930101", "Assendorp"),
                                new Neighbourhood(null, "Schellerpark"))));

        String snapshot = JSON.writeValueAsString(original);
        Case restored = JSON.readValue(snapshot, Case.class);

        assertThat(snapshot)
                .contains(
                        "questions",
                        "milestones",
                        "roles",
                        "latestFact",
                        "phasesByDay",
                        "governmentRoles",
                        "routes",
                        "marketApproaches",
                        "neighbourhoods");
        assertThat(restored)
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(original);
    }

    @Test
    void theCaseIsStoredUnderItsFirstNameAndItsSnapshotsCarryTheRevisionOfTheCaseWithMembers() {
        assertThat(MODEL.type()).isEqualTo("Partnership");
        assertThat(new AnnotationRevisionResolver().revisionOf(Case.class)).isEqualTo("2");
    }

    @Test
    void aSnapshotOfTheCaseBeforeItHadMembersIsPassedOverAndTheCaseIsSourcedFromItsEvents() {
        SnapshotFilter filter = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Case.class)
                .buildConfiguration()
                .snapshotFilter();

        assertThat(filter.allow(snapshot("nl.opgroeiruimte.casefile.command.partnership.Partnership", null)))
                .as("a snapshot of the earlier shape")
                .isFalse();
        assertThat(filter.allow(snapshot(Case.class.getName(), "2")))
                .as("a snapshot of the case with its members")
                .isTrue();
    }

    private static DomainEventData<byte[]> snapshot(String payloadType, String revision) {
        return new GenericDomainEventEntry<>(
                Case.TYPE,
                CASE_ID,
                300,
                "snapshot-1",
                Instant.parse("2025-06-01T10:00:00Z"),
                payloadType,
                revision,
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    /** The case as Axon sources it: each event through the handlers of the case and of its members. */
    private static Case sourcedFrom(Object... events) {
        Case state = new Case();
        for (Object event : events) MODEL.publish(GenericEventMessage.asEventMessage(event), state);
        return state;
    }
}
