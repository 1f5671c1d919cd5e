package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.ProcessPhaseRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.CaseMovedToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.MoveCaseToSuccessor;
import nl.opgroeiruimte.casefile.kernel.partnership.track.OpgroeiruimteRequested;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case of Uden (GM0856), requested in 2021, that passed to Maashorst (GM1991) when Uden and Landerd
 * merged on 1 January 2022: the move is an event in the case's own history, and what happened before it
 * stays the former municipality's.
 */
class CaseMovedToSuccessorTest {
    static final String UDEN = "GM0856";
    static final String MAASHORST = "GM1991";
    static final LocalDate REQUESTED_IN_UDEN = LocalDate.of(2021, 4, 12);
    static final LocalDate NEW_YEAR_2022 = LocalDate.of(2022, 1, 1);
    static final Actor CIVIL_SERVANT_OF_UDEN =
            new Actor("ambtenaar-uden", Party.municipality(UDEN), ActorRole.CIVIL_SERVANT);
    static final Actor CIVIL_SERVANT_OF_MAASHORST =
            new Actor("ambtenaar-maashorst", Party.municipality(MAASHORST), ActorRole.CIVIL_SERVANT);

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    static OpgroeiruimteRequested requestedInUden() {
        return new OpgroeiruimteRequested(
                CASE_ID, CIVIL_SERVANT_OF_UDEN, REQUESTED_IN_UDEN, UDEN, INITIATIVE, SCOPE, MOTIVATION);
    }

    static CaseMovedToSuccessor moved() {
        return new CaseMovedToSuccessor(CASE_ID, SystemActor.CASE_FILE, NEW_YEAR_2022, UDEN, MAASHORST);
    }

    static MoveCaseToSuccessor move() {
        return new MoveCaseToSuccessor(CASE_ID, NEW_YEAR_2022, UDEN, MAASHORST);
    }

    @Test
    void aReorganisationMovesTheCaseToTheSuccessorAsOfItsDay() {
        fixture.given(requestedInUden()).when(move()).expectEvents(moved());
    }

    @Test
    void aCaseMovedAlreadyIgnoresTheSameMoveSentAgain() {
        fixture.given(requestedInUden(), moved())
                .when(move())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCaseOfAnotherMunicipalityIsNotMoved() {
        fixture.given(requested())
                .when(move())
                .expectException(violatesOn("case-not-of-former-municipality", "formerMunicipality"));
    }

    @Test
    void afterTheMoveTheSuccessorRecordsInTheCase() {
        LocalDate march = LocalDate.of(2022, 3, 7);
        fixture.given(requestedInUden(), moved())
                .when(new RecordProcessPhase(CASE_ID, CIVIL_SERVANT_OF_MAASHORST, march, ProcessPhase.INITIATIVE, null))
                .expectEvents(new ProcessPhaseRecorded(
                        CASE_ID, CIVIL_SERVANT_OF_MAASHORST, march, ProcessPhase.INITIATIVE, null));
    }

    @Test
    void theFormerMunicipalityActsInTheCaseNoLongerAfterTheMove() {
        fixture.given(requestedInUden(), moved())
                .when(new RecordProcessPhase(
                        CASE_ID, CIVIL_SERVANT_OF_UDEN, LocalDate.of(2022, 3, 7), ProcessPhase.INITIATIVE, null))
                .expectException(violatesOn("party-not-in-case", "actor.party"));
    }

    @Test
    void historyFromBeforeTheMoveIsStillEnteredAsTheFormerMunicipalityDidIt() {
        LocalDate autumn = LocalDate.of(2021, 10, 4);
        fixture.given(requestedInUden(), moved())
                .when(new RecordProcessPhase(CASE_ID, CIVIL_SERVANT_OF_UDEN, autumn, ProcessPhase.INITIATIVE, null))
                .expectEvents(new ProcessPhaseRecorded(
                        CASE_ID, CIVIL_SERVANT_OF_UDEN, autumn, ProcessPhase.INITIATIVE, null));
    }
}
