package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.ArrayList;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;

/**
 * Who looks at a page, as the pages need it: their landing page and the menu of places they may open,
 * so that no page offers a link that only leads to "Geen toegang". Nobody signed in: no menu.
 */
public record Viewer(Caller caller, List<Link> menu) {

    /** A place in the menu. */
    public record Link(String href, String label) {}

    static Viewer of(Caller caller, Names names) {
        if (caller == null) return new Viewer(null, List.of());
        List<Link> menu = new ArrayList<>();
        switch (caller.role()) {
            case ADMINISTRATOR -> menu.add(new Link("/overzicht", "Landelijk overzicht"));
            case MUNICIPAL_STAFF ->
                menu.add(new Link(
                        "/gemeenten/" + caller.municipality(),
                        "Gemeente " + names.municipality(caller.municipality())));
            case AUDITOR -> {
                menu.add(new Link("/controle", "Controle"));
                menu.add(new Link(
                        "/gemeenten/" + caller.municipality(),
                        "Gemeente " + names.municipality(caller.municipality())));
            }
            case INITIATIVE_MEMBER ->
                menu.add(new Link("/initiatieven/" + caller.initiative(), names.initiative(caller.initiative())));
            case FACILITATOR -> menu.add(new Link("/mijn-trajecten", "Mijn trajecten"));
            case RESEARCHER -> menu.add(new Link("/onderzoek", "Onderzoek"));
        }
        menu.add(new Link("/api/v1/docs", "API"));
        return new Viewer(caller, List.copyOf(menu));
    }

    /** Where this viewer starts: the first place of the menu. */
    public String home() {
        return menu.isEmpty() ? "/login" : menu.get(0).href();
    }

    /** The label of the landing page, for breadcrumbs. */
    public String homeLabel() {
        return menu.isEmpty() ? "Aanmelden" : menu.get(0).label();
    }

    /** Whether the viewer may open the country overview. */
    public boolean seesCountry() {
        return caller != null && caller.isAdministrator();
    }

    /** Whether the viewer may open this municipality's dashboard. */
    public boolean seesMunicipality(String cbsCode) {
        if (caller == null) return false;
        if (caller.isAdministrator()) return true;
        return (caller.role() == CallerRole.MUNICIPAL_STAFF || caller.role() == CallerRole.AUDITOR)
                && cbsCode != null
                && cbsCode.equals(caller.municipality());
    }

    /** Whether the viewer may open this initiative's page. */
    public boolean seesInitiative(String initiativeId) {
        if (caller == null) return false;
        return caller.isAdministrator()
                || (caller.role() == CallerRole.INITIATIVE_MEMBER
                        && initiativeId != null
                        && initiativeId.equals(caller.initiative()));
    }
}
