package nl.opgroeiruimte.casefile.kernel.partnership.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** How a role changed hands: with a note or a document, or explicitly without any hand-over. */
public record Handover(
        @Size(max = 4000) String note, @Size(max = 500) String documentReference, boolean withoutHandover) {
    @JsonIgnore
    @AssertTrue(message = "give a note or a document reference, or set withoutHandover, not both")
    public boolean isValidHandover() {
        boolean documented =
                (note != null && !note.isBlank()) || (documentReference != null && !documentReference.isBlank());
        return documented != withoutHandover;
    }
}
