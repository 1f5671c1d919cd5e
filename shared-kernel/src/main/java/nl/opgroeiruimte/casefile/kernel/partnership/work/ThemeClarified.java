package nl.opgroeiruimte.casefile.kernel.partnership.work;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A theme was (partly) clarified. */
@Revision("1")
public record ThemeClarified(
        String caseId, Actor actor, LocalDate occurredOn, Theme theme, ThemeStatus status, List<String> agreementsMade)
        implements CaseEvent {}
