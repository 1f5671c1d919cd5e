package nl.opgroeiruimte.casefile.kernel.partnership.document;

import java.time.LocalDate;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Actor;
import nl.opgroeiruimte.casefile.kernel.partnership.CaseEvent;
import org.axonframework.serialization.Revision;

/**
 * A document was added to the case file. {@code occurredOn} is the day it was added to the file (a signed
 * agreement's own date is the agreement's); the content is the one with this SHA-256.
 */
@Revision("1")
public record DocumentAdded(
        String caseId,
        Actor actor,
        LocalDate occurredOn,
        String documentId,
        String sha256,
        String mediaType,
        long sizeBytes,
        String fileName,
        List<DocumentLink> links)
        implements CaseEvent {}
