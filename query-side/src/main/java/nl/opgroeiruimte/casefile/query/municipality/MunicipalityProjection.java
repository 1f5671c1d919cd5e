package nl.opgroeiruimte.casefile.query.municipality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.opgroeiruimte.casefile.kernel.municipality.AdoptingBody;
import nl.opgroeiruimte.casefile.kernel.municipality.AldermanDeparted;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeInstalled;
import nl.opgroeiruimte.casefile.kernel.municipality.CollegeMember;
import nl.opgroeiruimte.casefile.kernel.municipality.DepartureReason;
import nl.opgroeiruimte.casefile.kernel.municipality.DutchMunicipalities;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalElectionRecorded;
import nl.opgroeiruimte.casefile.kernel.municipality.MunicipalityRegistered;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyAdopted;
import nl.opgroeiruimte.casefile.kernel.municipality.PolicyKind;
import nl.opgroeiruimte.casefile.kernel.municipality.SeatsWon;
import nl.opgroeiruimte.casefile.query.municipality.MunicipalityViews.*;
import nl.opgroeiruimte.casefile.query.people.PeopleDirectory;
import nl.opgroeiruimte.casefile.query.support.Page;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Municipalities as the query API shows them, kept from their events: the reference list merged with
 * registration, elections, colleges with their members over time, and policy. Every handler replaces
 * the rows its event determines, so a redelivered or replayed event leaves the same tables. People are
 * kept by id only; their names are looked up in the people register when read.
 */
@Component
@ProcessingGroup(MunicipalityProjection.GROUP)
public class MunicipalityProjection {
    public static final String GROUP = "municipalities";
    private static final TypeReference<List<SeatsWon>> SEATS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final PeopleDirectory people;

    public MunicipalityProjection(JdbcClient jdbc, ObjectMapper json, PeopleDirectory people) {
        this.jdbc = jdbc;
        this.json = json;
        this.people = people;
    }

    // ---------------------------------------------------------------- keeping the tables

    @EventHandler
    void on(MunicipalityRegistered e) {
        jdbc.sql("delete from municipality_registration where cbs_code = :cbsCode")
                .param("cbsCode", e.cbsCode())
                .update();
        jdbc.sql("insert into municipality_registration (cbs_code, name, registered_on) values (:cbsCode, :name, :on)")
                .param("cbsCode", e.cbsCode())
                .param("name", e.name())
                .param("on", e.occurredOn())
                .update();
    }

    @EventHandler
    void on(MunicipalElectionRecorded e) {
        jdbc.sql("delete from municipal_election where cbs_code = :cbsCode and election_date = :day")
                .param("cbsCode", e.cbsCode())
                .param("day", e.electionDate())
                .update();
        jdbc.sql("""
                        insert into municipal_election (cbs_code, election_date, established_on, national_election_day, seats)
                        values (:cbsCode, :day, :on, :national, :seats)""")
                .param("cbsCode", e.cbsCode())
                .param("day", e.electionDate())
                .param("on", e.occurredOn())
                .param("national", e.nationalElectionDay())
                .param("seats", write(e.seats()))
                .update();
    }

    @EventHandler
    void on(CollegeInstalled e) {
        jdbc.sql("delete from municipal_college_member where college_id = :id")
                .param("id", e.collegeId())
                .update();
        jdbc.sql("delete from municipal_college where college_id = :id")
                .param("id", e.collegeId())
                .update();
        jdbc.sql("insert into municipal_college (college_id, cbs_code, installed_on) values (:id, :cbsCode, :on)")
                .param("id", e.collegeId())
                .param("cbsCode", e.cbsCode())
                .param("on", e.occurredOn())
                .update();
        insertMember(e.collegeId(), e.mayor(), Office.MAYOR, e.occurredOn());
        e.aldermen().forEach(alderman -> insertMember(e.collegeId(), alderman, Office.ALDERMAN, e.occurredOn()));
    }

