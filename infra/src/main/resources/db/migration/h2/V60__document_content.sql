-- The content of the documents of the case files, content-addressed: one row per distinct content,
-- whichever cases and documents hold it (their DocumentAdded events name it by its SHA-256).
-- Stored in the same transaction as the event that adds the document (docs/documents.md).
create table document_content (
    sha256      char(64)     not null primary key,
    media_type  varchar(255) not null,
    size_bytes  bigint       not null,
    content     blob         not null,
    stored_at   timestamp with time zone not null
);
