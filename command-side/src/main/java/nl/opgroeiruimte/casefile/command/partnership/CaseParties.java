package nl.opgroeiruimte.casefile.command.partnership;

import static nl.opgroeiruimte.casefile.command.partnership.CaseRule.PARTY_NOT_IN_CASE;

import nl.opgroeiruimte.casefile.kernel.common.Party;

/** The two sides of a case, and who counts as a party to it. Members that judge parties keep a copy. */
record CaseParties(String municipality, String initiative) {

    /** Acting for the municipality or the initiative of the case; an outside party only where it is allowed. */
    void requireParty(String field, Party party, boolean externalAllowed) {
        boolean ours = municipality.equals(party.municipality())
                || initiative.equals(party.initiative())
                || (externalAllowed && party.external() != null);
        if (!ours) {
            throw PARTY_NOT_IN_CASE.violatedOn(
                    field,
                    "%s is not a party to this case (municipality %s, initiative %s)",
                    party,
                    municipality,
                    initiative);
        }
    }

    String sideOf(boolean municipal) {
        return municipal ? "municipality " + municipality : "initiative " + initiative;
    }
}
