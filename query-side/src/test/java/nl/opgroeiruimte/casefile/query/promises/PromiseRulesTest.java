package nl.opgroeiruimte.casefile.query.promises;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AgreementKind;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.MilestoneResult;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerStatus;
import nl.opgroeiruimte.casefile.query.indicators.CaseFileBuilder;
import nl.opgroeiruimte.casefile.query.promises.PromiseLedger.College;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One scripted case across two college terms (the first college installed 2020-06-01, the election of
 * 2022-03-16, the second college installed 2022-06-01), with a promise for every status. Each test reads
 * the ledger as of a day and checks what became of one promise, and which events prove it.
 */
class PromiseRulesTest {
    private static final String OLD_COLLEGE = "college-2018";
    private static final String NEW_COLLEGE = "college-2022";
    private CaseFileBuilder file;
    private String grant;
    private String continued;
    private String metWithout;
    private String notMet;
    private String breach;
    private String fundingEnded;
    private String firstLater;
    private String secondLater;
    private String answeredNow;
    private String withdrawn;
    private String newDecision;
    private String terminated;

    @BeforeEach
    void aCaseLivedThroughTwoColleges() {
        file = CaseFileBuilder.aCase();
        file.collegeInstalled(parse("2020-06-01"), OLD_COLLEGE, "p-wethouder-oud");
        file.electionRecorded(parse("2022-03-17"), parse("2022-03-16"));
        file.collegeInstalled(parse("2022-06-01"), NEW_COLLEGE, "p-wethouder-nieuw");

        file.requested(parse("2021-01-10"));
        grant = file.granted(parse("2021-02-01"), parse("2023-01-31"));
        file.milestonePlanned(parse("2021-03-01"), "m1", parse("2021-09-01"));
        continued = file.milestoneDecided(parse("2021-09-01"), "m1", MilestoneResult.MET, true);
        file.milestonePlanned(parse("2021-10-01"), "m2", parse("2022-04-01"));
        metWithout = file.milestoneDecided(parse("2022-07-01"), "m2", MilestoneResult.MET, false);
        file.milestonePlanned(parse("2022-07-01"), "m3", parse("2022-12-01"));
        notMet = file.milestoneDecided(parse("2022-12-01"), "m3", MilestoneResult.NOT_MET, null);
        file.milestonePlanned(parse("2022-09-01"), "m4", parse("2023-03-01"));

        file.fundingCommitted(parse("2021-04-01"), "f1", parse("2021-04-01"), parse("2021-12-31"));
        file.fundingCommitted(parse("2022-07-15"), "f2", parse("2022-07-15"), parse("2023-07-14"));
        fundingEnded = file.fundingEnded(parse("2022-10-01"), "f2");

        file.agreementSigned(
                parse("2021-05-01"),
                "intent",
                AgreementKind.INTENT_AGREEMENT,
                parse("2021-05-01"),
                parse("2022-05-01"));
        file.agreementSigned(
                parse("2022-08-01"), "cooperation", AgreementKind.COOPERATION_AGREEMENT, parse("2022-08-01"), null);
        file.agreementSigned(
                parse("2021-06-01"), "declaration", AgreementKind.COOPERATION_DECLARATION, parse("2021-06-01"), null);
        terminated = file.agreementTerminated(parse("2022-11-01"), "declaration");

        file.questionAsked(parse("2021-06-01"), "q1");
        firstLater = file.answeredLater(parse("2021-06-15"), "q1", parse("2021-12-01"), null);
        secondLater = file.answeredLater(parse("2021-11-20"), "q1", parse("2022-06-01"), AnswerStatus.LATER);
        file.questionAsked(parse("2022-06-20"), "q2");
        file.answeredLater(parse("2022-07-01"), "q2", parse("2022-12-01"), null);
        answeredNow = file.answered(parse("2022-11-01"), "q2", AnswerStatus.NOW, AnswerStatus.LATER);
        file.questionAsked(parse("2022-07-20"), "q3");
        file.answeredLater(parse("2022-08-01"), "q3", parse("2023-01-01"), null);
        withdrawn = file.questionWithdrawn(parse("2022-09-01"), "q3");

        file.decided(parse("2021-03-01"), "d1", "procesgeld", "€ 40.000 voor de haalbaarheidsstudie");
        newDecision = file.decided(parse("2022-09-01"), "d2", "procesgeld", "€ 60.000 voor de planontwikkeling");

        breach = file.breached(parse("2022-10-15"), "b1");
    }

