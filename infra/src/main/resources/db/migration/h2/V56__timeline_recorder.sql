-- Who recorded each timeline entry, next to who did it (the actor): from the event's metadata. Kind is
-- person, system or import; entries of events recorded before recorders were kept have none.
alter table rm_timeline_entry add column recorder_kind varchar(10);
alter table rm_timeline_entry add column recorder_person_id varchar(64);
alter table rm_timeline_entry add column recorder_user_name varchar(100);
alter table rm_timeline_entry add column recorder_source varchar(300);
alter table rm_municipal_timeline_entry add column recorder_kind varchar(10);
alter table rm_municipal_timeline_entry add column recorder_person_id varchar(64);
alter table rm_municipal_timeline_entry add column recorder_user_name varchar(100);
alter table rm_municipal_timeline_entry add column recorder_source varchar(300);
