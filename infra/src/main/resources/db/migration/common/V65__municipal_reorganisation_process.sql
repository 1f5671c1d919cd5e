-- The municipal reorganisation process (infra.reorganisation): which municipality each case belongs to
-- now, and which municipalities merged into which on what day, so that every case of a former
-- municipality is moved to its successor, whether the case or the reorganisation was recorded first.
-- The process's own state, not a read model: it is never replayed (a replay would send the moves again).
create table reorganisation_case (
    case_id      varchar(100) not null primary key,
    municipality varchar(6)   not null,
    requested_on date         not null
);
create index reorganisation_case_municipality on reorganisation_case (municipality);

create table reorganisation_merger (
    former_municipality varchar(6) not null primary key,
    successor           varchar(6) not null,
    effective_on        date       not null
);
