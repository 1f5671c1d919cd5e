-- Read models of cases, kept by Axon pooled streaming processors and rebuilt from the event store
-- on replay. Nothing here is the source of truth: the event store is.

-- processing group "case-summaries": one row per case, for lists and dashboards
create table rm_case (
    case_id        varchar(64)  not null primary key,
    municipality   varchar(6)   not null,
    initiative     varchar(64)  not null,
    activity       varchar(300) not null,
    area           varchar(300) not null,
    status         varchar(20)  not null,
    requested_on   date         not null,
    granted_on     date,
    closed_on      date,
    last_event_on  date         not null,
    event_count    integer      not null,
    last_sequence  bigint       not null
);
create index rm_case_municipality on rm_case (municipality, status);
create index rm_case_initiative on rm_case (initiative);

-- processing group "timeline": every fact of every case, in the order it happened
create table rm_timeline_entry (
    event_id        varchar(64)   not null primary key,
    case_id         varchar(64)   not null,
    sequence_number bigint        not null,
    kind            varchar(60)   not null,
    summary         varchar(2000) not null,
    summary_nl      varchar(2000) not null,
    occurred_on     date          not null,
    recorded_at     timestamp     not null,
    actor_person_id varchar(64)   not null,
    actor_party     varchar(300)  not null,
    actor_role      varchar(40)   not null
);
create index rm_timeline_case_order on rm_timeline_entry (case_id, occurred_on, recorded_at, sequence_number);

-- processing group "timeline": what happened to a municipality (elections, colleges, policy). It
-- touches every case of that municipality: a case's timeline shows these rows from the day the case
-- was requested, without a copy per case.
create table rm_municipal_timeline_entry (
    event_id        varchar(64)   not null primary key,
    cbs_code        varchar(6)    not null,
    sequence_number bigint        not null,
    kind            varchar(60)   not null,
    summary         varchar(2000) not null,
    summary_nl      varchar(2000) not null,
    occurred_on     date          not null,
    recorded_at     timestamp     not null,
    actor_person_id varchar(64)   not null,
    actor_party     varchar(300)  not null,
    actor_role      varchar(40)   not null
);
create index rm_municipal_timeline_order on rm_municipal_timeline_entry (cbs_code, occurred_on);
