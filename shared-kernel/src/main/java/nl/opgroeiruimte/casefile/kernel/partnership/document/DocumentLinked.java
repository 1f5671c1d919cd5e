package nl.opgroeiruimte.casefile.kernel.partnership.document;

import java.time.LocalDate;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/** A document of the case was linked to an agreement, decision or meeting. */
@Revision("1")
public record DocumentLinked(String caseId, Actor actor, LocalDate occurredOn, String documentId, DocumentLink link)
        implements CaseEvent {}
