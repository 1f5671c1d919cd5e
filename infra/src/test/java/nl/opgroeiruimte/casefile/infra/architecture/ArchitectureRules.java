package nl.opgroeiruimte.casefile.infra.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.springframework.asm.ClassReader;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules the code's shape must keep that Maven's module graph cannot enforce. Held in one place so that
 * {@link ModuleBoundariesTest} checks them on the real classes and {@link ArchitectureRulesCanFailTest}
 * shows each one rejecting a deliberately bad class.
 */
final class ArchitectureRules {
    static final String ROOT = "nl.opgroeiruimte.casefile";
    private static final String QUERY = ROOT + ".query.";

    /**
     * Every read table and the package that owns it: its projection writes it, and it (the projection or the
     * package's {@code *Queries}) answers every question on it. Pages, live updates and other packages ask
     * the owner.
     */
    static final Map<String, String> READ_TABLE_OWNERS = Map.ofEntries(
            Map.entry("rm_case", QUERY + "cases"),
            Map.entry("rm_case_facilitator", QUERY + "cases"),
            Map.entry("rm_case_indicator", QUERY + "indicators"),
            Map.entry("rm_indicator_municipality_mark", QUERY + "indicators"),
            Map.entry("rm_timeline_entry", QUERY + "timeline"),
            Map.entry("rm_municipal_timeline_entry", QUERY + "timeline"),
            Map.entry("rm_timeline_person", QUERY + "timeline"),
            Map.entry("rm_case_municipality_period", QUERY + "timeline"),
            Map.entry("person_summary", QUERY + "people"),
            Map.entry("initiative_summary", QUERY + "initiative"),
            Map.entry("initiative_working_municipality", QUERY + "initiative"),
            Map.entry("initiative_legal_form", QUERY + "initiative"),
            Map.entry("initiative_representation", QUERY + "initiative"),
            Map.entry("municipality_registration", QUERY + "municipality"),
            Map.entry("municipal_election", QUERY + "municipality"),
            Map.entry("municipal_college", QUERY + "municipality"),
            Map.entry("municipal_college_member", QUERY + "municipality"),
            Map.entry("municipal_policy", QUERY + "municipality"));

    /** Tables that are no read model: the frameworks' stores and the registers the command side keeps. */
    static final Set<String> OTHER_TABLES = Set.of(
            "domainevententry",
            "snapshotevententry",
            "tokenentry",
            "deadletterentry",
            "idempotency_key",
            "person_register",
            "scheduled_tasks",
            "processing_instance",
            "processing_instance_processor",
            "document_content",
            "notification_subscription",
            "notification_delivery",
            "reorganisation_case",
            "reorganisation_merger");

    /**
     * Classes that may use SQL although they are no projection and no query class, each with its reason.
     * None of them touches a read table (the ownership rule checks that).
     */
    static final Map<String, String> SQL_ALLOWED_OUTSIDE_OWNERS = Map.ofEntries(
            Map.entry(ROOT + ".command.api.IdempotencyStore", "the command side's idempotency keys"),
            Map.entry(
                    ROOT + ".command.people.JdbcPeopleRegister",
                    "the people register, the one place personal data is kept"),
            Map.entry(
                    ROOT + ".query.people.PeopleDirectory",
                    "reads names from the people register at the moment of showing them"),
            Map.entry(ROOT + ".query.admin.StoredTokens", "reads Axon's token store without claiming"),
            Map.entry(ROOT + ".infra.config.AxonConfig", "wires Axon's JDBC event, token and dead-letter stores"),
            Map.entry(ROOT + ".infra.processing.ProcessingConfig", "wires the processing instances' registry"),
            Map.entry(
                    ROOT + ".infra.processing.FairShareOfSegments",
                    "balances segments over instances in the token store"),
            Map.entry(ROOT + ".infra.research.ResearchConfig", "wires the research export to the event store"),
            Map.entry(ROOT + ".infra.research.EventExporter", "streams the event store for a research export"),
            Map.entry(
                    ROOT + ".infra.research.EventImporter",
                    "writes an imported research dataset into an empty event store"),
            Map.entry(
                    ROOT + ".infra.demo.DemoData", "checks whether the event store is empty before seeding demo data"),
            Map.entry(
                    ROOT + ".infra.web.ProblemAdvice",
                    "reads the connection pool's size (no SQL) to tell an overloaded pool from a database outage"),
            Map.entry(
                    ROOT + ".infra.record.ChainVerifier",
                    "recomputes the hash chains from the stored event rows with plain SQL"),
            Map.entry(
                    ROOT + ".infra.record.RecordConfig",
                    "wires the hash-chained event storage engine and the one-off sealing of older events"),
            Map.entry(
                    ROOT + ".infra.documents.DocumentContents",
                    "keeps uploaded documents' bytes, content-addressed, beside the event that records them"),
            Map.entry(ROOT + ".infra.notifications.Subscriptions", "the webhook subscriptions register"),
            Map.entry(
                    ROOT + ".infra.reorganisation.MunicipalReorganisationProcess",
                    "the reorganisation process's own state: which cases of which municipality to move"),
            Map.entry(
                    ROOT + ".infra.notifications.Deliveries",
                    "the webhook outbox, written in the notification processor's transaction"),
            Map.entry(
                    ROOT + ".infra.notifications.StreamMunicipalities",
                    "reads a stream's municipality from the event store to route its notifications"));

