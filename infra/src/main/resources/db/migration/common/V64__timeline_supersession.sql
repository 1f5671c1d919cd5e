-- A fact the case file recorded when a date passed (due date passed, agreement expired, exclusivity ended)
-- and the supersession that makes it untrue share a key (kind, subject, last day), so the timeline can show
-- the first as superseded, by what and when. superseded_by is the later fact's kind, on supersessions only.
alter table rm_timeline_entry add column deadline_key varchar(200);
alter table rm_timeline_entry add column superseded_by varchar(60);
