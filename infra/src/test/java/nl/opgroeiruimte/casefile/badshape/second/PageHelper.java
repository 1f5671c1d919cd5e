package nl.opgroeiruimte.casefile.badshape.second;

import javax.sql.DataSource;
import nl.opgroeiruimte.casefile.badshape.first.SneakyCaseQueries;

/** Deliberately bad, for ArchitectureRulesCanFailTest: runs SQL without being a projection or query class, and depends back. */
public class PageHelper {
    private DataSource dataSource;
    private SneakyCaseQueries queries;

    public static void touch() {}
}
