package nl.opgroeiruimte.casefile.badshape.first;

import java.util.List;
import nl.opgroeiruimte.casefile.badshape.second.PageHelper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deliberately bad, for ArchitectureRulesCanFailTest: queries the cases' table from outside its owner, and closes a package cycle. */
public class SneakyCaseQueries {
    private final JdbcClient jdbc;

    public SneakyCaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> cases() {
        PageHelper.touch();
        return jdbc.sql("select case_id from rm_case").query(String.class).list();
    }
}
