package nl.opgroeiruimte.casefile.kernel.partnership.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.common.Ids;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a meeting or guided session with who attended (regular contact is a success factor, 003). */
public record RecordMeeting(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String meetingId,

        @NotNull MeetingKind kind,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Attendee> attendees,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> topics,
        @Positive @Max(100) Integer sessionNumber,
        @Size(max = 4000) String summary)
        implements CaseCommand {}
