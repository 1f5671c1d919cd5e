-- (embedded H2: the same tables as on PostgreSQL, with clob for text)
-- Read models of municipalities (processing group "municipalities"): registration, elections, colleges
-- with their members over time, and adopted policy. People appear by pseudonymous id only; names are
-- looked up in the people register when read.
create table municipality_registration (
    cbs_code      varchar(6)   not null primary key,
    name          varchar(200) not null,
    registered_on date         not null
);

create table municipal_election (
    cbs_code              varchar(6) not null,
    election_date         date       not null,
    established_on        date       not null,
    national_election_day boolean    not null,
    -- the seats per party as a JSON array of {politicalParty, seats}; shown, never queried
    seats                 clob not null,
    primary key (cbs_code, election_date)
);

create table municipal_college (
    college_id   varchar(64) not null primary key,
    cbs_code     varchar(6)  not null,
    installed_on date        not null
);
create index municipal_college_by_municipality on municipal_college (cbs_code, installed_on);

create table municipal_college_member (
    college_id       varchar(64)  not null,
    person_id        varchar(64)  not null,
    member_from      date         not null,
    office           varchar(20)  not null,
    -- the portfolios as a JSON array of strings
    portfolios       clob not null,
    political_party  varchar(100),
    member_until     date,
    departure_reason varchar(40),
    departure_note   clob,
    primary key (college_id, person_id, member_from)
);

create table municipal_policy (
    policy_id                varchar(64)    not null primary key,
    cbs_code                 varchar(6)     not null,
    adopted_on               date           not null,
    kind                     varchar(40)    not null,
    title                    varchar(300)   not null,
    adopted_by               varchar(20)    not null,
    opgroeiruimte_included   boolean        not null,
    reserved_budget_in_euros numeric(14, 2),
    document_reference       varchar(500)   not null
);
create index municipal_policy_by_municipality on municipal_policy (cbs_code, adopted_on);