    private PromiseRules.Found promise(String promiseId, String asOf) {
        return PromiseRules.promisesOn(file.caseEventsInOccurrenceOrder(), LocalDate.parse(asOf)).stream()
                .filter(p -> p.promiseId().equals(promiseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no promise " + promiseId + " as of " + asOf));
    }

    private List<PromiseRules.Found> ledger(String asOf) {
        return PromiseRules.promisesOn(file.caseEventsInOccurrenceOrder(), LocalDate.parse(asOf));
    }

    @Test
    void aGuaranteeWhoseContinuationCameIsKept() {
        var p = promise("guarantee:m1", "2021-12-31");
        assertThat(p.status()).isEqualTo("kept");
        assertThat(p.rule()).isEqualTo("guarantee-continued");
        assertThat(p.eventIds()).contains(continued);
    }

    @Test
    void aMilestoneMetWithoutTheGuaranteedContinuationBreaksThePromiseOfTheCollegeBefore() {
        assertThat(promise("guarantee:m2", "2022-06-30").status()).isEqualTo("open");
        var p = promise("guarantee:m2", "2022-07-01");
        assertThat(p.status()).isEqualTo("broken");
        assertThat(p.rule()).isEqualTo("met-without-continuation");
        assertThat(p.eventIds()).contains(metWithout);
        // made under the old college, broken under the new one
        List<College> colleges = CollegeTerms.termsOn(file.municipalityEvents(), parse("2022-12-31"));
        assertThat(CollegeTerms.inOffice(colleges, p.made().occurredOn()).collegeId())
                .isEqualTo(OLD_COLLEGE);
        assertThat(CollegeTerms.inOffice(colleges, p.statusSince()).collegeId()).isEqualTo(NEW_COLLEGE);
    }

    @Test
    void aGuaranteeBackedByMoneyIsNotKeptByFundingThatDeliversSomethingElse() {
        // m5 promises € 60.000 once met; f1 and f2 (not linked to it) do not deliver it, f5 does
        file.milestonePlannedWithMoney(parse("2022-01-10"), "m5", parse("2022-09-01"), "60000");
        String met = file.milestoneDecided(parse("2022-09-01"), "m5", MilestoneResult.MET, false);
        file.fundingCommitted(parse("2022-09-15"), "f-other", parse("2022-09-15"), parse("2023-09-14"));
        assertThat(promise("guarantee:m5", "2022-08-31").status()).isEqualTo("open");
        var unfunded = promise("guarantee:m5", "2022-09-30");
        assertThat(unfunded.status()).isEqualTo("broken");
        assertThat(unfunded.rule()).isEqualTo("met-without-continuation");
        assertThat(unfunded.eventIds()).contains(met);

        String linked = file.fundingCommittedFor(parse("2022-10-10"), "f5", "m5");
        assertThat(promise("guarantee:m5", "2022-10-09").status()).isEqualTo("broken");
        var kept = promise("guarantee:m5", "2022-10-10");
        assertThat(kept.status()).isEqualTo("kept");
        assertThat(kept.rule()).isEqualTo("guarantee-funded");
        assertThat(kept.statusSince()).isEqualTo(parse("2022-10-10"));
        assertThat(kept.eventIds()).contains(met, linked);
    }

    @Test
    void aGuaranteeBackedByMoneyFundedBeforeItsMilestoneIsKeptWhenTheMilestoneIsMet() {
        file.milestonePlannedWithMoney(parse("2022-01-10"), "m6", parse("2022-09-01"), "25000");
        file.fundingCommittedFor(parse("2022-02-01"), "f6", "m6");
        assertThat(promise("guarantee:m6", "2022-08-31").status()).isEqualTo("open");
        file.milestoneDecided(parse("2022-09-01"), "m6", MilestoneResult.PARTLY_MET, true);
        var kept = promise("guarantee:m6", "2022-09-01");
        assertThat(kept.status()).isEqualTo("kept");
        assertThat(kept.statusSince()).isEqualTo(parse("2022-09-01"));
    }

    @Test
    void anExtensionOfTheExclusivityIsAPromiseOfItsOwnKeptWhenItsExtraPeriodPassesWithoutBreach() {
        String extended = file.exclusivityExtended(parse("2023-01-10"), parse("2023-01-31"), parse("2023-06-30"));
        assertThat(ledger("2023-01-09")).noneMatch(p -> p.promiseId().startsWith("exclusivity-extension:"));
        var open = promise("exclusivity-extension:" + extended, "2023-03-01");
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.statusSince()).isEqualTo(parse("2023-01-10"));
        assertThat(open.dueOn()).isEqualTo(parse("2023-06-30"));
        assertThat(open.form()).isEqualTo("exclusivity");
        // the breach of 2022-10-15 lies before the extra period: it breaks the grant's exclusivity, not this
        var kept = promise("exclusivity-extension:" + extended, "2023-07-01");
        assertThat(kept.status()).isEqualTo("kept");
        assertThat(kept.rule()).isEqualTo("exclusivity-respected");
        assertThat(kept.eventIds()).contains(extended);
    }

    @Test
    void anExtensionOfTheExclusivityIsBrokenByABreachInItsExtraPeriod() {
        String extended = file.exclusivityExtended(parse("2023-01-10"), parse("2023-01-31"), parse("2023-06-30"));
        String late = file.breached(parse("2023-03-01"), "b2");
        var p = promise("exclusivity-extension:" + extended, "2023-03-01");
        assertThat(p.status()).isEqualTo("broken");
        assertThat(p.eventIds()).contains(late);
    }

    @Test
    void aProcessPutOnHoldIsTheMunicipalitysPromiseKeptByItsReleaseAndBrokenByItsOwnBreachMeanwhile() {
        String held = file.processHeld(parse("2022-09-01"), "h1");
        String released = file.processReleased(parse("2022-10-01"), "h1");
        String stillHeld = file.processHeld(parse("2022-10-02"), "h2");
        var open = promise("process-hold:h1", "2022-09-15");
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.kind()).isEqualTo("process-hold");
        assertThat(open.eventIds()).contains(held);
        var kept = promise("process-hold:h1", "2022-12-31");
        assertThat(kept.status()).isEqualTo("kept");
        assertThat(kept.rule()).isEqualTo("hold-released");
        assertThat(kept.eventIds()).contains(released);
        // the municipality's breach of 2022-10-15 falls within the second hold
        assertThat(promise("process-hold:h2", "2022-10-14").status()).isEqualTo("open");
        var broken = promise("process-hold:h2", "2022-10-15");
        assertThat(broken.status()).isEqualTo("broken");
        assertThat(broken.rule()).isEqualTo("hold-breached");
        assertThat(broken.eventIds()).contains(stillHeld, breach);
    }

