package nl.opgroeiruimte.casefile.infra.processing;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an instance does by its role ({@code casefile.instance.role}, {@link InstanceRole}, docs/scaling.md).
 * With {@code all}, the default, nothing here changes anything.
 */
@Configuration(proxyBeanMethods = false)
public class InstanceRoleConfig {
    private static final Logger log = LoggerFactory.getLogger(InstanceRoleConfig.class);

    /** The name of a processor that stands in for one that runs on instances of the other role. */
    static final String ON_OTHER_INSTANCES = "on-other-instances:";

    /** A source of events that never delivers one. */
    private static final SubscribableMessageSource<EventMessage<?>> NOTHING = handlers -> () -> true;

    /**
     * A processing group this instance does not run gets a processor of its own under another name, which
     * subscribes to nothing: its handlers stay known (the live updates ask them which events a read model
     * handles), but nothing reaches them, no segment is claimed and no position kept. Renamed because
     * Spring Boot's properties ({@code axon.eventhandling.processors.<name>}) already register a pooled
     * processor under the group's own name; with no group assigned to it, that one is never built.
     */
    @Bean
    ConfigurerModule processorsOfThisRole(InstanceProperties instance, ConfigurableListableBeanFactory beans) {
        InstanceRole role = instance.role();
        Set<String> elsewhere = new TreeSet<>();
        for (String bean : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(bean, ProcessingGroup.class);
            if (group != null && !role.runs(group.value())) elsewhere.add(group.value());
        }
        if (!elsewhere.isEmpty())
            log.info("Instance role {}: the processors {} run on other instances", role, elsewhere);
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            for (String group : elsewhere) {
                processing
                        .assignProcessingGroup(group, ON_OTHER_INSTANCES + group)
                        .registerSubscribingEventProcessor(ON_OTHER_INSTANCES + group, config -> NOTHING);
            }
        };
    }

    /**
     * A projector does not pick due deadlines (nor the other db-scheduler tasks, such as the webhook
     * deliveries): a deadline produces a command, and commands are the api instances' work. It can still
     * schedule one, should a command it sends (a municipal reorganisation) set a time limit: that is a row.
     */
    @Bean
    @ConditionalOnProperty(name = "casefile.instance.role", havingValue = "projector")
    DbSchedulerStarter deadlinesFallDueOnTheApiInstances() {
        return () ->
                log.info("Instance role projector: due deadlines and scheduled tasks are left to the api instances");
    }
}