    private static final List<Class<?>> SQL_TYPES =
            List.of(JdbcClient.class, JdbcOperations.class, NamedParameterJdbcOperations.class, DataSource.class);

    private ArchitectureRules() {}

    static final ArchRule KERNEL_HAS_NO_FRAMEWORKS = noClasses()
            .that()
            .resideInAPackage("..casefile.kernel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..")
            .orShould()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "Axon classes other than the routing and revision annotations",
                    c -> c.getPackageName().startsWith("org.axonframework")
                            && !c.isEquivalentTo(TargetAggregateIdentifier.class)
                            && !c.isEquivalentTo(Revision.class)));

    /** Feature packages (a module and its first package level, e.g. {@code query.cases}) do not depend on each other in a circle. */
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().matching(ROOT + ".(*).(*)..").should().beFreeOfCycles();

    static final ArchRule SQL_ONLY_IN_PROJECTIONS_AND_QUERIES = classes()
            .that(DescribedPredicate.describe(
                    "use SQL (JdbcClient, JdbcTemplate, NamedParameterJdbcTemplate or a DataSource)",
                    ArchitectureRules::usesSql))
            .should(new ArchCondition<>("be named *Projection or *Queries, or be on the short allow-list") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    String owner = topLevelName(javaClass);
                    if (!isProjectionOrQueries(owner) && !SQL_ALLOWED_OUTSIDE_OWNERS.containsKey(owner)) {
                        events.add(violated(
                                javaClass, javaClass.getName() + " uses SQL but is no *Projection or *Queries"));
                    }
                }
            });

    /**
     * Classes that read read tables of several owners in one query, each with its reason. They never write
     * them; everything else asks the owner.
     */
    static final Map<String, String> READS_ACROSS_OWNERS = Map.of(
            QUERY + "people.PeopleDirectory",
            "decides whether a caller shares a case with a person (personal data): one query "
                    + "over the cases, their facilitators, the parties' people and the people the timeline names");

    static final ArchRule READ_TABLES_ONLY_IN_THEIR_OWNER = classes()
            .should(
                    new ArchCondition<>(
                            "mention a read table only in the *Projection or *Queries of the package that owns it") {
                        @Override
                        public void check(JavaClass javaClass, ConditionEvents events) {
                            if (READS_ACROSS_OWNERS.containsKey(topLevelName(javaClass))) return;
                            for (String table : tablesIn(javaClass)) {
                                String owner = READ_TABLE_OWNERS.get(table);
                                if (owner == null) continue;
                                if (!javaClass.getPackageName().equals(owner)
                                        || !isProjectionOrQueries(topLevelName(javaClass))) {
                                    events.add(violated(
                                            javaClass,
                                            javaClass.getName() + " uses table " + table + ", which " + owner
                                                    + " owns"));
                                }
                            }
                        }
                    });

    static boolean usesSql(JavaClass javaClass) {
        return javaClass.getDirectDependenciesFromSelf().stream()
                .anyMatch(
                        d -> SQL_TYPES.stream().anyMatch(t -> d.getTargetClass().isAssignableTo(t)));
    }

    private static boolean isProjectionOrQueries(String className) {
        return className.endsWith("Projection") || className.endsWith("Queries");
    }

    private static String topLevelName(JavaClass javaClass) {
        String name = javaClass.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    /** The known tables named in the class's string constants (SQL text, text blocks, concatenation recipes). */
    static Set<String> tablesIn(JavaClass javaClass) {
        Set<String> tables = new LinkedHashSet<>();
        for (String constant : stringConstants(javaClass)) {
            Matcher words = WORD.matcher(constant);
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                if (READ_TABLE_OWNERS.containsKey(word) || OTHER_TABLES.contains(word)) tables.add(word);
            }
        }
        return tables;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final int CONSTANT_STRING = 8;

    private static List<String> stringConstants(JavaClass javaClass) {
        var source = javaClass
                .getSource()
                .orElseThrow(() -> new IllegalStateException("No class file for " + javaClass.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            ClassReader reader = new ClassReader(in);
            char[] buffer = new char[reader.getMaxStringLength()];
            List<String> constants = new ArrayList<>();
            for (int i = 1; i < reader.getItemCount(); i++) {
                int offset = reader.getItem(i);
                if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_STRING)
                    constants.add(reader.readUTF8(offset, buffer));
            }
            return constants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
