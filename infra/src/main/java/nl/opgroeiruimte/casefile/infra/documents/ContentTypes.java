package nl.opgroeiruimte.casefile.infra.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What a document is, judged from its bytes (magic numbers) and, where the bytes leave it open (a zip that is
 * an office document, plain text that is CSV), its name: Apache Tika's detection. The type the client
 * declares is not believed.
 */
@Component
public class ContentTypes {
    private final Tika tika = new Tika();

    public String detect(byte[] content, String fileName) {
        try {
            return tika.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
