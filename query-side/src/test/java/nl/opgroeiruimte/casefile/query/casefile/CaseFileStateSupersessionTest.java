package nl.opgroeiruimte.casefile.query.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.common.SystemActor;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementExpired;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementRenewed;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementSigned;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementTopic;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineFactSuperseded;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeadlineKind;
import nl.opgroeiruimte.casefile.kernel.partnership.track.SupersedingFact;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import org.junit.jupiter.api.Test;

/**
 * A fact the case file recorded when a date passed, made untrue by a fact recorded later, is left out of the
 * state whichever of the two the fold meets first: in the order things happened (the audit trail, the
 * indicators) the supersession comes first; in the order they were recorded (a consumer of the raw stream)
 * the superseded fact does.
 */
class CaseFileStateSupersessionTest {
    private static final LocalDate UNTIL = LocalDate.parse("2024-09-30");
    private static final LocalDate RENEWED_ON = LocalDate.parse("2024-09-15");

    private static RecordedEvent recorded(int sequence, Object payload) {
        return new RecordedEvent(
                "e" + sequence,
                "case",
                sequence,
                Instant.parse("2025-03-01T09:00:00Z").plusSeconds(sequence),
                payload);
    }

    private static List<RecordedEvent> inRecordingOrder() {
        return List.of(
                recorded(
                        1,
                        new AgreementSigned(
                                "case",
                                CaseFileBuilder.CIVIL_SERVANT,
                                LocalDate.parse("2024-03-15"),
                                "intent",
                                AgreementKind.INTENT_AGREEMENT,
                                "Intentieovereenkomst",
                                List.of(),
                                new ValidityPeriod(LocalDate.parse("2024-03-15"), UNTIL),
                                Set.of(AgreementTopic.ROLES_TASKS_RESPONSIBILITIES),
                                null,
                                null)),
                recorded(2, new AgreementExpired("case", SystemActor.CASE_FILE, UNTIL.plusDays(1), "intent", UNTIL)),
                recorded(
                        3,
                        new AgreementRenewed(
                                "case",
                                CaseFileBuilder.CIVIL_SERVANT,
                                RENEWED_ON,
                                "intent",
                                UNTIL,
                                LocalDate.parse("2025-09-30"),
                                null,
                                List.of())),
                recorded(
                        4,
                        new DeadlineFactSuperseded(
                                "case",
                                SystemActor.CASE_FILE,
                                RENEWED_ON,
                                DeadlineKind.AGREEMENT_EXPIRES,
                                "intent",
                                UNTIL,
                                SupersedingFact.AGREEMENT_RENEWED)));
    }

    private static CaseFileState fold(List<RecordedEvent> events) {
        CaseFileState state = new CaseFileState();
        events.forEach(state::apply);
        return state;
    }

    @Test
    void anExpiryARenewalEnteredLaterMadeUntrueIsNotPartOfTheAgreementInEitherOrder() {
        List<RecordedEvent> recordingOrder = inRecordingOrder();
        List<RecordedEvent> occurrenceOrder =
                List.of(recordingOrder.get(0), recordingOrder.get(2), recordingOrder.get(3), recordingOrder.get(1));

        for (CaseFileState state : List.of(fold(recordingOrder), fold(occurrenceOrder))) {
            var agreement = state.agreements.get("intent");
            assertThat(agreement.eventIds).containsExactlyInAnyOrder("e1", "e3");
            assertThat(agreement.history).noneMatch(line -> line.contains("expired"));
            assertThat(agreement.inForceOn(LocalDate.parse("2024-10-15"))).isTrue();
            var supersession = state.superseded.values().iterator().next();
            assertThat(supersession.supersededEventId).isEqualTo("e2");
            assertThat(supersession.eventId).isEqualTo("e4");
            assertThat(supersession.supersededBy).isEqualTo(SupersedingFact.AGREEMENT_RENEWED);
        }
    }

    @Test
    void asRecordedBeforeTheSupersessionTheExpiryStillStands() {
        CaseFileState state = fold(inRecordingOrder().subList(0, 2));

        assertThat(state.agreements.get("intent").history).contains(UNTIL.plusDays(1) + ": expired");
        assertThat(state.superseded).isEmpty();
    }
}
