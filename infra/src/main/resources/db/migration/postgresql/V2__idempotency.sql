-- The first answer to each command sent with an Idempotency-Key, stored in the same transaction as
-- the command's events, so that a retry gets that answer back and stores nothing twice.
create table idempotency_key (
    idempotency_key     varchar(200)  not null primary key,
    request_fingerprint varchar(64)   not null,
    status              integer       not null,
    location            varchar(1000),
    etag                varchar(40),
    body                text          not null,
    created_at          timestamp     not null
);
