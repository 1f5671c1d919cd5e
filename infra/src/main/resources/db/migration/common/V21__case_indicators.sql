-- processing group "case-indicators": the stop-go status of every case as of today, for dashboards
-- and counts. Events mark a case stale; a refresher re-evaluates stale cases, and every night all
-- open cases, because indicators change when nothing happens (a milestone becomes overdue).
create table rm_case_indicator (
    case_id      varchar(64)   not null primary key,
    municipality varchar(6)    not null,
    status       varchar(20),
    rules        varchar(2000),
    reasons      varchar(20000),
    reasons_nl   varchar(20000),
    evaluated_on date,
    stale        boolean       not null
);
create index rm_case_indicator_municipality on rm_case_indicator (municipality, status);
create index rm_case_indicator_stale on rm_case_indicator (stale);
