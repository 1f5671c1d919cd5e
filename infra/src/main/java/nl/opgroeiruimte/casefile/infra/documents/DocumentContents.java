package nl.opgroeiruimte.casefile.infra.documents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The content of documents, content-addressed by SHA-256 in the database ({@code document_content}). The
 * same content added twice, to one case or to several, is stored once.
 */
@Component
public class DocumentContents {
    private final JdbcClient jdbc;
    private final Clock clock;

    public DocumentContents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the content unless it is already there; part of the caller's transaction. */
    public void store(String sha256, String mediaType, byte[] content) {
        jdbc.sql("""
                        insert into document_content (sha256, media_type, size_bytes, content, stored_at)
                        select :sha256, :mediaType, :size, :content, :storedAt
                        where not exists (select 1 from document_content where sha256 = :sha256)""")
                .param("sha256", sha256)
                .param("mediaType", mediaType)
                .param("size", (long) content.length)
                .param("content", content)
                .param("storedAt", OffsetDateTime.now(clock))
                .update();
    }

    /** The content, or empty when it was erased (docs/documents.md, "Retention and erasure"). */
    public Optional<byte[]> read(String sha256) {
        return jdbc.sql("select content from document_content where sha256 = ?")
                .param(sha256)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    /** Erases the content: every document that holds it keeps its record (hash, type, size, name), not its bytes. */
    public boolean erase(String sha256) {
        return jdbc.sql("delete from document_content where sha256 = ?")
                        .param(sha256)
                        .update()
                > 0;
    }
}