    @EventHandler
    void on(AldermanDeparted e) {
        jdbc.sql("""
                        update municipal_college_member
                        set member_until = :on, departure_reason = :reason, departure_note = :note
                        where college_id = :id and person_id = :personId and member_from <= :on
                          and (member_until is null or member_until = :on)""")
                .param("on", e.occurredOn())
                .param("reason", e.reason().name())
                .param("note", e.note())
                .param("id", e.collegeId())
                .param("personId", e.personId())
                .update();
        if (e.successor() != null) {
            jdbc.sql(
                            "delete from municipal_college_member where college_id = :id and person_id = :personId and member_from = :on")
                    .param("id", e.collegeId())
                    .param("personId", e.successor().personId())
                    .param("on", e.occurredOn())
                    .update();
            insertMember(e.collegeId(), e.successor(), Office.ALDERMAN, e.occurredOn());
        }
    }

    @EventHandler
    void on(PolicyAdopted e) {
        jdbc.sql("delete from municipal_policy where policy_id = :id")
                .param("id", e.policyId())
                .update();
        jdbc.sql("""
                        insert into municipal_policy (policy_id, cbs_code, adopted_on, kind, title, adopted_by, opgroeiruimte_included,
                            reserved_budget_in_euros, document_reference)
                        values (:id, :cbsCode, :on, :kind, :title, :adoptedBy, :included, :budget, :document)""")
                .param("id", e.policyId())
                .param("cbsCode", e.cbsCode())
                .param("on", e.occurredOn())
                .param("kind", e.kind().name())
                .param("title", e.title())
                .param("adoptedBy", e.adoptedBy().name())
                .param("included", e.opgroeiruimteIncluded())
                .param("budget", e.reservedBudgetInEuros())
                .param("document", e.documentReference())
                .update();
    }

    @ResetHandler
    void reset() {
        for (String table : List.of(
                "municipal_college_member",
                "municipal_college",
                "municipal_policy",
                "municipal_election",
                "municipality_registration")) {
            jdbc.sql("delete from " + table).update();
        }
    }

    private void insertMember(String collegeId, CollegeMember member, Office office, LocalDate from) {
        jdbc.sql("""
                        insert into municipal_college_member (college_id, person_id, member_from, office, portfolios, political_party)
                        values (:id, :personId, :from, :office, :portfolios, :party)""")
                .param("id", collegeId)
                .param("personId", member.personId())
                .param("from", from)
                .param("office", office.name())
                .param("portfolios", write(member.portfolios()))
                .param("party", member.politicalParty())
                .update();
    }

    // ---------------------------------------------------------------- answering

    /** The reference list merged with registration, in order of CBS code. */
    public Page<MunicipalityListItem> list(Boolean registered, int page, int pageSize) {
        Map<String, LocalDate> registrations = jdbc
                .sql("select cbs_code, registered_on from municipality_registration")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<MunicipalityListItem> all = DutchMunicipalities.all().stream()
                .map(m -> new MunicipalityListItem(
                        m.cbsCode(), m.name(), registrations.containsKey(m.cbsCode()), registrations.get(m.cbsCode())))
                .filter(m -> registered == null || m.registered() == registered)
                .toList();
        int from = Math.min(Page.offset(page, pageSize), all.size());
        return Page.of(all.subList(from, Math.min(from + pageSize, all.size())), page, pageSize, all.size());
    }

    /** A municipality of the reference list or registered earlier under a code since merged away; empty otherwise. */
    public Optional<MunicipalityView> find(String cbsCode) {
        Optional<Map.Entry<String, LocalDate>> registration = jdbc.sql(
                        "select name, registered_on from municipality_registration where cbs_code = :cbsCode")
                .param("cbsCode", cbsCode)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .optional();
        Optional<String> name = registration
                .map(Map.Entry::getKey)
                // a former municipality (merged away in a reorganisation) is known by its name too
                .or(() -> DutchMunicipalities.nameOf(cbsCode));
        return name.map(n -> new MunicipalityView(
                cbsCode,
                n,
                registration.isPresent(),
                registration.map(Map.Entry::getValue).orElse(null),
                elections(cbsCode),
                colleges(cbsCode),
                policies(cbsCode)));
    }

