package nl.opgroeiruimte.casefile.query.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.opgroeiruimte.casefile.kernel.common.UnknownEntity;
import nl.opgroeiruimte.casefile.query.access.CaseAccess;
import nl.opgroeiruimte.casefile.query.events.CaseEventsController.StoredEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every record a command creates in a case can be read where the command's {@code Location} points:
 * the stored events that make up that record, in recording order (the meeting as recorded, the
 * milestone with its reschedulings and outcome, every pause). A record is found by its id in the
 * events' payload, or, where it has no id of its own, by the kind of event that records it.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}")
@Tag(name = "case history")
public class CaseRecordsController {
    private final EventStore eventStore;
    private final CaseAccess access;

    public CaseRecordsController(EventStore eventStore, CaseAccess access) {
        this.eventStore = eventStore;
        this.access = access;
    }

    /** A record of a case: the stored events that make it up. */
    public record CaseRecord(String caseId, String record, List<StoredEvent> events) {}

    @GetMapping("/grant")
    @Operation(summary = "The grant of opgroeiruimte")
    public CaseRecord theGrant(@PathVariable String caseId) {
        return ofType(caseId, "grant", "OpgroeiruimteGranted");
    }

    @GetMapping("/pauses")
    @Operation(summary = "Every pause of the track")
    public CaseRecord pauses(@PathVariable String caseId) {
        return ofType(caseId, "pauses", "CasePaused");
    }

    @GetMapping("/resumptions")
    @Operation(summary = "Every resumption of the track")
    public CaseRecord resumptions(@PathVariable String caseId) {
        return ofType(caseId, "resumptions", "CaseResumed");
    }

    @GetMapping("/joint-story")
    @Operation(summary = "The joint story, as recorded and rewritten")
    public CaseRecord jointStory(@PathVariable String caseId) {
        return ofType(caseId, "joint-story", "JointStoryRecorded");
    }

    @GetMapping("/work")
    @Operation(summary = "The work recorded on the DOEN parts")
    public CaseRecord work(@PathVariable String caseId) {
        return ofType(caseId, "work", "DoenWorkRecorded");
    }

    @GetMapping("/phases")
    @Operation(summary = "The phases of the municipal process recorded")
    public CaseRecord phases(@PathVariable String caseId) {
        return ofType(caseId, "phases", "ProcessPhaseRecorded");
    }

    @GetMapping("/government-roles")
    @Operation(summary = "The roles the municipality takes, as recorded")
    public CaseRecord governmentRoles(@PathVariable String caseId) {
        return ofType(caseId, "government-roles", "GovernmentRolesRecorded");
    }

    @GetMapping("/routes")
    @Operation(summary = "The routes recorded for the case")
    public CaseRecord routes(@PathVariable String caseId) {
        return ofType(caseId, "routes", "RouteRecorded");
    }

    @GetMapping("/neighbourhoods")
    @Operation(summary = "The neighbourhoods the case concerns, as recorded")
    public CaseRecord neighbourhoods(@PathVariable String caseId) {
        return ofType(caseId, "neighbourhoods", "NeighbourhoodsRecorded");
    }

    @GetMapping("/themes/{theme}")
    @Operation(summary = "The clarifications of one VERHELDEREN theme")
    public CaseRecord theme(@PathVariable String caseId, @PathVariable String theme) {
        return withField(caseId, "themes/" + theme, "theme", theme);
    }

    @GetMapping("/roles/{role}")
    @Operation(summary = "The holders of one role over time: assignments, vacancies and hand-overs")
    public CaseRecord role(@PathVariable String caseId, @PathVariable String role) {
        return withField(caseId, "roles/" + role, "role", role);
    }

