-- Axon's event store, snapshot store and token store for the JDBC storage engine.
-- Payloads and metadata are bytea holding UTF-8 JSON (Jackson serializer): readable with plain SQL,
--   select convert_from(payload, 'UTF8')::jsonb from domainevententry;
-- never large objects (oid), which SQL cannot read and which leak storage.

create table domainevententry (
    globalindex         bigserial    not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (globalindex),
    -- loading an aggregate reads its events by id and sequence; the same index guards against two
    -- writers appending the same sequence number (optimistic concurrency)
    constraint domainevent_aggregate_sequence unique (aggregateidentifier, sequencenumber),
    constraint domainevent_identifier unique (eventidentifier)
);

-- Streaming processors can start from a point in time (createTokenAt).
create index domainevent_timestamp on domainevententry (timestamp);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    constraint snapshot_identifier unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);
