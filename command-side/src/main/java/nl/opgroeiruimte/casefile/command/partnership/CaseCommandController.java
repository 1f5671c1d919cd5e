package nl.opgroeiruimte.casefile.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.opgroeiruimte.casefile.command.api.CommandDispatcher;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.AmendAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.RenewAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.SignAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.agreement.TerminateAgreement;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordDecision;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.RecordMeeting;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.BreachExclusivity;
import nl.opgroeiruimte.casefile.kernel.partnership.exclusivity.ResolveExclusivityBreach;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.CommitFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.EndFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RecordFundingPayment;
import nl.opgroeiruimte.casefile.kernel.partnership.funding.RefuseFunding;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RecordMilestoneOutcome;
import nl.opgroeiruimte.casefile.kernel.partnership.milestone.RescheduleMilestone;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordGovernmentRoles;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordMarketApproach;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordNeighbourhoods;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordProcessPhase;
import nl.opgroeiruimte.casefile.kernel.partnership.process.RecordRoute;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AnswerQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.AskQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.FollowUpQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.question.WithdrawQuestion;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AppointFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.AssignRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.HandOverRole;
import nl.opgroeiruimte.casefile.kernel.partnership.role.ReleaseFacilitator;
import nl.opgroeiruimte.casefile.kernel.partnership.role.VacateRole;
import nl.opgroeiruimte.casefile.kernel.partnership.track.DeclareMaturity;
import nl.opgroeiruimte.casefile.kernel.partnership.track.GrantOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.PauseCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.RequestOpgroeiruimte;
import nl.opgroeiruimte.casefile.kernel.partnership.track.ResumeCase;
import nl.opgroeiruimte.casefile.kernel.partnership.track.StopCase;
import nl.opgroeiruimte.casefile.kernel.partnership.work.ClarifyTheme;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordDoenWork;
import nl.opgroeiruimte.casefile.kernel.partnership.work.RecordJointStory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every command on a case is the creation of a record: a POST on a noun under the case.
 * The body is the command without the ids in the path; the answer is 201 with Location and ETag.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "case commands", description = "Record what happens in a case")
public class CaseCommandController {
    private final CommandDispatcher commands;

