package nl.opgroeiruimte.casefile.query.access;

import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import nl.opgroeiruimte.casefile.kernel.common.CurrentCaller;
import nl.opgroeiruimte.casefile.kernel.common.NotPermitted;
import nl.opgroeiruimte.casefile.query.casefile.CaseFileState;
import nl.opgroeiruimte.casefile.query.casefile.CaseHistory;
import org.springframework.stereotype.Component;

/**
 * Who may read which case, applied where queries are handled. The case's parties and facilitators come
 * from its own events (not from a projection that may lag), so a case is visible to its parties as
 * soon as it is recorded.
 */
@Component
public class CaseAccess {
    private final CurrentCaller callers;
    private final CaseHistory history;

    public CaseAccess(CurrentCaller callers, CaseHistory history) {
        this.callers = callers;
        this.history = history;
    }

    /** The caller, who must be allowed to read this case; an unknown case is a 404 as usual. */
    public Caller requireRead(String caseId) {
        Caller caller = callers.require();
        if (caller.isAdministrator()) return caller;
        CaseFileState state = new CaseFileState();
        history.ofCase(caseId).forEach(state::apply);
        if (!caller.mayRead(state.municipality, state.initiative, state.facilitators.keySet())) {
            throw new NotPermitted("You may not read this case");
        }
        return caller;
    }

    /** The caller, who must be one of the roles that read case files at all (not a researcher). */
    public Caller requireCaseReader() {
        Caller caller = callers.require();
        if (caller.role() == CallerRole.RESEARCHER) {
            throw new NotPermitted("Researchers work with pseudonymised exports only");
        }
        return caller;
    }

    /** The caller, who must be allowed to see the whole of this municipality (its staff, auditors, administrators). */
    public Caller requireMunicipality(String cbsCode) {
        Caller caller = callers.require();
        boolean own = (caller.role() == CallerRole.MUNICIPAL_STAFF || caller.role() == CallerRole.AUDITOR)
                && cbsCode.equals(caller.municipality());
        if (!caller.isAdministrator() && !own) throw new NotPermitted("You may not see the cases of " + cbsCode);
        return caller;
    }
}
