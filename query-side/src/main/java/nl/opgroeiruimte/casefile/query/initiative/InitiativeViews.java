package nl.opgroeiruimte.casefile.query.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.initiative.BoardMandate;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;

/** What the query API shows of resident initiatives. */
public final class InitiativeViews {
    private InitiativeViews() {}

    public record InitiativeListItem(
            String initiativeId,
            String name,
            LegalForm legalForm,
            List<String> municipalities,
            Set<Domain> domains,
            LocalDate registeredOn) {}

    /** An initiative as it stands, with its legal forms over time and what it recorded about its representation. */
    public record InitiativeView(
            String initiativeId,
            String name,
            LegalForm legalForm,
            String chamberOfCommerceNumber,
            LocalDate registeredOn,
            AreaView workingArea,
            Set<Domain> domains,
            List<LegalFormView> legalForms,
            List<RepresentationView> representations) {}

    public record AreaView(String description, List<MunicipalityRef> municipalities, List<String> neighbourhoods) {}

    public record MunicipalityRef(String cbsCode, String name) {}

    /** A legal form held from {@code from} until the next one took effect ({@code until}, absent for the current one). */
    public record LegalFormView(
            LegalForm legalForm,
            LocalDate from,
            LocalDate until,
            String chamberOfCommerceNumber,
            String deedReference) {}

    /**
     * On whose behalf the initiative spoke as of {@code recordedFor}: members, households in its area and
     * the share of them that are members (percent, when both are known), and the board's mandate.
     */
    public record RepresentationView(
            String representationId,
            LocalDate recordedFor,
            int members,
            Integer householdsInArea,
            BigDecimal membersPerHundredHouseholds,
            BoardMandate boardMandate,
            String note) {}
}
