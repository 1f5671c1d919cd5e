package nl.opgroeiruimte.casefile.query.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.opgroeiruimte.casefile.kernel.initiative.BoardMandate;
import nl.opgroeiruimte.casefile.kernel.initiative.Domain;
import nl.opgroeiruimte.casefile.kernel.initiative.InitiativeRegistered;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalForm;
import nl.opgroeiruimte.casefile.kernel.initiative.LegalFormChanged;
import nl.opgroeiruimte.casefile.kernel.initiative.RepresentationRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.query.initiative.InitiativeViews.*;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resident initiatives as the query API shows them, kept from their events. Every handler replaces the
 * rows its event determines (legal forms are keyed by the event's sequence number), so a redelivered or
 * replayed event leaves the same tables.
 */
@Component
@ProcessingGroup(InitiativeProjection.GROUP)
public class InitiativeProjection {
    public static final String GROUP = "initiatives";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<Set<Domain>> DOMAINS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public InitiativeProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---------------------------------------------------------------- keeping the tables

    @EventHandler
    void on(InitiativeRegistered e, DomainEventMessage<?> message) {
        String id = e.initiativeId();
        jdbc.sql("delete from initiative_working_municipality where initiative_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from initiative_summary where initiative_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into initiative_summary (initiative_id, name, legal_form, chamber_of_commerce_number, area_description,
                            neighbourhoods, domains, registered_on)
                        values (:id, :name, :form, :kvk, :area, :neighbourhoods, :domains, :on)""")
                .param("id", id)
                .param("name", e.name())
                .param("form", e.legalForm().name())
                .param("kvk", e.chamberOfCommerceNumber())
                .param("area", e.workingArea().description())
                .param("neighbourhoods", write(e.workingArea().neighbourhoods()))
                .param("domains", write(e.domains().stream().sorted().toList()))
                .param("on", e.occurredOn())
                .update();
        List<String> municipalities = e.workingArea().municipalities();
        for (int i = 0; i < municipalities.size(); i++) {
            jdbc.sql(
                            "insert into initiative_working_municipality (initiative_id, cbs_code, position_in_area) values (:id, :cbsCode, :i)")
                    .param("id", id)
                    .param("cbsCode", municipalities.get(i))
                    .param("i", i)
                    .update();
        }
        legalForm(id, message.getSequenceNumber(), e.legalForm(), e.occurredOn(), e.chamberOfCommerceNumber(), null);
    }

    @EventHandler
    void on(LegalFormChanged e, DomainEventMessage<?> message) {
        legalForm(
                e.initiativeId(),
                message.getSequenceNumber(),
                e.legalForm(),
                e.occurredOn(),
                e.chamberOfCommerceNumber(),
                e.deedReference());
        jdbc.sql("""
                        update initiative_summary set legal_form = :form,
                            chamber_of_commerce_number = case when :legalPerson then coalesce(:kvk, chamber_of_commerce_number) end
                        where initiative_id = :id""")
                .param("form", e.legalForm().name())
                .param("legalPerson", e.legalForm().isLegalPerson())
                .param("kvk", e.chamberOfCommerceNumber())
                .param("id", e.initiativeId())
                .update();
    }

    @EventHandler
    void on(RepresentationRecorded e) {
        BoardMandate mandate = e.boardMandate();
        jdbc.sql("delete from initiative_representation where representation_id = :id")
                .param("id", e.representationId())
                .update();
        jdbc.sql("""
                        insert into initiative_representation (representation_id, initiative_id, recorded_for, members, households_in_area,
                            mandate_granted_on, mandate_scope, mandate_valid_until, mandate_decision_reference, note)
                        values (:id, :initiativeId, :on, :members, :households, :grantedOn, :scope, :validUntil, :reference, :note)""")
                .param("id", e.representationId())
                .param("initiativeId", e.initiativeId())
                .param("on", e.occurredOn())
                .param("members", e.members())
                .param("households", e.householdsInArea())
                .param("grantedOn", mandate == null ? null : mandate.grantedOn())
                .param("scope", mandate == null ? null : mandate.scope())
                .param("validUntil", mandate == null ? null : mandate.validUntil())
                .param("reference", mandate == null ? null : mandate.decisionReference())
                .param("note", e.note())
                .update();
    }

    @ResetHandler
    void reset() {
        for (String table : List.of(
                "initiative_representation",
                "initiative_legal_form",
                "initiative_working_municipality",
                "initiative_summary")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private void legalForm(String id, long sequence, LegalForm form, LocalDate from, String kvk, String deed) {
        jdbc.sql("delete from initiative_legal_form where initiative_id = :id and sequence_number = :sequence")
                .param("id", id)
                .param("sequence", sequence)
                .update();
        jdbc.sql("""
                        insert into initiative_legal_form (initiative_id, sequence_number, legal_form, valid_from, chamber_of_commerce_number, deed_reference)
                        values (:id, :sequence, :form, :from, :kvk, :deed)""")
                .param("id", id)
                .param("sequence", sequence)
                .param("form", form.name())
                .param("from", from)
                .param("kvk", kvk)
                .param("deed", deed)
                .update();
    }

    // ---------------------------------------------------------------- answering

    /** Initiatives in order of name, optionally only those working in one municipality. */
    public Page<InitiativeListItem> list(String municipality, int page, int pageSize) {
        String where = municipality == null ? "" : """
                where initiative_id in (select initiative_id from initiative_working_municipality where cbs_code = :municipality)""";
        var count = jdbc.sql("select count(*) from initiative_summary " + where);
        var select = jdbc.sql("select initiative_id, name, legal_form, domains, registered_on from initiative_summary "
                + where + " order by name, initiative_id limit :limit offset :offset");
        if (municipality != null) {
            count = count.param("municipality", municipality);
            select = select.param("municipality", municipality);
        }
        long total = count.query(Long.class).single();
        List<InitiativeListItem> items = select.param("limit", pageSize)
                .param("offset", Page.offset(page, pageSize))
                .query((rs, n) -> new InitiativeListItem(
                        rs.getString(1),
                        rs.getString(2),
                        LegalForm.valueOf(rs.getString(3)),
                        municipalities(rs.getString(1)),
                        read(rs.getString(4), DOMAINS),
                        rs.getObject(5, LocalDate.class)))
                .list();
        return Page.of(items, page, pageSize, total);
    }

    public Optional<InitiativeView> find(String initiativeId) {
        return jdbc.sql("""
                        select name, legal_form, chamber_of_commerce_number, registered_on, area_description, neighbourhoods, domains
                        from initiative_summary where initiative_id = :id""")
                .param("id", initiativeId)
                .query((rs, n) -> new InitiativeView(
                        initiativeId,
                        rs.getString(1),
                        LegalForm.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        new AreaView(rs.getString(5), municipalityRefs(initiativeId), read(rs.getString(6), STRINGS)),
                        read(rs.getString(7), DOMAINS),
                        legalForms(initiativeId),
                        representations(initiativeId)))
                .optional();
    }

    private List<String> municipalities(String initiativeId) {
        return jdbc.sql(
                        "select cbs_code from initiative_working_municipality where initiative_id = :id order by position_in_area")
                .param("id", initiativeId)
                .query(String.class)
                .list();
    }

    private List<MunicipalityRef> municipalityRefs(String initiativeId) {
        return municipalities(initiativeId).stream()
                .map(code -> new MunicipalityRef(
                        code,
                        DutchMunicipalities.find(code)
                                .map(DutchMunicipalities.ListedMunicipality::name)
                                .orElse(null)))
                .toList();
    }

    private List<LegalFormView> legalForms(String initiativeId) {
        List<LegalFormView> stored = jdbc.sql("""
                        select legal_form, valid_from, chamber_of_commerce_number, deed_reference from initiative_legal_form
                        where initiative_id = :id order by valid_from, sequence_number""")
                .param("id", initiativeId)
                .query((rs, n) -> new LegalFormView(
                        LegalForm.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        null,
                        rs.getString(3),
                        rs.getString(4)))
                .list();
        List<LegalFormView> forms = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            LegalFormView form = stored.get(i);
            LocalDate until = i + 1 < stored.size() ? stored.get(i + 1).from() : null;
            forms.add(new LegalFormView(
                    form.legalForm(), form.from(), until, form.chamberOfCommerceNumber(), form.deedReference()));
        }
        return forms;
    }

    private List<RepresentationView> representations(String initiativeId) {
        return jdbc.sql("""
                        select representation_id, recorded_for, members, households_in_area, mandate_granted_on, mandate_scope,
                               mandate_valid_until, mandate_decision_reference, note
                        from initiative_representation where initiative_id = :id order by recorded_for, representation_id""")
                .param("id", initiativeId)
                .query((rs, n) -> {
                    int members = rs.getInt(3);
                    Integer households = (Integer) rs.getObject(4, Integer.class);
                    BigDecimal share = households == null
                            ? null
                            : BigDecimal.valueOf(members * 100L)
                                    .divide(BigDecimal.valueOf(households), 1, RoundingMode.HALF_UP);
                    LocalDate grantedOn = rs.getObject(5, LocalDate.class);
                    BoardMandate mandate = grantedOn == null
                            ? null
                            : new BoardMandate(
                                    grantedOn, rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8));
                    return new RepresentationView(
                            rs.getString(1),
                            rs.getObject(2, LocalDate.class),
                            members,
                            households,
                            share,
                            mandate,
                            rs.getString(9));
                })
                .list();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