    public List<ElectionView> elections(String cbsCode) {
        return jdbc.sql("""
                        select election_date, established_on, national_election_day, seats from municipal_election
                        where cbs_code = :cbsCode order by election_date""")
                .param("cbsCode", cbsCode)
                .query((rs, n) -> {
                    List<SeatsWon> seats = read(rs.getString(4), SEATS);
                    Integer total = seats.isEmpty()
                            ? null
                            : seats.stream().mapToInt(SeatsWon::seats).sum();
                    return new ElectionView(
                            rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalDate.class),
                            rs.getBoolean(3),
                            seats,
                            total);
                })
                .list();
    }

    /** The colleges in order of installation, each in office until the next one was installed. */
    public List<CollegeView> colleges(String cbsCode) {
        List<Map.Entry<String, LocalDate>> installed = jdbc.sql("""
                        select college_id, installed_on from municipal_college where cbs_code = :cbsCode order by installed_on""")
                .param("cbsCode", cbsCode)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list();
        if (installed.isEmpty()) return List.of();
        List<StoredMember> members = jdbc.sql("""
                        select m.college_id, m.person_id, m.member_from, m.office, m.portfolios, m.political_party, m.member_until,
                               m.departure_reason, m.departure_note
                        from municipal_college_member m join municipal_college c on c.college_id = m.college_id
                        where c.cbs_code = :cbsCode""")
                .param("cbsCode", cbsCode)
                .query(this::storedMember)
                .list();
        Map<String, String> names =
                people.displayNames(members.stream().map(StoredMember::personId).toList());
        Map<String, List<StoredMember>> byCollege =
                members.stream().collect(Collectors.groupingBy(StoredMember::collegeId));
        List<CollegeView> colleges = new ArrayList<>();
        for (int i = 0; i < installed.size(); i++) {
            String collegeId = installed.get(i).getKey();
            LocalDate until = i + 1 < installed.size() ? installed.get(i + 1).getValue() : null;
            List<MemberView> seats = byCollege.getOrDefault(collegeId, List.of()).stream()
                    .sorted(Comparator.comparing(StoredMember::office)
                            .thenComparing(StoredMember::from)
                            .thenComparing(StoredMember::personId))
                    .map(m -> new MemberView(
                            m.personId(),
                            names.get(m.personId()),
                            m.office(),
                            m.portfolios(),
                            m.politicalParty(),
                            m.from(),
                            m.until() != null ? m.until() : until,
                            m.departureReason(),
                            m.departureNote()))
                    .toList();
            colleges.add(new CollegeView(collegeId, installed.get(i).getValue(), until, until == null, seats));
        }
        return colleges;
    }

    public List<PolicyView> policies(String cbsCode) {
        return jdbc.sql("""
                        select policy_id, adopted_on, kind, title, adopted_by, opgroeiruimte_included, reserved_budget_in_euros,
                               document_reference
                        from municipal_policy where cbs_code = :cbsCode order by adopted_on, policy_id""")
                .param("cbsCode", cbsCode)
                .query((rs, n) -> new PolicyView(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        PolicyKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        AdoptingBody.valueOf(rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getBigDecimal(7),
                        rs.getString(8)))
                .list();
    }

    private record StoredMember(
            String collegeId,
            String personId,
            LocalDate from,
            Office office,
            List<String> portfolios,
            String politicalParty,
            LocalDate until,
            DepartureReason departureReason,
            String departureNote) {}

    private StoredMember storedMember(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString(8);
        return new StoredMember(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                Office.valueOf(rs.getString(4)),
                read(rs.getString(5), STRINGS),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                reason == null ? null : DepartureReason.valueOf(reason),
                rs.getString(9));
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
