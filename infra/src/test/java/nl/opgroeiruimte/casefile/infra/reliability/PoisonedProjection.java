package nl.opgroeiruimte.casefile.infra.reliability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.opgroeiruimte.casefile.kernel.partnership.contact.MeetingRecorded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A projection whose SQL fails on every meeting with the topic "poison" for as long as it is poisoned,
 * the way a real projection fails on a fact it has a bug for; on PostgreSQL that spoils the transaction
 * the fact was handled in. Deliberately no Spring stereotype: only the test that imports it has it, so
 * no other application context (nor the crash test's process) does.
 */
@ProcessingGroup(PoisonedProjection.GROUP)
public class PoisonedProjection {
    public static final String GROUP = "poisoned-probe";
    public static final String POISON = "poison";
    private volatile boolean poisoned = true;
    private final List<String> handledMeetings = new CopyOnWriteArrayList<>();
    private final JdbcClient jdbc;

    public PoisonedProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(MeetingRecorded meeting) {
        if (poisoned && meeting.topics().contains(POISON)) {
            jdbc.sql("select cast(:marker as integer)")
                    .param("marker", "cannot project meeting " + meeting.meetingId() + " yet")
                    .query(Integer.class)
                    .single();
        }
        handledMeetings.add(meeting.meetingId());
    }

    public void cure() {
        poisoned = false;
    }

    public List<String> handledMeetings() {
        return handledMeetings;
    }
}
