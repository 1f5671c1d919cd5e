package nl.opgroeiruimte.casefile.command.municipality;

import static nl.opgroeiruimte.casefile.command.support.Refusals.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.*;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Maashorst (GM1991), created on 1 January 2022 from Uden (GM0856) and Landerd (GM1685) after the
 * reorganisation election of 17 November 2021, as an administrator records it on the successor.
 */
class MunicipalReorganisationTest {
    static final String MAASHORST = "GM1991";
    static final String UDEN = "GM0856";
    static final String LANDERD = "GM1685";
    static final LocalDate NEW_YEAR_2022 = LocalDate.of(2022, 1, 1);
    static final LocalDate REORGANISATION_ELECTION = LocalDate.of(2021, 11, 17);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final Actor ADMINISTRATOR = new Actor("beheerder", Party.municipality(MAASHORST), ActorRole.CIVIL_SERVANT);
    static final MetaData AS_ADMINISTRATOR =
            MetaData.from(new Caller("beheerder", CallerRole.ADMINISTRATOR, null, null).asMetaData());
    static final MetaData AS_STAFF =
            MetaData.from(new Caller("ambtenaar", CallerRole.MUNICIPAL_STAFF, MAASHORST, null).asMetaData());

    private FixtureConfiguration<Municipality> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Municipality.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    static MunicipalityRegistered maashorst() {
        return new MunicipalityRegistered(MAASHORST, ADMINISTRATOR, NEW_YEAR_2022, "Maashorst");
    }

    static RecordMunicipalReorganisation reorganisation(LocalDate on, String... former) {
        return new RecordMunicipalReorganisation(MAASHORST, ADMINISTRATOR, on, List.of(former));
    }

    @Nested
    class Recording {
        @Test
        void anAdministratorRecordsThatTheFormerMunicipalitiesMergedIntoTheSuccessor() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, UDEN, LANDERD), AS_ADMINISTRATOR)
                    .expectEvents(new MunicipalReorganisationRecorded(
                            MAASHORST, ADMINISTRATOR, NEW_YEAR_2022, List.of(UDEN, LANDERD)));
        }

        @Test
        void staffOfTheSuccessorDoNotRecordAReorganisation() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, UDEN, LANDERD), AS_STAFF)
                    .expectException(NotPermitted.class);
        }

        @Test
        void aReorganisationIsRecordedOnTheDayTheReferenceListGivesIt() {
            fixture.given(maashorst())
                    .when(reorganisation(LocalDate.of(2022, 3, 1), UDEN, LANDERD), AS_ADMINISTRATOR)
                    .expectException(violatesOn("reorganisation-date-mismatch", "occurredOn"));
        }

        @Test
        void theSuccessorIsNotAmongTheFormerMunicipalities() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, UDEN, MAASHORST), AS_ADMINISTRATOR)
                    .expectException(violatesOn("successor-among-former", "formerMunicipalities[1]"));
        }

        @Test
        void aMunicipalityThatStillExistsDidNotMergeAway() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, UDEN, "GM0193"), AS_ADMINISTRATOR)
                    .expectException(violatesOn("not-a-former-municipality", "formerMunicipalities[1]"));
        }

        @Test
        void aCodeUnknownToTheReferenceListIsRefused() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, "GM9999"), AS_ADMINISTRATOR)
                    .expectException(violatesOn("not-a-former-municipality", "formerMunicipalities[0]"));
        }

        @Test
        void aMunicipalityThatMergedIntoAnotherSuccessorIsRefused() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, "GM0398"), AS_ADMINISTRATOR)
                    .expectException(violatesOn("not-a-former-municipality", "formerMunicipalities[0]"));
        }

        @Test
        void aFormerMunicipalityMergesOnce() {
            fixture.given(
                            maashorst(),
                            new MunicipalReorganisationRecorded(MAASHORST, ADMINISTRATOR, NEW_YEAR_2022, List.of(UDEN)))
                    .when(reorganisation(NEW_YEAR_2022, LANDERD, UDEN), AS_ADMINISTRATOR)
                    .expectException(violatesOn("reorganisation-already-recorded", "formerMunicipalities[1]"));
        }

        @Test
        void aFormerMunicipalityIsNamedOnce() {
            fixture.given(maashorst())
                    .when(reorganisation(NEW_YEAR_2022, UDEN, UDEN), AS_ADMINISTRATOR)
                    .expectException(failsCheck("validFormerMunicipalities"));
        }
    }

    @Nested
    class ReorganisationElection {
        static final Actor CIVIL_SERVANT_OF_UDEN =
                new Actor("ambtenaar-uden", Party.municipality(UDEN), ActorRole.CIVIL_SERVANT);

        static MunicipalityRegistered uden() {
            return new MunicipalityRegistered(UDEN, CIVIL_SERVANT_OF_UDEN, LocalDate.of(2021, 3, 1), "Uden");
        }

        static RecordMunicipalElection election(LocalDate day, ElectionKind kind) {
            return new RecordMunicipalElection(UDEN, CIVIL_SERVANT_OF_UDEN, day.plusDays(2), day, List.of(), kind);
        }

        @Test
        void aReorganisationElectionIsHeldInTheNovemberBeforeOnADayOfItsOwn() {
            fixture.given(uden())
                    .when(election(REORGANISATION_ELECTION, ElectionKind.REORGANISATION))
                    .expectEvents(new MunicipalElectionRecorded(
                            UDEN,
                            CIVIL_SERVANT_OF_UDEN,
                            REORGANISATION_ELECTION.plusDays(2),
                            REORGANISATION_ELECTION,
                            false,
                            List.of(),
                            ElectionKind.REORGANISATION));
        }

        @Test
        void aReorganisationElectionIsNotHeldOnANationalElectionDay() {
            fixture.given(uden())
                    .when(election(LocalDate.of(2022, 3, 16), ElectionKind.REORGANISATION))
                    .expectException(violatesOn("reorganisation-election-on-national-day", "electionDate"));
        }

        @Test
        void aReorganisationElectionNamesItsDay() {
            fixture.given(uden())
                    .when(new RecordMunicipalElection(
                            UDEN,
                            CIVIL_SERVANT_OF_UDEN,
                            LocalDate.of(2021, 11, 19),
                            null,
                            List.of(),
                            ElectionKind.REORGANISATION))
                    .expectException(violatesOn("election-date-required", "electionDate"));
        }

        @Test
        void theRegularElectionIsHeldOnANationalElectionDay() {
            fixture.given(uden())
                    .when(election(REORGANISATION_ELECTION, ElectionKind.REGULAR))
                    .expectException(violatesOn("regular-election-not-on-national-day", "electionDate"));
        }
    }
}
