package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Move a case of a former municipality to its successor as of the day a reorganisation took effect
 * ({@code occurredOn}). Sent by the case file itself when the reorganisation is recorded, never over the
 * API, so it is no command of one of the case's parties: the move is recorded by the case file
 * ({@code SystemActor}), as what follows from the recorded reorganisation. Sending it again changes
 * nothing.
 */
public record MoveCaseToSuccessor(
        @TargetAggregateIdentifier String caseId, LocalDate occurredOn, String formerMunicipality, String successor) {}
