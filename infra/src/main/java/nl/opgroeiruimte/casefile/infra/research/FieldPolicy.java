package nl.opgroeiruimte.casefile.infra.research;

import java.util.Map;

/**
 * What a pseudonymised export does with each text field of an event, by the field's name, or by
 * {@code Record.field} where one name means different things (a working area's {@code description} is a
 * place, a piece of DOEN work's is free text). Only fields of type text are listed: dates, numbers, yes/no
 * and the words of the case file's lists (enums) never identify anyone and are always kept.
 *
 * <ul>
 *   <li>{@link Treatment#PERSON_ID}: a pseudonymous person id, replaced by a keyed pseudonym;</li>
 *   <li>{@link Treatment#KEPT}: ids of cases, municipalities, initiatives and sub-entities, and short labels
 *       of places, organisations of the case and departments: what research is about;</li>
 *   <li>{@link Treatment#FREE_TEXT}: whatever a user typed, which may hold a name: withheld unless
 *       configured to be kept ({@code casefile.research-export.kept-free-text-fields}).</li>
 *   <li>{@link Treatment#ALWAYS_WITHHELD}: withheld whatever is configured: a document's file name (research
 *       gets a document's hash and type only).</li>
 * </ul>
 * A text field that is not listed is treated as free text, so a new field can never leak; a test fails
 * until it is listed here, so that the choice is made on purpose (docs/research-export.md).
 */
public final class FieldPolicy {

    public enum Treatment {
        PERSON_ID,
        KEPT,
        FREE_TEXT,
        ALWAYS_WITHHELD
    }