    @Test
    void aGuaranteeWhoseMilestoneWasNotMetExpires() {
        var p = promise("guarantee:m3", "2022-12-31");
        assertThat(p.status()).isEqualTo("expired");
        assertThat(p.eventIds()).contains(notMet);
    }

    @Test
    void aGuaranteeNotYetDueIsOpen() {
        assertThat(promise("guarantee:m4", "2022-12-31").status()).isEqualTo("open");
        assertThat(promise("guarantee:m4", "2023-03-02").rule()).isEqualTo("guarantee-overdue");
    }

    @Test
    void exclusivityBreachedWithinItsPeriodIsBrokenWithTheBreachAsProof() {
        assertThat(promise("grant-exclusivity:case-assendorp", "2022-10-14").status())
                .isEqualTo("open");
        var p = promise("grant-exclusivity:case-assendorp", "2022-10-15");
        assertThat(p.status()).isEqualTo("broken");
        assertThat(p.form()).isEqualTo("exclusivity");
        assertThat(p.eventIds()).contains(grant, breach);
    }

    @Test
    void theTimeGrantedIsKeptOnceItsPeriodRanOut() {
        assertThat(promise("grant-time:case-assendorp", "2023-01-31").status()).isEqualTo("open");
        var p = promise("grant-time:case-assendorp", "2023-02-01");
        assertThat(p.status()).isEqualTo("kept");
        assertThat(p.form()).isEqualTo("time");
    }

    @Test
    void fundingThatRanItsPeriodUnpaidExpiresAndFundingEndedEarlyIsBroken() {
        assertThat(promise("funding:f1", "2021-12-31").status()).isEqualTo("open");
        assertThat(promise("funding:f1", "2022-01-01").status()).isEqualTo("expired");
        var ended = promise("funding:f2", "2022-12-31");
        assertThat(ended.status()).isEqualTo("broken");
        assertThat(ended.rule()).isEqualTo("funding-ended-early");
        assertThat(ended.form()).isEqualTo("money");
        assertThat(ended.subject()).isEqualTo("process-financing € 40.000 (municipal)");
        assertThat(ended.eventIds()).contains(fundingEnded);
    }

    @Test
    void anAgreementTerminatedByOneSideSaysWhichSideInItsRule() {
        String oneSided = file.agreementTerminatedBy(
                parse("2022-12-01"),
                "cooperation",
                nl.opgroeiruimte.casefile.kernel.partnership.track.ActingSide.MUNICIPALITY);
        var p = promise("agreement:cooperation", "2022-12-31");
        assertThat(p.status()).isEqualTo("withdrawn");
        assertThat(p.rule()).isEqualTo("agreement-terminated-by-municipality");
        assertThat(p.eventIds()).contains(oneSided);
        assertThat(promise("agreement:declaration", "2022-12-31").rule()).isEqualTo("agreement-terminated");
    }

