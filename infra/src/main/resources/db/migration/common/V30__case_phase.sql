-- processing group "case-summaries": the phase of the municipal process the case is in (002: initiative,
-- definition, design-and-decision, implementation, aftercare), so lists and dashboards can show it.
-- phase_since is the day the phase in force began: a phase recorded late, dated before it, does not
-- replace it. Rows of cases recorded before this migration get their phase when the group is replayed
-- (POST /api/v1/admin/processors/case-summaries/replay).
alter table rm_case add column phase varchar(30);
alter table rm_case add column phase_since date;
