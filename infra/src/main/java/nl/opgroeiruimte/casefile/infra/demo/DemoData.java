package nl.opgroeiruimte.casefile.infra.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty case file, records the demo cases of {@link DemoStories} through the
 * command gateway, so that a newcomer sees a living dashboard at once. Never on a file that holds any
 * event; off with {@code casefile.demo-data.enabled=false} ({@link DemoDataProperties}; the {@code postgres}
 * profile turns it off).
 */
// lazy: made only when the runners run, so that where it is off it wires nothing into the start-up
@Lazy
@Component
public class DemoData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CommandGateway commands;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoDataProperties settings;

    public DemoData(CommandGateway commands, JdbcClient jdbc, Clock clock, DemoDataProperties settings) {
        this.commands = commands;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) return;
        long events = jdbc.sql("select count(*) from domainevententry")
                .query(Long.class)
                .single();
        if (events > 0) {
            log.info("Demo data not recorded: the case file already holds {} events", events);
            return;
        }
        DemoRecorder recorder = new DemoRecorder(LocalDate.now(clock));
        new DemoStories(recorder).recordAll();
        int sent = recorder.sendAll(commands, clock);
        log.info("Demo data recorded: {} commands (made-up people and cases, based on the seeds' examples)", sent);
    }
}
