package nl.opgroeiruimte.casefile.kernel.municipality;

/** Who adopted a policy: the college, or the council (which alone sets the budget, Gemeentewet art. 189). */
public enum AdoptingBody {
    COLLEGE,
    COUNCIL
}