    @Test
    void anAgreementExpiresAtTheEndOfItsValidityAndIsWithdrawnWhenTerminated() {
        assertThat(promise("agreement:intent", "2022-05-01").status()).isEqualTo("open");
        assertThat(promise("agreement:intent", "2022-05-02").status()).isEqualTo("expired");
        assertThat(promise("agreement:cooperation", "2022-12-31").status()).isEqualTo("open");
        var p = promise("agreement:declaration", "2022-12-31");
        assertThat(p.status()).isEqualTo("withdrawn");
        assertThat(p.eventIds()).contains(terminated);
    }

    @Test
    void aLaterFollowedByANewLaterIsSupersededAndTheNewOnePastItsDateIsBroken() {
        var first = promise("later:" + firstLater, "2022-12-31");
        assertThat(first.status()).isEqualTo("superseded");
        assertThat(first.eventIds()).contains(secondLater);
        assertThat(promise("later:" + secondLater, "2022-06-01").status()).isEqualTo("open");
        var second = promise("later:" + secondLater, "2022-06-02");
        assertThat(second.status()).isEqualTo("broken");
        assertThat(second.rule()).isEqualTo("later-past-due");
        assertThat(second.dueOn()).isEqualTo(parse("2022-06-01"));
    }

    @Test
    void aLaterAnsweredIsKeptAndALaterWhoseQuestionWasWithdrawnIsWithdrawn() {
        var kept = ledger("2022-12-31").stream()
                .filter(p -> p.kind().equals("later") && p.eventIds().contains(answeredNow))
                .findFirst()
                .orElseThrow();
        assertThat(kept.status()).isEqualTo("kept");
        var gone = ledger("2022-12-31").stream()
                .filter(p -> p.kind().equals("later") && p.eventIds().contains(withdrawn))
                .findFirst()
                .orElseThrow();
        assertThat(gone.status()).isEqualTo("withdrawn");
    }

    @Test
    void aDecisionStandsUntilTheSameBodyDecidesOnTheSameSubjectAgain() {
        assertThat(promise("decision:d1", "2022-08-31").status()).isEqualTo("kept");
        var p = promise("decision:d1", "2022-09-01");
        assertThat(p.status()).isEqualTo("superseded");
        assertThat(p.eventIds()).contains(newDecision);
        assertThat(promise("decision:d2", "2022-09-01").status()).isEqualTo("kept");
    }

    @Test
    void theGrantItselfIsOpenWhileTheCaseRunsAndKeptWhenItMatures() {
        assertThat(promise("grant:case-assendorp", "2022-12-31").status()).isEqualTo("open");
        file.matured(parse("2023-06-01"));
        var p = promise("grant:case-assendorp", "2023-06-01");
        assertThat(p.status()).isEqualTo("kept");
        assertThat(p.rule()).isEqualTo("grant-matured");
    }

    @Test
    void aStopTakesBackTheGrantTheTimeAndTheGuaranteesStillOpen() {
        file.stopped(parse("2022-12-15"));
        assertThat(promise("grant:case-assendorp", "2022-12-15").status()).isEqualTo("withdrawn");
        assertThat(promise("grant-time:case-assendorp", "2022-12-15").status()).isEqualTo("withdrawn");
        assertThat(promise("guarantee:m4", "2022-12-15").status()).isEqualTo("withdrawn");
        // what was decided before the stop keeps its status
        assertThat(promise("guarantee:m1", "2022-12-15").status()).isEqualTo("kept");
    }

    @Test
    void asOfADayBeforeAPromiseWasMadeTheLedgerDoesNotHoldIt() {
        assertThat(ledger("2021-02-28"))
                .extracting(PromiseRules.Found::promiseId)
                .containsExactlyInAnyOrder(
                        "grant:case-assendorp", "grant-time:case-assendorp", "grant-exclusivity:case-assendorp");
        assertThat(ledger("2021-01-09")).isEmpty();
    }

    @Test
    void theCollegesAreNamedWithTheirTermsAndTheElectionBefore() {
        List<College> colleges = CollegeTerms.termsOn(file.municipalityEvents(), parse("2022-12-31"));
        assertThat(colleges).extracting(College::collegeId).containsExactly(OLD_COLLEGE, NEW_COLLEGE);
        assertThat(colleges.get(0).until()).isEqualTo(parse("2022-05-31"));
        assertThat(colleges.get(1).until()).isNull();
        assertThat(colleges.get(1).electedOn()).isEqualTo(parse("2022-03-16"));
        assertThat(colleges.get(1).members())
                .extracting(PromiseLedger.Member::personId)
                .containsExactly("p-burgemeester", "p-wethouder-nieuw");
        // as of a day in the first term, the second college does not exist yet
        assertThat(CollegeTerms.termsOn(file.municipalityEvents(), parse("2021-12-31")))
                .extracting(College::collegeId)
                .containsExactly(OLD_COLLEGE);
    }
}
