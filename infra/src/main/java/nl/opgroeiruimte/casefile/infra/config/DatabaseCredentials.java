package nl.opgroeiruimte.casefile.infra.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the operator names the database user and password; the service never falls back on a
 * well-known user with an empty password. Checked before any bean is made, so a missing credential stops
 * the start with this message instead of a connection attempt as whoever the driver guesses. An empty
 * password given on purpose ({@code SPRING_DATASOURCE_PASSWORD=}, for trust authentication) is allowed.
 */
@Component
@Profile("postgres")
public class DatabaseCredentials implements BeanFactoryPostProcessor, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String user = environment.getProperty("spring.datasource.username");
        if (user == null || user.isBlank() || !environment.containsProperty("spring.datasource.password")) {
            throw new IllegalStateException("The postgres profile has no default database credentials: set "
                    + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (spring.datasource.username/password).");
        }
    }
}
