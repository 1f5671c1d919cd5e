package nl.opgroeiruimte.casefile.infra.config;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the operator names the database user and password; the service never falls back on
 * credentials shipped in its own configuration (the embedded default's {@code sa}, or a well-known user
 * with an empty password). Checked before any bean is made, so a missing credential stops the start with
 * this message instead of a connection attempt as whoever the defaults say. An empty password given on
 * purpose ({@code SPRING_DATASOURCE_PASSWORD=}, for trust authentication) is allowed.
 */
@Component
@Profile("postgres")
public class DatabaseCredentials implements BeanFactoryPostProcessor, EnvironmentAware {
    private static final List<String> CREDENTIALS = List.of("spring.datasource.username", "spring.datasource.password");
    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String credential : CREDENTIALS) {
            if (!givenByTheOperator(credential)) {
                throw new IllegalStateException(
                        "The postgres profile has no default database credentials: set "
                                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (spring.datasource.username/password).");
            }
        }
        if (environment.getProperty(CREDENTIALS.get(0), "").isBlank()) {
            throw new IllegalStateException("The postgres profile has no default database credentials: "
                    + "SPRING_DATASOURCE_USERNAME is blank.");
        }
    }

    /** Whether the value that counts comes from outside the application's packaged configuration files. */
    private boolean givenByTheOperator(String key) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            // Spring Boot's view over all the others, attached under this name
            if (source.getName().equals("configurationProperties")) continue;
            if (source.containsProperty(key)) return !source.getName().contains("class path resource");
        }
        return false;
    }
}