    private static final Map<String, Treatment> FIELDS = Map.ofEntries(
            // pseudonymous person ids
            Map.entry("personId", Treatment.PERSON_ID),
            Map.entry("municipalOwner", Treatment.PERSON_ID),
            Map.entry("initiativeOwner", Treatment.PERSON_ID),
            Map.entry("previousHolder", Treatment.PERSON_ID),
            Map.entry("successorId", Treatment.PERSON_ID),
            Map.entry("successorPersonId", Treatment.PERSON_ID),
            // the actor of a step of a researcher's replay
            Map.entry("actorPersonId", Treatment.PERSON_ID),
            // ids of the case file's own things and parties
            Map.entry("caseId", Treatment.KEPT),
            Map.entry("cbsCode", Treatment.KEPT),
            Map.entry("municipality", Treatment.KEPT),
            Map.entry("municipalities", Treatment.KEPT),
            Map.entry("formerMunicipalities", Treatment.KEPT),
            Map.entry("formerMunicipality", Treatment.KEPT),
            Map.entry("CaseMovedToSuccessor.successor", Treatment.KEPT),
            Map.entry("initiativeId", Treatment.KEPT),
            Map.entry("initiative", Treatment.KEPT),
            Map.entry("agreementId", Treatment.KEPT),
            Map.entry("milestoneId", Treatment.KEPT),
            Map.entry("breachId", Treatment.KEPT),
            Map.entry("exclusivityBreachId", Treatment.KEPT),
            Map.entry("fundingId", Treatment.KEPT),
            Map.entry("decisionId", Treatment.KEPT),
            Map.entry("meetingId", Treatment.KEPT),
            Map.entry("questionId", Treatment.KEPT),
            Map.entry("approachId", Treatment.KEPT),
            Map.entry("collegeId", Treatment.KEPT),
            Map.entry("policyId", Treatment.KEPT),
            Map.entry("representationId", Treatment.KEPT),
            Map.entry("documentId", Treatment.KEPT),
            Map.entry("DocumentLink.id", Treatment.KEPT),
            // what a supersession names: the milestone, agreement or case id
            Map.entry("DeadlineFactSuperseded.subject", Treatment.KEPT),
            // a document's content by its hash, and its type: what research may know of a document
            Map.entry("sha256", Treatment.KEPT),
            Map.entry("mediaType", Treatment.KEPT),
            Map.entry("fileName", Treatment.ALWAYS_WITHHELD),
            Map.entry("chamberOfCommerceNumber", Treatment.KEPT),
            Map.entry("Neighbourhood.code", Treatment.KEPT),
            Map.entry("WorkingArea.neighbourhoods", Treatment.KEPT),
            // labels: places, the parties' own names, departments and political parties
            Map.entry("MunicipalityRegistered.name", Treatment.KEPT),
            Map.entry("InitiativeRegistered.name", Treatment.KEPT),
            Map.entry("Neighbourhood.name", Treatment.KEPT),
            Map.entry("WorkingArea.description", Treatment.KEPT),
            Map.entry("Scope.activity", Treatment.KEPT),
            Map.entry("Scope.area", Treatment.KEPT),
            Map.entry("Exclusivity.activity", Treatment.KEPT),
            Map.entry("Exclusivity.area", Treatment.KEPT),
            Map.entry("department", Treatment.KEPT),
            Map.entry("portfolios", Treatment.KEPT),
            Map.entry("politicalParty", Treatment.KEPT),
            // free text: what users typed
            Map.entry("title", Treatment.FREE_TEXT),
            Map.entry("motivation", Treatment.FREE_TEXT),
            Map.entry("reason", Treatment.FREE_TEXT),
            Map.entry("note", Treatment.FREE_TEXT),
            // the neighbourhood approach (004): the municipality's own words for its role and goals
            Map.entry("role", Treatment.FREE_TEXT),
            Map.entry("shortTerm", Treatment.FREE_TEXT),
            Map.entry("middleTerm", Treatment.FREE_TEXT),
            Map.entry("longTerm", Treatment.FREE_TEXT),
            // the Wijkkompas tracks and phases a party works on: short labels
            Map.entry("track", Treatment.KEPT),
            Map.entry("phase", Treatment.KEPT),
            Map.entry("description", Treatment.FREE_TEXT),
            Map.entry("summary", Treatment.FREE_TEXT),
            Map.entry("evaluation", Treatment.FREE_TEXT),
            Map.entry("considerations", Treatment.FREE_TEXT),
            Map.entry("condition", Treatment.FREE_TEXT),
            Map.entry("justification", Treatment.FREE_TEXT),
            Map.entry("changes", Treatment.FREE_TEXT),
            Map.entry("story", Treatment.FREE_TEXT),
            Map.entry("what", Treatment.FREE_TEXT),
            Map.entry("source", Treatment.FREE_TEXT),
            Map.entry("resolution", Treatment.FREE_TEXT),
            Map.entry("question", Treatment.FREE_TEXT),
            Map.entry("subject", Treatment.FREE_TEXT),
            Map.entry("decision", Treatment.FREE_TEXT),
            Map.entry("topics", Treatment.FREE_TEXT),
            Map.entry("agreementsMade", Treatment.FREE_TEXT),
            Map.entry("whatContinues", Treatment.FREE_TEXT),
            Map.entry("meansAvailable", Treatment.FREE_TEXT),
            Map.entry("explanation", Treatment.FREE_TEXT),
            Map.entry("mandate", Treatment.FREE_TEXT),
            Map.entry("BoardMandate.scope", Treatment.FREE_TEXT),
            Map.entry("documentReference", Treatment.FREE_TEXT),
            Map.entry("decisionReference", Treatment.FREE_TEXT),
            Map.entry("deedReference", Treatment.FREE_TEXT),
            Map.entry("reference", Treatment.FREE_TEXT),
            // an organisation may be a one-person business that bears its owner's name
            Map.entry("organisation", Treatment.FREE_TEXT),
            Map.entry("external", Treatment.FREE_TEXT),
            // guarantees backed by money, holds of municipal processes (issue 22): ids of the case's own things,
            // and the requirements of a guarantee as typed
            Map.entry("budgetDecisionId", Treatment.KEPT),
            Map.entry("deliversGuaranteeOf", Treatment.KEPT),
            Map.entry("holdId", Treatment.KEPT),
            Map.entry("criteria", Treatment.FREE_TEXT));

    private FieldPolicy() {}

    /** The treatment of the text field {@code field} of the record type {@code owner}; unlisted is free text. */
    public static Treatment of(String owner, String field) {
        Treatment specific = FIELDS.get(owner + "." + field);
        if (specific != null) return specific;
        return FIELDS.getOrDefault(field, Treatment.FREE_TEXT);
    }

    public static boolean isListed(String owner, String field) {
        return FIELDS.containsKey(owner + "." + field) || FIELDS.containsKey(field);
    }
}