    @GetMapping("/facilitators/{personId}")
    @Operation(summary = "A facilitator's appointment and release")
    public CaseRecord facilitator(@PathVariable String caseId, @PathVariable String personId) {
        return find(
                caseId,
                "facilitators/" + personId,
                event -> event.getPayloadType().getSimpleName().startsWith("Facilitator")
                        && personId.equals(field(event, "personId")));
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "A meeting or guided session as recorded")
    public CaseRecord meeting(@PathVariable String caseId, @PathVariable String meetingId) {
        return withField(caseId, "meetings/" + meetingId, "meetingId", meetingId);
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A decision as recorded")
    public CaseRecord decision(@PathVariable String caseId, @PathVariable String decisionId) {
        return withField(caseId, "decisions/" + decisionId, "decisionId", decisionId);
    }

    @GetMapping("/milestones/{milestoneId}")
    @Operation(summary = "A milestone: planned, rescheduled, its due date passing, its outcome")
    public CaseRecord milestone(@PathVariable String caseId, @PathVariable String milestoneId) {
        return withField(caseId, "milestones/" + milestoneId, "milestoneId", milestoneId);
    }

    @GetMapping("/milestones/{milestoneId}/outcome")
    @Operation(summary = "The outcome of a milestone")
    public CaseRecord milestoneOutcome(@PathVariable String caseId, @PathVariable String milestoneId) {
        return find(
                caseId,
                "milestones/" + milestoneId + "/outcome",
                type("MilestoneOutcomeRecorded").and(event -> milestoneId.equals(field(event, "milestoneId"))));
    }

    @GetMapping("/exclusivity-breaches/{breachId}")
    @Operation(summary = "A breach of the exclusivity and its resolution")
    public CaseRecord breach(@PathVariable String caseId, @PathVariable String breachId) {
        return withField(caseId, "exclusivity-breaches/" + breachId, "breachId", breachId);
    }

    @GetMapping("/exclusivity-breaches/{breachId}/resolution")
    @Operation(summary = "The resolution of a breach of the exclusivity")
    public CaseRecord breachResolution(@PathVariable String caseId, @PathVariable String breachId) {
        return find(
                caseId,
                "exclusivity-breaches/" + breachId + "/resolution",
                type("ExclusivityBreachResolved").and(event -> breachId.equals(field(event, "breachId"))));
    }

    @GetMapping("/exclusivity/extensions")
    @Operation(summary = "Every extension of the exclusivity: the previous and the new end, and why")
    public CaseRecord exclusivityExtensions(@PathVariable String caseId) {
        return ofType(caseId, "exclusivity/extensions", "ExclusivityExtended");
    }

    @GetMapping("/process-holds/{holdId}")
    @Operation(
            summary =
                    "A municipal process (tender, plan, permit) put on hold for the case (\"pauzeknop\"), and its release")
    public CaseRecord processHold(@PathVariable String caseId, @PathVariable String holdId) {
        return withField(caseId, "process-holds/" + holdId, "holdId", holdId);
    }

    @GetMapping("/closure")
    @Operation(
            summary =
                    "The stop of the track: its reason, who stopped (municipality, initiative, both), whether mutually, and the reason's category")
    public CaseRecord closure(@PathVariable String caseId) {
        return ofType(caseId, "closure", "CaseStopped");
    }

    @GetMapping("/agreements/{agreementId}")
    @Operation(summary = "An agreement: signed, amended, renewed, expired, terminated")
    public CaseRecord agreement(@PathVariable String caseId, @PathVariable String agreementId) {
        return withField(caseId, "agreements/" + agreementId, "agreementId", agreementId);
    }

    @GetMapping("/funding/{fundingId}")
    @Operation(summary = "A funding commitment with its payments and ending")
    public CaseRecord funding(@PathVariable String caseId, @PathVariable String fundingId) {
        return withField(caseId, "funding/" + fundingId, "fundingId", fundingId);
    }

    @GetMapping("/market-approaches/{approachId}")
    @Operation(summary = "A market approach by the municipality")
    public CaseRecord marketApproach(@PathVariable String caseId, @PathVariable String approachId) {
        return withField(caseId, "market-approaches/" + approachId, "approachId", approachId);
    }

    @GetMapping("/questions/{questionId}")
    @Operation(summary = "A question with its answers, follow-ups and withdrawal")
    public CaseRecord question(@PathVariable String caseId, @PathVariable String questionId) {
        return withField(caseId, "questions/" + questionId, "questionId", questionId);
    }

    private CaseRecord ofType(String caseId, String record, String... types) {
        return find(caseId, record, type(types));
    }

    private CaseRecord withField(String caseId, String record, String field, String value) {
        return find(caseId, record, event -> value.equals(field(event, field)));
    }

    private CaseRecord find(String caseId, String record, Predicate<DomainEventMessage<?>> belongs) {
        access.requireRead(caseId);
        List<StoredEvent> events = eventStore
                .readEvents(caseId, 0L)
                .asStream()
                .filter(belongs)
                .map(CaseEventsController::stored)
                .toList();
        if (events.isEmpty()) throw new UnknownEntity("record", record);
        return new CaseRecord(caseId, record, events);
    }

    private static Predicate<DomainEventMessage<?>> type(String... types) {
        Set<String> names = Set.of(types);
        return event -> names.contains(event.getPayloadType().getSimpleName());
    }

    /** A top-level component of the event record, read the way the record declares it. */
    private static String field(DomainEventMessage<?> event, String name) {
        Object payload = event.getPayload();
        if (payload == null || !payload.getClass().isRecord()) return null;
        for (var component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    Object value = component.getAccessor().invoke(payload);
                    return value instanceof Enum<?> e
                            ? e.name().toLowerCase().replace('_', '-')
                            : value == null ? null : value.toString();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }
}
