-- The people register: the only place where personal data lives (name, e-mail, organisation), keyed by
-- the pseudonymous person id that events carry. Written by the command side in the same transaction as
-- the event that says why; read by the query side through SQL (PeopleDirectory). Erasure (GDPR/AVG
-- art. 17) sets the personal data to null and keeps the id and the day, so views can show a placeholder.
create table person_register (
    person_id    varchar(64)  not null primary key,
    full_name    varchar(200),
    email        varchar(254),
    organisation varchar(200),
    erased_on    date
);

-- Read model of the people register's history: who acts for which party in which role, and erasures.
create table person_summary (
    person_id          varchar(64)  not null primary key,
    party_municipality varchar(6),
    party_initiative   varchar(64),
    party_external     varchar(200),
    actor_role         varchar(40)  not null,
    registered_on      date         not null,
    erased_on          date,
    erasure_ground     varchar(60)
);
