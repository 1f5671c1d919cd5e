package nl.opgroeiruimte.casefile.infra.web.pages;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeProjection;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.InitiativeView;
import org.springframework.stereotype.Component;

/**
 * The names the pages show for municipalities (CBS reference list), initiatives (their read model) and
 * the parties people act for, available in templates as {@code @names}.
 */
@Component("names")
public class Names {
    private final InitiativeProjection initiatives;
    /** Initiative names change rarely (never, so far: no command renames one); a small cache spares a query per row. */
    private final Map<String, String> initiativeNames = new ConcurrentHashMap<>();

    public Names(InitiativeProjection initiatives) {
        this.initiatives = initiatives;
    }

    public String municipality(String cbsCode) {
        return DutchMunicipalities.find(cbsCode)
                .map(DutchMunicipalities.ListedMunicipality::name)
                .orElse(cbsCode);
    }

    public String province(String cbsCode) {
        return Provinces.of(cbsCode).orElse("");
    }

    public Optional<InitiativeView> initiativeView(String initiativeId) {
        return initiatives.find(initiativeId);
    }

    public String initiative(String initiativeId) {
        if (initiativeId == null) return "";
        String known = initiativeNames.get(initiativeId);
        if (known != null) return known;
        Optional<String> name = initiatives.find(initiativeId).map(InitiativeView::name);
        name.ifPresent(n -> initiativeNames.put(initiativeId, n));
        return name.orElse(initiativeId);
    }

    /** "Gemeente Zwolle", the initiative's name, or the external organisation. */
    public String party(Party party) {
        if (party == null) return "";
        if (party.municipality() != null) return "Gemeente " + municipality(party.municipality());
        if (party.initiative() != null) return initiative(party.initiative());
        return party.external();
    }
}
