package nl.opgroeiruimte.casefile.infra.processing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerStarter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.opgroeiruimte.casefile.infra.security.SecurityConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

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

    /** What a projector instance answers over HTTP: health for the orchestration, administration of its processors. */
    private static final List<String> SERVED_BY_A_PROJECTOR =
            List.of("/actuator", "/api/v1/admin/processors", "/api/v1/admin/dead-letters");

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

    /**
     * A projector answers health (for the orchestration) and the administration of the processors it runs;
     * anything else, pages included, is refused before sign-in with {@code 404 not-served-by-projector}:
     * the load balancer should not send it there.
     */
    @Bean
    @ConditionalOnProperty(name = "casefile.instance.role", havingValue = "projector")
    FilterRegistrationBean<OncePerRequestFilter> projectorServesNoApi(ObjectMapper json) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (SERVED_BY_A_PROJECTOR.stream()
                        .anyMatch(served -> path.equals(served) || path.startsWith(served + "/"))) {
                    chain.doFilter(request, response);
                    return;
                }
                SecurityConfig.problem(
                        json,
                        request,
                        response,
                        HttpStatus.NOT_FOUND,
                        "not-served-by-projector",
                        null,
                        "This instance only keeps the read models up to date (casefile.instance.role=projector); "
                                + "send requests to an instance with the role api or all.");
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("projectorServesNoApi");
        return registration;
    }
}
