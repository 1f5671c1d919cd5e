package nl.opgroeiruimte.casefile.command.people;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** The people register in the table {@code person_register} (Flyway V12); the query side reads it by SQL. */
@Component
public class JdbcPeopleRegister implements PeopleRegister {
    private final JdbcClient jdbc;

    public JdbcPeopleRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enter(String personId, PersonalData data) {
        jdbc.sql("""
                        insert into person_register (person_id, full_name, email, organisation)
                        select :personId, :name, :email, :organisation
                        where not exists (select 1 from person_register where person_id = :personId)""")
                .param("personId", personId)
                .param("name", data.name())
                .param("email", data.email())
                .param("organisation", data.organisation())
                .update();
    }

    /**
     * Also forgets the stored answers to requests on the person's resource (a registration sent with an
     * Idempotency-Key): their fingerprint is a hash of the request, personal data included.
     */
    @Override
    public void erase(String personId, LocalDate erasedOn) {
        jdbc.sql("""
                        update person_register set full_name = null, email = null, organisation = null, erased_on = :erasedOn
                        where person_id = :personId""").param("personId", personId).param("erasedOn", erasedOn).update();
        jdbc.sql("delete from idempotency_key where location = :location")
                .param("location", "/api/v1/people/" + UriUtils.encodePathSegment(personId, StandardCharsets.UTF_8))
                .update();
    }
}
