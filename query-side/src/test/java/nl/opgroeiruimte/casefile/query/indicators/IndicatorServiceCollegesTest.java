package nl.opgroeiruimte.casefile.query.indicators;

import static nl.opgroeiruimte.casefile.kernel.partnership.role.CaseRole.RESPONSIBLE_ALDERMAN;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.CIVIL_SERVANT;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.MUNICIPALITY;
import static nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder.aCase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.DepartureReason;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityCommand;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import nl.opgroeiruimte.casefile.query.casefile.HistoryCacheProperties;
import nl.opgroeiruimte.casefile.query.support.Labels;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service reads the colleges of the case's municipality, and the departures from them, from the event store. */
class IndicatorServiceCollegesTest {
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final CaseFileBuilder file = aCase();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private IndicatorService service() {
        file.publishTo(store);
        return new IndicatorService(
                new CaseHistory(store, new HistoryCacheProperties(100_000)),
                AllRules.instances(),
                IndicatorDefaults.thresholds(),
                Labels.standalone(),
                Clock.fixed(LocalDate.parse("2025-06-01").atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    private static CollegeMember alderman(String personId) {
        return new CollegeMember(personId, List.of("energie"), "Lokaal Belang");
    }

    private List<String> portfolioReasonEvents(IndicatorService service, String day) {
        return service.evaluate(file.caseId(), LocalDate.parse(day)).reasons().stream()
                .filter(r -> r.rule().equals("portfolio-holder-not-in-college"))
                .flatMap(r -> r.eventIds().stream())
                .toList();
    }

    @Test
    void aNewCollegeAndADepartureAreReadFromTheMunicipalityStream() {
        String installed = file.recordedForMunicipality(new CollegeInstalled(
                MUNICIPALITY,
                CIVIL_SERVANT,
                LocalDate.parse("2022-06-01"),
                "college-2022",
                alderman("p-burgemeester"),
                List.of(alderman("p-wethouder-a"))));
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        String assigned = file.roleAssigned(LocalDate.parse("2024-02-01"), RESPONSIBLE_ALDERMAN, "p-wethouder-a", null);
        String left = file.recordedForMunicipality(new AldermanDeparted(
                MUNICIPALITY,
                CIVIL_SERVANT,
                LocalDate.parse("2025-01-15"),
                "college-2022",
                "p-wethouder-a",
                DepartureReason.values()[0],
                null,
                alderman("p-wethouder-c")));
        IndicatorService service = service();

        assertThat(installed).isNotNull();
        assertThat(portfolioReasonEvents(service, "2025-01-14")).isEmpty();
        assertThat(portfolioReasonEvents(service, "2025-01-15")).containsExactly(left, assigned);
    }

    @Test
    void aCaseMovedInAReorganisationIsJudgedByTheSuccessorsCollegeFromTheMoveOn() {
        String successor = "GM1991";
        file.recordedForMunicipality(new CollegeInstalled(
                MUNICIPALITY,
                CIVIL_SERVANT,
                LocalDate.parse("2022-06-01"),
                "college-2022",
                alderman("p-burgemeester"),
                List.of(alderman("p-wethouder-a"))));
        file.requested(LocalDate.parse("2024-01-08"));
        file.granted(LocalDate.parse("2024-02-01"));
        String assigned = file.roleAssigned(LocalDate.parse("2024-02-01"), RESPONSIBLE_ALDERMAN, "p-wethouder-a", null);
        file.recorded(new CaseMovedToSuccessor(
                file.caseId(), SystemActor.CASE_FILE, LocalDate.parse("2025-01-01"), MUNICIPALITY, successor));
        CollegeInstalled successorsCollege = new CollegeInstalled(
                successor,
                CIVIL_SERVANT,
                LocalDate.parse("2025-01-06"),
                "college-2025",
                alderman("p-burgemeester-nieuw"),
                List.of(alderman("p-wethouder-b")));
        store.publish(new GenericDomainEventMessage<>(
                "Municipality",
                MunicipalityCommand.streamId(successor),
                0,
                successorsCollege,
                java.util.Map.of(),
                "s1-college-installed",
                LocalDate.parse("2025-01-06").atTime(12, 0).toInstant(ZoneOffset.UTC)));
        IndicatorService service = service();

        assertThat(portfolioReasonEvents(service, "2025-01-05"))
                .as("the former municipality's college stays the one in office until the successor installs its own")
                .isEmpty();
        assertThat(portfolioReasonEvents(service, "2025-01-06")).containsExactly("s1-college-installed", assigned);
        assertThat(service.history(file.caseId(), LocalDate.parse("2025-02-01")))
                .extracting(StatusChange::from)
                .contains(LocalDate.parse("2025-01-06"));
    }
}
