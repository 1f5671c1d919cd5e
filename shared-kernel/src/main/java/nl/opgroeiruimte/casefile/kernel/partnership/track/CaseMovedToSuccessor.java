package nl.opgroeiruimte.casefile.kernel.partnership.track;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * From {@code occurredOn} the case belongs to {@code successor}, which succeeded
 * {@code formerMunicipality} in a reorganisation (herindeling); everything before stays as it was, under
 * the former municipality. The case file records it
 * by itself ({@code actor} is the system), following the recorded reorganisation.
 */
@Revision("1")
public record CaseMovedToSuccessor(
        String caseId, Actor actor, LocalDate occurredOn, String formerMunicipality, String successor)
        implements CaseEvent {}
