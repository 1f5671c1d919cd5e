package nl.opgroeiruimte.casefile.command.partnership;

import nl.opgroeiruimte.casefile.command.support.RuleViolations;

/**
 * The rules of a case. Each id is what a client receives in the problem's {@code rule} field; the
 * table in {@code docs/case-lifecycle.md} says where each applies and which seed passage it comes from.
 */
public enum CaseRule implements RuleViolations {
    OCCURRED_IN_FUTURE,
    OCCURRED_BEFORE_REQUEST,
    OCCURRED_BEFORE_SUBJECT,
    PARTY_NOT_IN_CASE,
    CASE_CLOSED,
    ALREADY_GRANTED,
    NOT_GRANTED,
    PRECONDITIONS_NOT_MET,
    EXCLUSIVITY_STARTS_BEFORE_GRANT,
    CASE_PAUSED,
    NOT_PAUSED,
    NO_STRUCTURAL_AGREEMENT,
    FACILITATOR_STILL_APPOINTED,
    UNRESOLVED_EXCLUSIVITY_BREACH,
    FACILITATOR_ALREADY_APPOINTED,
    ALREADY_RECORDED,
    DUE_DATE_BEFORE_OCCURRENCE,
    DUE_DATE_UNCHANGED,
    MILESTONE_ALREADY_DECIDED,
    NO_EXCLUSIVITY_IN_FORCE,
    BREACH_ALREADY_RESOLVED,
    MUTUAL_AGREEMENT_NEEDS_BOTH_SIDES,
    ONE_SIDED_AGREEMENT_NEEDS_MUNICIPALITY,
    AGREEMENT_ENDED,
    RENEWAL_NOT_LATER,
    SESSION_NUMBER_REQUIRED,
    SESSION_NUMBER_ONLY_FOR_GUIDED_SESSIONS,
    SESSION_ALREADY_RECORDED,
    FUNDING_NOT_ACTIVE,
    PAYMENT_EXCEEDS_COMMITMENT,
    ROLE_HELD,
    ROLE_VACANT,
    SUCCESSOR_IS_HOLDER
}
