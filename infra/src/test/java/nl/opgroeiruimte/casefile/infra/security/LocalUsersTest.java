package nl.opgroeiruimte.casefile.infra.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import nl.opgroeiruimte.casefile.kernel.common.CallerRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The ready users of the local mode are a map keyed by user name: an operator adds one more with that
 * user's own keys (as command-line arguments do) and the users of application.yml stay as they were.
 */
class LocalUsersTest {
    private static final List<String> README_USERS = List.of(
            "beheerder",
            "ambtenaar-zwolle",
            "raadslid-zwolle",
            "ambtenaar-zutphen",
            "bestuur-assendorp",
            "procesbegeleider",
            "onderzoeker");

    @Test
    void theEmbeddedDefaultHasOneReadyUserPerRoleOfTheDocs() throws IOException {
        SecurityProperties security = bind(Map.of());

        assertThat(security.localUsers()).containsOnlyKeys(README_USERS);
        assertThat(security.localUsers().get("bestuur-assendorp").initiative())
                .as("the initiative of the demo's Assendorp case")
                .isEqualTo("warm-assendorp");
    }

    @Test
    void oneUserAddedByItsOwnKeysKeepsEveryOtherUser() throws IOException {
        SecurityProperties security = bind(Map.of(
                "casefile.security.local-users.wethouder-zwolle.password", "{noop}geheim",
                "casefile.security.local-users.wethouder-zwolle.role", "auditor",
                "casefile.security.local-users.wethouder-zwolle.person-id", "p-wethouder-zwolle",
                "casefile.security.local-users.wethouder-zwolle.municipality", "GM0193"));

        assertThat(security.localUsers())
                .hasSize(README_USERS.size() + 1)
                .containsKeys(README_USERS.toArray(String[]::new));
        UserDetailsService users = new SecurityConfig().localUsers(security);
        var added = (LocalUserDetails) users.loadUserByUsername("wethouder-zwolle");
        assertThat(added.caller()).isEqualTo(new Caller("p-wethouder-zwolle", CallerRole.AUDITOR, "GM0193", null));
        assertThat(added.getPassword()).isEqualTo("{noop}geheim");
        var kept = (LocalUserDetails) users.loadUserByUsername("ambtenaar-zwolle");
        assertThat(kept.caller())
                .isEqualTo(new Caller("p-ambtenaar-zwolle", CallerRole.MUNICIPAL_STAFF, "GM0193", null));
        assertThatThrownBy(() -> users.loadUserByUsername("niemand")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void oneKeyChangesOneUserOnly() throws IOException {
        SecurityProperties security =
                bind(Map.of("casefile.security.local-users.ambtenaar-zwolle.password", "{noop}anders"));

        assertThat(security.localUsers()).containsOnlyKeys(README_USERS);
        assertThat(security.localUsers().get("ambtenaar-zwolle").password()).isEqualTo("{noop}anders");
        assertThat(security.localUsers().get("ambtenaar-zwolle").municipality()).isEqualTo("GM0193");
        assertThat(security.localUsers().get("beheerder").password()).isEqualTo("{noop}beheerder");
    }

    @Test
    void anAddedUserWithoutTheTenantOfItsRoleStopsTheStart() throws IOException {
        SecurityProperties security = bind(Map.of(
                "casefile.security.local-users.half.password", "{noop}half",
                "casefile.security.local-users.half.role", "municipal-staff",
                "casefile.security.local-users.half.person-id", "p-half"));

        assertThatThrownBy(() -> new SecurityConfig().localUsers(security))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("half");
    }

    /** application.yml with the given arguments on top, as Spring Boot binds them at start. */
    private static SecurityProperties bind(Map<String, Object> arguments) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("arguments", arguments));
        for (PropertySource<?> yml :
                new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(yml);
        }
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("casefile.security", SecurityProperties.class);
    }
}
