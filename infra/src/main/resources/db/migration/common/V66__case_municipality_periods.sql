-- Which municipality a case belonged to when: one period from its request, and a new one from each
-- reorganisation that moved it (CaseMovedToSuccessor). The timeline shows a municipality's facts (elections,
-- colleges, policy) only for the period the case was that municipality's: the former municipality's before
-- the reorganisation, the successor's from it.
create table rm_case_municipality_period (
    case_id    varchar(64) not null,
    cbs_code   varchar(6)  not null,
    from_date  date        not null,
    until_date date,
    primary key (case_id, from_date)
);

-- The cases recorded before: one period each, from the request (no case was moved before this version).
insert into rm_case_municipality_period (case_id, cbs_code, from_date)
select case_id, municipality, requested_on from rm_case;
