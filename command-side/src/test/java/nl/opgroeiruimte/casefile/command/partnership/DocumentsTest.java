package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseScenario.*;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.ValidityPeriod;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionBody;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.DecisionRecorded;
import nl.opgroeiruimte.casefile.kernel.partnership.document.AddDocument;
import nl.opgroeiruimte.casefile.kernel.partnership.document.DocumentAdded;
import nl.opgroeiruimte.casefile.kernel.partnership.document.DocumentLink;
import nl.opgroeiruimte.casefile.kernel.partnership.document.DocumentLinked;
import nl.opgroeiruimte.casefile.kernel.partnership.document.LinkDocument;
import nl.opgroeiruimte.casefile.kernel.partnership.document.LinkedRecordKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents are the evidence behind agreements, decisions and meetings: added to the case and linked to them. */
class DocumentsTest {
    private static final LocalDate ADDED_ON = LocalDate.of(2025, 4, 2);
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final DocumentLink TO_INTENT_AGREEMENT = new DocumentLink(LinkedRecordKind.AGREEMENT, "intentie-1");
    private static final DocumentLink TO_COLLEGE_DECISION =
            new DocumentLink(LinkedRecordKind.DECISION, "collegebesluit-1");

    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theSignedIntentAgreementIsAddedAsTheEvidenceOfTheAgreement() {
        fixture.given(requested(), granted(), intentAgreement())
                .when(add("doc-1", List.of(TO_INTENT_AGREEMENT)))
                .expectEvents(added("doc-1", List.of(TO_INTENT_AGREEMENT)));
    }

    @Test
    void aDocumentCanBeAddedBeforeWhatItIsEvidenceOfIsRecorded() {
        fixture.given(requested()).when(add("doc-1", List.of())).expectEvents(added("doc-1", List.of()));
    }

    @Test
    void aDocumentIsLinkedOnlyToAnAgreementDecisionOrMeetingTheCaseHas() {
        fixture.given(requested(), granted())
                .when(add("doc-1", List.of(TO_INTENT_AGREEMENT)))
                .expectException(violatesOn("linked-record-unknown", "links[0].id"));
    }

    @Test
    void aDocumentIdIsRecordedOnlyOnce() {
        fixture.given(requested(), added("doc-1", List.of()))
                .when(add("doc-1", List.of()))
                .expectException(violatesOn("already-recorded", "documentId"));
    }

    @Test
    void aDocumentAddedEarlierIsLinkedToTheDecisionTakenLater() {
        fixture.given(requested(), granted(), added("doc-1", List.of()), collegeDecision())
                .when(new LinkDocument(CASE_ID, CIVIL_SERVANT, ADDED_ON, "doc-1", TO_COLLEGE_DECISION))
                .expectEvents(new DocumentLinked(CASE_ID, CIVIL_SERVANT, ADDED_ON, "doc-1", TO_COLLEGE_DECISION));
    }

    @Test
    void aDocumentIsLinkedToTheSameRecordOnce() {
        fixture.given(requested(), granted(), collegeDecision(), added("doc-1", List.of(TO_COLLEGE_DECISION)))
                .when(new LinkDocument(CASE_ID, CIVIL_SERVANT, ADDED_ON, "doc-1", TO_COLLEGE_DECISION))
                .expectException(violatesOn("already-recorded", "link"));
    }

    @Test
    void onlyADocumentOfTheCaseIsLinked() {
        fixture.given(requested(), granted(), collegeDecision())
                .when(new LinkDocument(CASE_ID, CIVIL_SERVANT, ADDED_ON, "doc-elders", TO_COLLEGE_DECISION))
                .expectException(unknown("document", "doc-elders"));
    }

    private static AddDocument add(String documentId, List<DocumentLink> links) {
        return new AddDocument(
                CASE_ID,
                CIVIL_SERVANT,
                ADDED_ON,
                documentId,
                SHA256,
                "application/pdf",
                48213,
                "intentieovereenkomst-getekend.pdf",
                links);
    }

    private static DocumentAdded added(String documentId, List<DocumentLink> links) {
        return new DocumentAdded(
                CASE_ID,
                CIVIL_SERVANT,
                ADDED_ON,
                documentId,
                SHA256,
                "application/pdf",
                48213,
                "intentieovereenkomst-getekend.pdf",
                links);
    }

    private static Object intentAgreement() {
        return agreementSigned(
                "intentie-1",
                AgreementKind.INTENT_AGREEMENT,
                LocalDate.of(2025, 3, 1),
                new ValidityPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1)));
    }

    private static DecisionRecorded collegeDecision() {
        return new DecisionRecorded(
                CASE_ID,
                CIVIL_SERVANT,
                LocalDate.of(2025, 3, 20),
                "collegebesluit-1",
                DecisionBody.COLLEGE,
                "Procesgeld haalbaarheidsstudie",
                "Het college stelt procesgeld beschikbaar",
                null);
    }
}
