package nl.opgroeiruimte.casefile.query.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.opgroeiruimte.casefile.kernel.common.ActorRole;
import nl.opgroeiruimte.casefile.kernel.common.Party;
import nl.opgroeiruimte.casefile.kernel.people.ErasureGround;
import nl.opgroeiruimte.casefile.kernel.people.PersonErased;
import nl.opgroeiruimte.casefile.kernel.people.PersonRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people register's history as a read model: for whom and in which role each person acts, and when
 * and why their personal data was erased. It holds no personal data itself (the events have none); a
 * reset clears this table only, never the register.
 */
@Component
@ProcessingGroup(PersonProjection.GROUP)
public class PersonProjection {
    public static final String GROUP = "people";
    private final JdbcClient jdbc;

    public PersonProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as the history knows them. */
    public record PersonRecord(
            String personId,
            Party party,
            ActorRole role,
            LocalDate registeredOn,
            LocalDate erasedOn,
            ErasureGround erasureGround) {}

    @EventHandler
    void on(PersonRegistered e) {
        jdbc.sql("delete from person_summary where person_id = :id")
                .param("id", e.personId())
                .update();
        jdbc.sql("""
                        insert into person_summary (person_id, party_municipality, party_initiative, party_external, actor_role, registered_on)
                        values (:id, :municipality, :initiative, :external, :role, :on)""")
                .param("id", e.personId())
                .param("municipality", e.party().municipality())
                .param("initiative", e.party().initiative())
                .param("external", e.party().external())
                .param("role", e.role().name())
                .param("on", e.occurredOn())
                .update();
    }

    @EventHandler
    void on(PersonErased e) {
        jdbc.sql("update person_summary set erased_on = :on, erasure_ground = :ground where person_id = :id")
                .param("on", e.occurredOn())
                .param("ground", e.ground().name())
                .param("id", e.personId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("delete from person_summary").update();
    }

    public Optional<PersonRecord> find(String personId) {
        return jdbc.sql("""
                        select person_id, party_municipality, party_initiative, party_external, actor_role, registered_on, erased_on, erasure_ground
                        from person_summary where person_id = :id""")
                .param("id", personId)
                .query((rs, n) -> {
                    String ground = rs.getString(8);
                    return new PersonRecord(
                            rs.getString(1),
                            new Party(rs.getString(2), rs.getString(3), rs.getString(4)),
                            ActorRole.valueOf(rs.getString(5)),
                            rs.getObject(6, LocalDate.class),
                            rs.getObject(7, LocalDate.class),
                            ground == null ? null : ErasureGround.valueOf(ground));
                })
                .optional();
    }

    /** Someone registered in the people register, with the party and role they act in. */
    public record Acting(String personId, Party party, ActorRole role) {}

    /** The people not erased who act for this municipality or these initiatives, and the external ones (facilitators). */
    public List<Acting> actingFor(String municipality, List<String> initiatives) {
        return jdbc.sql("""
                        select person_id, party_municipality, party_initiative, party_external, actor_role from person_summary
                        where erased_on is null
                          and (party_municipality = :m or party_initiative in (:i) or party_external is not null)""")
                .param("m", municipality)
                .param("i", initiatives.isEmpty() ? List.of("-") : initiatives)
                .query((rs, n) -> new Acting(
                        rs.getString(1),
                        new Party(rs.getString(2), rs.getString(3), rs.getString(4)),
                        ActorRole.valueOf(rs.getString(5))))
                .list();
    }
}
