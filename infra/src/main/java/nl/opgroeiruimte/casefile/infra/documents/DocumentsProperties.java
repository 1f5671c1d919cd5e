package nl.opgroeiruimte.casefile.infra.documents;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Documents in the case (docs/documents.md).
 *
 * @param maxSize      the largest document accepted; a larger upload is refused with 413
 * @param allowedTypes the content types accepted, as detected from the bytes (Apache Tika), not as the client
 *                     declares them; anything else is refused with 415. Only types a browser does not run:
 *                     no HTML, SVG, scripts or executables.
 */
@Validated
@ConfigurationProperties("casefile.documents")
public record DocumentsProperties(
        @DefaultValue("20MB") DataSize maxSize,

        @DefaultValue({
            "application/pdf",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword",
            "application/vnd.ms-excel",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg",
            "message/rfc822"
        })
        @NotEmpty
        List<String> allowedTypes) {

    /** What a whole upload request may hold: the document and its description, with room for the multipart framing. */
    public long maxRequestBytes() {
        return maxSize.toBytes() + 64 * 1024;
    }
}