    public CaseCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("")
    @Operation(summary = "Request opgroeiruimte: open a new case")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RequestOpgroeiruimte.class)))
    public ResponseEntity<Object> request(@RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RequestOpgroeiruimte.class)
                .at("/api/v1/cases/{caseId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/grant")
    @Operation(summary = "Grant opgroeiruimte with both preconditions and the exclusivity")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = GrantOpgroeiruimte.class)))
    public ResponseEntity<Object> grant(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(GrantOpgroeiruimte.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/grant")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/pauses")
    @Operation(summary = "Put the track on hold")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = PauseCase.class)))
    public ResponseEntity<Object> pause(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(PauseCase.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/pauses")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/resumptions")
    @Operation(summary = "Resume a paused track")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ResumeCase.class)))
    public ResponseEntity<Object> resume(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(ResumeCase.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/resumptions")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/facilitators")
    @Operation(summary = "Appoint a facilitator")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AppointFacilitator.class)))
    public ResponseEntity<Object> appointFacilitator(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(AppointFacilitator.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/facilitators/{personId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/facilitators/{personId}/release")
    @Operation(summary = "Release a facilitator")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ReleaseFacilitator.class)))
    public ResponseEntity<Object> releaseFacilitator(
            @PathVariable String caseId,
            @PathVariable String personId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(ReleaseFacilitator.class)
                .path("caseId", caseId)
                .path("personId", personId)
                .at("/api/v1/cases/{caseId}/facilitators/{personId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/milestones")
    @Operation(summary = "Plan a milestone with its guarantee")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMilestone.class)))
    public ResponseEntity<Object> planMilestone(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMilestone.class)
                .path("caseId", caseId)
                .creates("milestoneId")
                .at("/api/v1/cases/{caseId}/milestones/{milestoneId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/milestones/{milestoneId}/outcome")
    @Operation(summary = "Record the outcome of a milestone")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMilestoneOutcome.class)))
    public ResponseEntity<Object> recordOutcome(
            @PathVariable String caseId,
            @PathVariable String milestoneId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMilestoneOutcome.class)
                .path("caseId", caseId)
                .path("milestoneId", milestoneId)
                .at("/api/v1/cases/{caseId}/milestones/{milestoneId}/outcome")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/milestones/{milestoneId}/reschedulings")
    @Operation(summary = "Reschedule a milestone")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RescheduleMilestone.class)))
    public ResponseEntity<Object> reschedule(
            @PathVariable String caseId,
            @PathVariable String milestoneId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RescheduleMilestone.class)
                .path("caseId", caseId)
                .path("milestoneId", milestoneId)
                .at("/api/v1/cases/{caseId}/milestones/{milestoneId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/exclusivity-breaches")
    @Operation(summary = "Record a breach of exclusivity")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = BreachExclusivity.class)))
    public ResponseEntity<Object> recordBreach(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(BreachExclusivity.class)
                .path("caseId", caseId)
                .creates("breachId")
                .at("/api/v1/cases/{caseId}/exclusivity-breaches/{breachId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/exclusivity-breaches/{breachId}/resolution")
    @Operation(summary = "Record how a breach was resolved")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ResolveExclusivityBreach.class)))
    public ResponseEntity<Object> resolveBreach(
            @PathVariable String caseId,
            @PathVariable String breachId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(ResolveExclusivityBreach.class)
                .path("caseId", caseId)
                .path("breachId", breachId)
                .at("/api/v1/cases/{caseId}/exclusivity-breaches/{breachId}/resolution")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/agreements")
    @Operation(summary = "Sign an agreement of any rung of the ladder")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = SignAgreement.class)))
    public ResponseEntity<Object> signAgreement(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(SignAgreement.class)
                .path("caseId", caseId)
                .creates("agreementId")
                .at("/api/v1/cases/{caseId}/agreements/{agreementId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/agreements/{agreementId}/amendments")
    @Operation(summary = "Amend an agreement")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AmendAgreement.class)))
    public ResponseEntity<Object> amendAgreement(
            @PathVariable String caseId,
            @PathVariable String agreementId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(AmendAgreement.class)
                .path("caseId", caseId)
                .path("agreementId", agreementId)
                .at("/api/v1/cases/{caseId}/agreements/{agreementId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/agreements/{agreementId}/renewals")
    @Operation(summary = "Renew an agreement")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RenewAgreement.class)))
    public ResponseEntity<Object> renewAgreement(
            @PathVariable String caseId,
            @PathVariable String agreementId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RenewAgreement.class)
                .path("caseId", caseId)
                .path("agreementId", agreementId)
                .at("/api/v1/cases/{caseId}/agreements/{agreementId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/agreements/{agreementId}/termination")
    @Operation(summary = "Terminate an agreement")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = TerminateAgreement.class)))
    public ResponseEntity<Object> terminateAgreement(
            @PathVariable String caseId,
            @PathVariable String agreementId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(TerminateAgreement.class)
                .path("caseId", caseId)
                .path("agreementId", agreementId)
                .at("/api/v1/cases/{caseId}/agreements/{agreementId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/work")
    @Operation(summary = "Record work on a DOEN part")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordDoenWork.class)))
    public ResponseEntity<Object> recordWork(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordDoenWork.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/work")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/themes/{theme}/clarifications")
    @Operation(summary = "Clarify a VERHELDEREN theme")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = ClarifyTheme.class)))
    public ResponseEntity<Object> clarifyTheme(
            @PathVariable String caseId,
            @PathVariable String theme,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(ClarifyTheme.class)
                .path("caseId", caseId)
                .path("theme", theme)
                .at("/api/v1/cases/{caseId}/themes/{theme}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/meetings")
    @Operation(summary = "Record a meeting or guided session")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMeeting.class)))
    public ResponseEntity<Object> recordMeeting(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMeeting.class)
                .path("caseId", caseId)
                .creates("meetingId")
                .at("/api/v1/cases/{caseId}/meetings/{meetingId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/decisions")
    @Operation(summary = "Record a decision")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordDecision.class)))
    public ResponseEntity<Object> recordDecision(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordDecision.class)
                .path("caseId", caseId)
                .creates("decisionId")
                .at("/api/v1/cases/{caseId}/decisions/{decisionId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/funding")
    @Operation(summary = "Record committed funding")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = CommitFunding.class)))
    public ResponseEntity<Object> commitFunding(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(CommitFunding.class)
                .path("caseId", caseId)
                .creates("fundingId")
                .at("/api/v1/cases/{caseId}/funding/{fundingId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/funding/{fundingId}/payments")
    @Operation(summary = "Record a payment of committed funding")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordFundingPayment.class)))
    public ResponseEntity<Object> payFunding(
            @PathVariable String caseId,
            @PathVariable String fundingId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(RecordFundingPayment.class)
                .path("caseId", caseId)
                .path("fundingId", fundingId)
                .at("/api/v1/cases/{caseId}/funding/{fundingId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/funding/{fundingId}/ending")
    @Operation(summary = "Record that funding ended")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = EndFunding.class)))
    public ResponseEntity<Object> endFunding(
            @PathVariable String caseId,
            @PathVariable String fundingId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(EndFunding.class)
                .path("caseId", caseId)
                .path("fundingId", fundingId)
                .at("/api/v1/cases/{caseId}/funding/{fundingId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/funding-refusals")
    @Operation(summary = "Record a refused request for funding")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RefuseFunding.class)))
    public ResponseEntity<Object> refuseFunding(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RefuseFunding.class)
                .path("caseId", caseId)
                .creates("fundingId")
                .at("/api/v1/cases/{caseId}/funding/{fundingId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/roles/{role}/assignments")
    @Operation(summary = "Assign a vacant key role")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AssignRole.class)))
    public ResponseEntity<Object> assignRole(
            @PathVariable String caseId,
            @PathVariable String role,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(AssignRole.class)
                .path("caseId", caseId)
                .path("role", role)
                .at("/api/v1/cases/{caseId}/roles/{role}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/roles/{role}/vacancies")
    @Operation(summary = "Record that a key role became vacant")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = VacateRole.class)))
    public ResponseEntity<Object> vacateRole(
            @PathVariable String caseId,
            @PathVariable String role,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(VacateRole.class)
                .path("caseId", caseId)
                .path("role", role)
                .at("/api/v1/cases/{caseId}/roles/{role}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/roles/{role}/handovers")
    @Operation(summary = "Hand a key role over to a successor")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = HandOverRole.class)))
    public ResponseEntity<Object> handOverRole(
            @PathVariable String caseId,
            @PathVariable String role,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(HandOverRole.class)
                .path("caseId", caseId)
                .path("role", role)
                .at("/api/v1/cases/{caseId}/roles/{role}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/joint-story")
    @Operation(summary = "Record the joint story")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordJointStory.class)))
    public ResponseEntity<Object> recordJointStory(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordJointStory.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/joint-story")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/questions")
    @Operation(summary = "Record a question one party puts to the other")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AskQuestion.class)))
    public ResponseEntity<Object> askQuestion(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(AskQuestion.class)
                .path("caseId", caseId)
                .creates("questionId")
                .at("/api/v1/cases/{caseId}/questions/{questionId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/questions/{questionId}/answers")
    @Operation(summary = "Answer a question: now, later or never, with considerations and mandate")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AnswerQuestion.class)))
    public ResponseEntity<Object> answerQuestion(
            @PathVariable String caseId,
            @PathVariable String questionId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(AnswerQuestion.class)
                .path("caseId", caseId)
                .path("questionId", questionId)
                .at("/api/v1/cases/{caseId}/questions/{questionId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/questions/{questionId}/follow-ups")
    @Operation(summary = "Record the follow-up of a question answered 'later'")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = FollowUpQuestion.class)))
    public ResponseEntity<Object> followUpQuestion(
            @PathVariable String caseId,
            @PathVariable String questionId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(FollowUpQuestion.class)
                .path("caseId", caseId)
                .path("questionId", questionId)
                .at("/api/v1/cases/{caseId}/questions/{questionId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/questions/{questionId}/withdrawal")
    @Operation(summary = "Withdraw a question that is unanswered or answered 'later'")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = WithdrawQuestion.class)))
    public ResponseEntity<Object> withdrawQuestion(
            @PathVariable String caseId,
            @PathVariable String questionId,
            @RequestBody JsonNode body,
            @RequestHeader HttpHeaders headers) {
        return commands.command(WithdrawQuestion.class)
                .path("caseId", caseId)
                .path("questionId", questionId)
                .at("/api/v1/cases/{caseId}/questions/{questionId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/phases")
    @Operation(summary = "Record the phase of the municipal process the case is in")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordProcessPhase.class)))
    public ResponseEntity<Object> recordPhase(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordProcessPhase.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/phases")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/government-roles")
    @Operation(summary = "Record the set of government roles the municipality takes in the case")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordGovernmentRoles.class)))
    public ResponseEntity<Object> recordGovernmentRoles(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordGovernmentRoles.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/government-roles")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/routes")
    @Operation(summary = "Record the route of the cooperation, with its decision")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordRoute.class)))
    public ResponseEntity<Object> recordRoute(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordRoute.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/routes")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/market-approaches")
    @Operation(
            summary =
                    "Record a tender or market consultation on the case's scope (during exclusivity: only as a breach)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordMarketApproach.class)))
    public ResponseEntity<Object> recordMarketApproach(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordMarketApproach.class)
                .path("caseId", caseId)
                .creates("approachId")
                .at("/api/v1/cases/{caseId}/market-approaches/{approachId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/neighbourhoods")
    @Operation(summary = "Record the neighbourhoods the case is about")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = RecordNeighbourhoods.class)))
    public ResponseEntity<Object> recordNeighbourhoods(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(RecordNeighbourhoods.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}/neighbourhoods")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/maturity")
    @Operation(summary = "Declare the partnership mature")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = DeclareMaturity.class)))
    public ResponseEntity<Object> declareMaturity(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(DeclareMaturity.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}")
                .send(body, headers);
    }

    @PostMapping("/{caseId}/closure")
    @Operation(summary = "Stop the track, with the reason")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = StopCase.class)))
    public ResponseEntity<Object> stop(
            @PathVariable String caseId, @RequestBody JsonNode body, @RequestHeader HttpHeaders headers) {
        return commands.command(StopCase.class)
                .path("caseId", caseId)
                .at("/api/v1/cases/{caseId}")
                .send(body, headers);
    }
}
