package nl.opgroeiruimte.casefile.kernel.partnership.contact;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A meeting or guided session took place. */
@Revision("1")
public record MeetingRecorded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String meetingId,
        MeetingKind kind,
        List<Attendee> attendees,
        List<String> topics,
        Integer sessionNumber,
        String summary)
        implements CaseEvent {}
