package nl.opgroeiruimte.casefile.kernel.partnership.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/**
 * Add a document to the case file: a signed agreement, a plan of approach, minutes. The content itself is
 * stored apart, under its SHA-256; the case records which content it holds, of which type and size, under
 * which name, and what it is the evidence of ({@code links}, possibly none yet).
 */
public record AddDocument(
        @TargetAggregateIdentifier @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String caseId,

        @NotNull @Valid Actor actor,
        @NotNull LocalDate occurredOn,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String documentId,

        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lowercase hex")
        String sha256,

        @NotBlank @Size(max = 255) String mediaType,
        @Positive long sizeBytes,
        @NotBlank @Size(max = 255) String fileName,
        @NotNull @Size(max = 20) List<@NotNull @Valid DocumentLink> links)
        implements CaseCommand {}
