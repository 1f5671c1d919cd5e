package nl.opgroeiruimte.casefile.infra.processing;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings that follow from a projector's role, as defaults an operator can still override: its
 * db-scheduler is never started (deadlines are the api instances' work), so its health is not reported,
 * which would otherwise say DOWN and have the orchestration restart a healthy projector.
 */
public class InstanceRoleSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String role = environment.getProperty("casefile.instance.role", "all");
        if (role.equalsIgnoreCase(InstanceRole.PROJECTOR.name())) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "casefile.instance.role=projector",
                            Map.of("management.health.db-scheduler.enabled", "false")));
        }
    }
}
