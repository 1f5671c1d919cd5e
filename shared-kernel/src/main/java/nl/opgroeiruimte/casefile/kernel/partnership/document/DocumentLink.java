package nl.opgroeiruimte.casefile.kernel.partnership.document;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.opgroeiruimte.casefile.kernel.common.Ids;

/** A document is the evidence behind this agreement, decision or meeting of the case. */
public record DocumentLink(
        @NotNull LinkedRecordKind kind,

        @NotNull @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String id) {}
